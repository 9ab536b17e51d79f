import { DataSource } from 'typeorm';
import { ApiHarness, startApi } from './api-harness';
import { CouncilFixture, createCouncil } from './council-fixture';
import { as, DEVICE_HEADER, TEST_BASELINE } from './incident-fixture';

type Login = { token: string; id: string };

/** An outbox row as the incidents specs read it (notifications carry userId and role). */
export interface OutboxRow {
  job_name: string;
  job_id: string;
  payload: { userId: string; role: string } & Record<string, unknown>;
  delay_ms: number;
}

/**
 * The api with a council, the test baseline, one SOC-HALL machine, two owners, command
 * staff, ITU members of SOC and EDU and a SOC staff member: the incidents e2e specs'
 * starting point. Each spec starts its own (own database).
 */
export interface IncidentsWorld {
  api: ApiHarness;
  council: CouncilFixture;
  owner: Login;
  deputy: Login;
  command: Login;
  itu: Login;
  ituEdu: Login;
  staff: Login;
  /** Declares a Welchia incident owned by `owner` unless the body says otherwise. */
  declare: (token: string, body?: object) => ReturnType<ReturnType<typeof as>['post']>;
  /** The outbox rows whose job id is LIKE the pattern, oldest first. */
  outbox: (like: string) => Promise<OutboxRow[]>;
}

export async function startIncidentsWorld(): Promise<IncidentsWorld> {
  const api = await startApi();
  const council = await createCouncil(api);
  await as(api, council.admin).put('baseline', TEST_BASELINE).expect(200);
  await as(api, council.admin)
    .csv(
      'devices/import',
      [DEVICE_HEADER, 'SOC-X-1,10.20.1.50,SOC-HALL,SOC,XP,,Sophos,2026-02-10'].join('\n'),
    )
    .expect(200);
  const owner = await api.login(['owner'], { name: 'Olive Owner' });
  const deputy = await api.login(['owner'], { name: 'Dan Deputy' });
  const command = await api.login(['command']);
  const itu = await api.login(['itu'], { departmentId: council.departments.SOC });
  const ituEdu = await api.login(['itu'], { departmentId: council.departments.EDU });
  const staff = await api.login(['staff'], { departmentId: council.departments.SOC });
  return {
    api,
    council,
    owner,
    deputy,
    command,
    itu,
    ituEdu,
    staff,
    declare: (token, body = {}) =>
      as(api, token).post('incidents', {
        title: 'W32.Welchia',
        severity: 2,
        summary: 'Hosts scanning TCP 135',
        ownerId: owner.id,
        ...body,
      }),
    outbox: (like) =>
      api.app
        .get(DataSource)
        .query(
          `SELECT job_name, job_id, payload, delay_ms FROM outbox WHERE job_id LIKE $1 ORDER BY id`,
          [like],
        ),
  };
}

import { DataSource } from 'typeorm';
import { ApiHarness, startApi } from './api-harness';
import { CouncilFixture, createCouncil } from './council-fixture';
import { as, DEVICE_HEADER, TEST_BASELINE } from './incident-fixture';

type Login = { token: string; id: string };

/**
 * The api (with monitoring's key when given) and one incident whose plan holds SOC-HALL
 * (soc-a, soc-b) and EDU-HALL (edu-a), both still planned; soc-depot-1 sits on no
 * incident's LAN. Device ids by hostname in `devices`. Each detections or fault-report
 * e2e spec starts its own (own database).
 */
export interface DetectionsWorld {
  api: ApiHarness;
  council: CouncilFixture;
  owner: Login;
  command: Login;
  itu: Login;
  staff: Login;
  incidentId: string;
  devices: Record<string, string>;
}

export async function startDetectionsWorld(detectionApiKey?: string): Promise<DetectionsWorld> {
  const api = await startApi(detectionApiKey ? { detectionApiKey } : {});
  const council = await createCouncil(api);
  const admin = as(api, council.admin);
  await admin.put('baseline', TEST_BASELINE).expect(200);
  await admin
    .csv(
      'devices/import',
      [
        DEVICE_HEADER,
        'SOC-A,10.20.1.41,SOC-HALL,SOC,XP,,Sophos,2026-02-10',
        'SOC-B,10.20.1.42,SOC-HALL,SOC,XP,,Sophos,2026-02-10',
        'EDU-A,10.30.1.41,EDU-HALL,EDU,XP,,McAfee,2026-02-10',
        'SOC-DEPOT-1,,SOC-DEPOT,SOC,XP,,Sophos,2026-02-10',
      ].join('\n'),
    )
    .expect(200);
  const devices: Record<string, string> = {};
  for (const r of await api.app.get(DataSource).query(`SELECT id, hostname FROM devices`)) {
    devices[r.hostname] = r.id;
  }
  const owner = await api.login(['owner']);
  const command = await api.login(['command']);
  const itu = await api.login(['itu'], { departmentId: council.departments.SOC });
  const staff = await api.login(['staff'], { departmentId: council.departments.SOC });
  const o = as(api, owner.token);
  const incidentId = (
    await o
      .post('incidents', { title: 'Welchia', severity: 1, summary: 's', ownerId: owner.id })
      .expect(201)
  ).body.id as string;
  await o
    .post(`incidents/${incidentId}/lans`, {
      lanIds: [council.lans['SOC-HALL'], council.lans['EDU-HALL']],
    })
    .expect(201);
  return { api, council, owner, command, itu, staff, incidentId, devices };
}

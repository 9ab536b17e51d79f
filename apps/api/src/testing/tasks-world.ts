import type { ApiHarness } from './api-harness';
import { startApi } from './api-harness';
import { CouncilFixture, createCouncil } from './council-fixture';
import { as, DEVICE_HEADER, TEST_BASELINE } from './incident-fixture';

type Login = { token: string; id: string };

/**
 * The api with one incident whose SOC-HALL (six machines and one without anti-virus)
 * and EDU-HALL (one machine) LANs are shut down, so eight cleanup tasks wait, found by
 * lower-case hostname in `task`; two owners, command staff, two SOC and one EDU ITU
 * member and a SOC staff member. Each tasks e2e spec starts its own (own database).
 */
export interface TasksWorld {
  api: ApiHarness;
  council: CouncilFixture;
  owner: Login;
  deputy: Login;
  command: Login;
  soc1: Login;
  soc2: Login;
  edu: Login;
  staff: Login;
  incidentId: string;
  task: Record<string, string>;
}

export async function startTasksWorld(): Promise<TasksWorld> {
  const api = await startApi();
  const council = await createCouncil(api);
  const admin = as(api, council.admin);
  await admin.put('baseline', TEST_BASELINE).expect(200);
  const lines = [DEVICE_HEADER];
  for (let i = 1; i <= 6; i++)
    lines.push(`SOC-T-${i},10.20.1.${60 + i},SOC-HALL,SOC,XP,,Sophos,2025-01-01`);
  lines.push('SOC-NOAV,10.20.1.90,SOC-HALL,SOC,XP,,,');
  lines.push('EDU-T-1,10.30.1.61,EDU-HALL,EDU,XP,,McAfee,2025-01-01');
  await admin.csv('devices/import', lines.join('\n')).expect(200);
  const owner = await api.login(['owner'], { name: 'Olive' });
  const deputy = await api.login(['owner'], { name: 'Dan' });
  const command = await api.login(['command'], { name: 'Carl' });
  const soc1 = await api.login(['itu'], { departmentId: council.departments.SOC, name: 'Sam' });
  const soc2 = await api.login(['itu'], { departmentId: council.departments.SOC, name: 'Sue' });
  const edu = await api.login(['itu'], { departmentId: council.departments.EDU, name: 'Ed' });
  const staff = await api.login(['staff'], { departmentId: council.departments.SOC });
  const o = as(api, owner.token);
  const incidentId = (
    await o
      .post('incidents', { title: 'Welchia', severity: 1, summary: 's', ownerId: owner.id })
      .expect(201)
  ).body.id as string;
  const lans = [council.lans['SOC-HALL'], council.lans['EDU-HALL']];
  await o.post(`incidents/${incidentId}/lans`, { lanIds: lans }).expect(201);
  for (const lan of lans) {
    await o
      .post(`incidents/${incidentId}/lans/${lan}/transitions`, {
        to: 'shut_down',
        taskDueAt: '2030-01-01T00:00:00Z',
      })
      .expect(200);
  }
  const task: Record<string, string> = {};
  for (const t of (await o.get(`tasks?incidentId=${incidentId}&limit=500`)).body.items) {
    task[t.device.hostname] = t.id;
  }
  return { api, council, owner, deputy, command, soc1, soc2, edu, staff, incidentId, task };
}

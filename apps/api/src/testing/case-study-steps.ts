import { DataSource } from 'typeorm';
import { ApiHarness, startApi } from './api-harness';
import { CouncilFixture, createCouncil } from './council-fixture';
import { as, DEVICE_HEADER, TEST_BASELINE } from './incident-fixture';

type Login = { token: string; id: string };

/** The Welchia case study's council: five machines on two LANs and the people who respond. */
export interface CaseStudy {
  api: ApiHarness;
  council: CouncilFixture;
  owner: Login;
  command: Login;
  ituSoc1: Login;
  ituSoc2: Login;
  ituEdu: Login;
  staff: Login;
  /** Device ids by lower-case hostname. */
  device: Record<string, string>;
}

export async function startCaseStudy(detectionApiKey: string): Promise<CaseStudy> {
  const api = await startApi({ detectionApiKey });
  const council = await createCouncil(api);
  const admin = as(api, council.admin);
  await admin.put('baseline', TEST_BASELINE).expect(200);
  const csv = [
    DEVICE_HEADER,
    'SOC-PC-001,10.20.1.11,SOC-HALL,SOC,Windows XP SP1,MS03-039,Sophos,2025-12-01',
    'SOC-PC-002,10.20.1.12,SOC-HALL,SOC,Windows XP SP1,,Sophos,2025-12-01',
    'SOC-PC-003,10.20.1.13,SOC-HALL,SOC,Windows 2000 SP4,MS03-026;MS03-039,Sophos,2026-02-10',
    'EDU-PC-001,10.30.1.21,EDU-HALL,EDU,Windows XP SP1,,McAfee,2025-11-01',
    'EDU-PC-002,10.30.1.22,EDU-HALL,EDU,Windows XP SP1,MS03-026,McAfee,2025-11-01',
  ].join('\n');
  const imported = await admin.csv('devices/import', csv).expect(200);
  if (imported.body.created !== 5 || imported.body.rejected.length > 0)
    throw new Error(`the case study's devices did not import: ${JSON.stringify(imported.body)}`);
  const rows: { id: string; hostname: string }[] = await api.app
    .get(DataSource)
    .query(`SELECT id, hostname FROM devices`);
  const device: Record<string, string> = {};
  for (const r of rows) device[r.hostname] = r.id;
  const SOC = council.departments.SOC;
  return {
    api,
    council,
    device,
    owner: await api.login(['owner'], { name: 'Margaret Owner' }),
    command: await api.login(['command'], { name: 'Carl CIT' }),
    ituSoc1: await api.login(['itu'], { departmentId: SOC, name: 'Sam SOC' }),
    ituSoc2: await api.login(['itu'], { departmentId: SOC, name: 'Sue SOC' }),
    ituEdu: await api.login(['itu'], { departmentId: council.departments.EDU, name: 'Ed EDU' }),
    staff: await api.login(['staff'], { departmentId: SOC }),
  };
}

/** Posts a detection as monitoring does, with its API key. */
export function detectWithKey(api: ApiHarness, key: string, body: object) {
  return api.http().post('/api/v1/detections').set('X-Api-Key', key).send(body);
}

type TimelineEvent = { seq: number; type: string; actor: unknown; data: Record<string, unknown> };

/** The timeline told one line per event: seq, type and what it was about. */
export function storyOf(items: TimelineEvent[]) {
  return items.map((e) => {
    const d = e.data;
    const what = d['code'] ?? d['hostname'] ?? d['to'] ?? d['departmentId'] ?? null;
    return `${e.seq} ${e.type}${what ? ` ${String(what)}` : ''}`;
  });
}

/** The timeline events of one type, in order. */
export function ofType(items: TimelineEvent[], type: string) {
  return items.filter((e) => e.type === type);
}

/** Every LAN phase change as `code:to`. */
export function lanPhasesOf(items: TimelineEvent[]) {
  return ofType(items, 'lan.phase_changed').map((e) => `${e.data['code']}:${e.data['to']}`);
}

/** Every claim as `DEPARTMENT:claimer's name`. */
export function claimsOf(items: TimelineEvent[], departments: CouncilFixture['departments']) {
  return ofType(items, 'task.claimed').map((e) => {
    const data = e.data as { departmentId: string; claimedBy: { name: string } };
    const code = data.departmentId === departments.SOC ? 'SOC' : 'EDU';
    return `${code}:${data.claimedBy.name}`;
  });
}

type QueuedTask = { id: string; deviceId: string; device: { missingPatches: string[] } };

/** The queued task for a device, found among a task list. */
export function taskFor(tasks: QueuedTask[], deviceId: string): QueuedTask {
  const task = tasks.find((t) => t.deviceId === deviceId);
  if (!task) throw new Error(`no task for device ${deviceId}`);
  return task;
}

/** A directive's departments as `[code, acknowledged]`. */
export function acknowledgementsOf(directive: {
  departments: { code: string; acknowledgedBy: unknown }[];
}) {
  return directive.departments.map((d) => [d.code, d.acknowledgedBy !== null]);
}

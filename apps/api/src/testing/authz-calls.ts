import { GOOD_EVIDENCE, TEST_BASELINE, DEVICE_HEADER } from './incident-fixture';
import { MS03_026 } from './campaign-world';
import { MAIL_STEPS } from './fallback-world';
import { AuthzWorld, LOGIN_PASSWORD } from './authz-world';
import type { Identity } from '../authz/authorization-matrix';

/** One request of the matrix: path ids, query, body (JSON or CSV) and extra headers. */
export interface CallSpec {
  params?: Record<string, string>;
  query?: string;
  body?: unknown;
  csv?: string;
  headers?: Record<string, string>;
  /** Replaces the identity's token (a fresh one, for signing out). */
  token?: string | null;
}

type Make = (w: AuthzWorld, who: Identity) => CallSpec | Promise<CallSpec>;

/** The row a path's `{id}` names in the world, by the path's first segment. */
export function defaultParams(w: AuthzWorld, path: string): Record<string, string> {
  const { ids } = w;
  const review = /\/(review|evidence)/.test(path);
  const byPrefix: Record<string, string> = {
    advisories: ids.advisory,
    broadcasts: ids.broadcast,
    campaigns: path.includes('/devices') ? ids.rolloutCampaign : ids.campaign,
    'critical-services': ids.criticalService,
    departments: ids.soc,
    devices: ids.socDevice,
    directives: ids.directive,
    incidents: review
      ? ids.reviewIncident
      : path.endsWith('/fallback')
        ? ids.fallbackIncident
        : ids.incident,
    lans: ids.lan,
    staff: ids.staff,
    tasks: ids.task,
  };
  const first = path.replace(/^\/api\/v1\//, '').split('/')[0];
  return {
    id: byPrefix[first],
    token: ids.ackToken,
    deviceId: ids.socDevice,
    lanId: ids.lan,
  };
}

const soon = () => new Date(Date.now() + 3_600_000).toISOString();
const claimedTask: Make = async (w) => ({ params: { id: await w.freshTask(true) } });

/**
 * Per operation (keyed like the matrix): what differs from the default ids and no body.
 * Bodies are minimal and valid, unique per caller where the row must be unique, so that a
 * difference between callers is about authorisation; routes that delete, hand over or
 * change a status get a fresh row per caller, so the run order changes no answer.
 */
export const CALLS: Record<string, Make> = {
  'POST /ack/{token}': () => ({}),
  'POST /advisories': (_, who) => ({ body: { ...MS03_026, identifier: `adv-${who}`, patch: who } }),
  'DELETE /advisories/{id}': async (w, who) => ({ params: { id: await w.freshAdvisory(who) } }),
  'PATCH /advisories/{id}': () => ({ body: { summary: 'Welchia, Blaster and Nachi' } }),
  'POST /auth/logout': (w, who) => ({ token: w.freshToken(who) }),
  'POST /auth/login': (w) => ({ body: { email: w.ids.loginEmail, password: LOGIN_PASSWORD } }),
  'POST /auth/group-mappings': (_, who) => ({ body: { group: `Cordon ${who}`, role: 'command' } }),
  'DELETE /auth/group-mappings/{id}': async (w, who) => {
    const made = await w.w.api
      .http()
      .post('/api/v1/auth/group-mappings')
      .set('Authorization', `Bearer ${w.callers.admin.token}`)
      .send({ group: `Removed ${who}`, role: 'command' });
    return { params: { id: made.body.id as string } };
  },
  'PUT /baseline': () => ({ body: TEST_BASELINE }),
  'POST /broadcasts/{id}/acknowledgements': (w) => ({ body: { staffId: w.ids.staff } }),
  'POST /campaigns': (w) => ({ body: { advisoryId: w.ids.advisory } }),
  'POST /campaigns/{id}/approve': () => ({ body: {} }),
  'POST /campaigns/{id}/devices/{deviceId}/claim': async (w) => ({
    params: { deviceId: await w.freshRolloutDevice(false) },
  }),
  'POST /campaigns/{id}/devices/{deviceId}/release': async (w) => ({
    params: { deviceId: await w.freshRolloutDevice(true) },
  }),
  'POST /campaigns/{id}/devices/{deviceId}/incident': async (w) => ({
    params: { deviceId: await w.freshRolloutDevice(false) },
  }),
  'POST /campaigns/{id}/devices/{deviceId}/outcome': async (w) => ({
    params: { deviceId: await w.freshRolloutDevice(true) },
    body: { outcome: 'patched' },
  }),
  'POST /campaigns/{id}/stages': (w) => ({ body: { departmentId: w.ids.soc } }),
  'PUT /campaigns/{id}/test-devices': (w) => ({ body: { testDeviceIds: [w.ids.socDevice] } }),
  'POST /campaigns/{id}/test-devices/{deviceId}/result': () => ({ body: { result: 'passed' } }),
  'POST /critical-services': (w, who) => ({
    body: {
      name: `Mail scanning by ${who}`,
      serverIds: [w.spareServer()],
      steps: MAIL_STEPS,
      deciderId: w.callers.owner.id,
      lastReviewedOn: new Date().toISOString().slice(0, 10),
    },
  }),
  'DELETE /critical-services/{id}': async (w, who) => ({
    params: { id: await w.freshCriticalService(`delete ${who}`) },
  }),
  'PUT /critical-services/{id}': async (w, who) => {
    const id = await w.freshCriticalService(`update ${who}`);
    const current = await w.w.api
      .http()
      .get(`/api/v1/critical-services/${id}`)
      .set('Authorization', `Bearer ${w.callers.admin.token}`);
    return {
      params: { id },
      body: {
        name: `Mail scanning updated by ${who}`,
        serverIds: current.body.servers.map((s: { deviceId: string }) => s.deviceId),
        steps: MAIL_STEPS,
        deciderId: w.callers.owner.id,
        lastReviewedOn: new Date().toISOString().slice(0, 10),
        version: current.body.version,
      },
    };
  },
  'POST /departments': (_, who) => ({ body: { code: `D-${who}`, name: `Department ${who}` } }),
  'POST /detections': () => ({
    body: { hostname: 'soc-pc-2', signature: 'W32.Welchia.Worm', source: 'ids' },
  }),
  'POST /devices/import': (_, who) => ({
    csv: `${DEVICE_HEADER}\nNEW-${who},,SOC-HALL,SOC,XP,MS03-039,Sophos,2026-02-10\n`,
  }),
  'POST /fault-reports': () => ({ body: { description: 'My machine keeps rebooting' } }),
  'POST /status/fault-reports': () => ({ body: { description: 'My machine keeps rebooting' } }),
  'POST /incidents': (w) => ({
    body: { title: 'W32.Nachi', severity: 3, summary: 'ICMP sweeps', ownerId: w.callers.owner.id },
  }),
  'PATCH /incidents/{id}': () => ({ body: { summary: 'Hosts scanning TCP 135 and ICMP' } }),
  'GET /incidents/{id}/events': () => ({ query: 'sinceSeq=0' }),
  'POST /incidents/{id}/broadcasts': (w, who) => ({
    headers: { 'Idempotency-Key': `authz-${who}` },
    body: {
      audience: { departmentIds: [w.ids.soc] },
      channels: ['email'],
      subject: 'Stay off the network',
      body: 'Keep your machine unplugged',
    },
  }),
  'POST /incidents/{id}/broadcasts/preview': (w) => ({
    body: { audience: { departmentIds: [w.ids.soc] }, channels: ['email'] },
  }),
  'POST /incidents/{id}/decisions': () => ({ body: { text: 'Shut the SOC LAN down' } }),
  'POST /incidents/{id}/devices/{deviceId}/waive': () => ({
    body: { reason: 'Decommissioned' },
  }),
  'POST /incidents/{id}/directives': (w) => ({
    body: { text: 'Check the patch level', departmentIds: [w.ids.soc], dueAt: soon() },
  }),
  'POST /incidents/{id}/handover': async (w) => ({
    params: { id: await w.freshIncident() },
    body: { toUserId: w.callers.otherOwner.id, reason: 'end of shift' },
  }),
  'POST /incidents/{id}/lans': (w) => ({ body: { lanIds: [w.ids.lan] } }),
  'POST /incidents/{id}/lans/{lanId}/transitions': () => ({
    body: { to: 'cleaning', notifyStaff: false },
  }),
  'PATCH /incidents/{id}/review': () => ({ body: { wentWell: 'The directive reached everyone' } }),
  'POST /incidents/{id}/review/actions': (w) => ({
    body: { title: 'Rebuild the scanner', ownerId: w.callers.itu.id, dueOn: '2027-02-28' },
  }),
  'PATCH /incidents/{id}/review/actions/{actionId}': async (w) => ({
    params: { actionId: await w.freshAction() },
    body: { state: 'done' },
  }),
  'POST /incidents/{id}/status': async (w) => ({
    params: { id: await w.freshIncident() },
    body: { to: 'contained' },
  }),
  'POST /incidents/{id}/tasks': (w) => ({
    body: { departmentId: w.ids.soc, title: 'Check the switch' },
  }),
  'POST /incidents/{id}/updates': () => ({ body: { message: 'Still contained' } }),
  'POST /incidents/{id}/warp/sendings': () => ({ body: { narrative: 'A worm on one LAN' } }),
  'POST /lans': (w, who) => ({
    body: { code: `L-${who}`, name: `LAN ${who}`, siteId: w.ids.site, departmentId: w.ids.soc },
  }),
  'POST /sites': (_, who) => ({ body: { code: `S-${who}`, name: `Site ${who}` } }),
  'POST /staff/import': (_, who) => ({
    csv: `name,email,mobile,department,site,lan\nNew ${who},new-${who}@council.example,,SOC,,\n`,
  }),
  'POST /support-units': (w, who) => ({
    body: { code: `U-${who}`, name: `Unit ${who}`, kind: 'itu', departmentId: w.ids.soc },
  }),
  'POST /tasks/{id}/claim': async (w) => ({ params: { id: await w.freshTask(false) } }),
  'POST /tasks/{id}/unclaim': claimedTask,
  'POST /tasks/{id}/complete': async (w) => ({
    ...(await claimedTask(w, 'itu')),
    body: { note: 'rebuilt', evidence: GOOD_EVIDENCE },
  }),
  'POST /tasks/{id}/verify': claimedTask,
  'POST /tasks/{id}/reopen': async (w) => ({
    ...(await claimedTask(w, 'itu')),
    body: { reason: 'Still scanning' },
  }),
  'POST /tasks/{id}/reassign': async (w) => ({
    params: { id: await w.freshTask(false) },
    body: { reason: 'Wrong team', departmentId: w.ids.edu },
  }),
  'POST /users': (w, who) => ({
    body: {
      email: `made-by-${who}@test.example`,
      name: `Made by ${who}`,
      password: LOGIN_PASSWORD,
      roles: ['staff'],
      departmentId: w.ids.soc,
    },
  }),
};

import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { TokenService } from '@cordon/auth';
import { DataSource } from 'typeorm';
import { FailedPatch, PatchFailureIncidents } from '@cordon/patching';
import { MS03_026, ADV_SERVER, XP } from './campaign-world';
import { staffCsv } from './council-fixture';
import { as, DEVICE_HEADER } from './incident-fixture';
import { ReviewWorld, startReviewWorld } from './review-world';
import { MAIL_STEPS } from './fallback-world';
import type { Identity } from '../authz/authorization-matrix';

/** What a call of the matrix runs as: a bearer token (or none), and the user behind it. */
export interface Caller {
  token: string | null;
  id: string | null;
  departmentId: string | null;
}

/**
 * One world for the authorisation matrix, built once over HTTP: department A is SOC
 * (the incident's LAN plan, its tasks, the directive, the broadcast, the devices and
 * staff the ITU of SOC may see), department B is EDU. `owner` owns every incident.
 */
export interface AuthzWorld {
  w: ReviewWorld;
  callers: Record<Identity, Caller>;
  ids: {
    soc: string;
    edu: string;
    site: string;
    lan: string;
    incident: string;
    reviewIncident: string;
    rolloutCampaign: string;
    fallbackIncident: string;
    task: string;
    socDevice: string;
    eduDevice: string;
    mailServer: string;
    directive: string;
    broadcast: string;
    ackToken: string;
    staff: string;
    eduStaff: string;
    advisory: string;
    campaign: string;
    criticalService: string;
    loginEmail: string;
  };
  /** A fresh incident owned by `owner` (for routes that change who owns it or its status). */
  freshIncident(): Promise<string>;
  /** A fresh open SOC task on the incident, claimed by SOC's ITU when `claimed`. */
  freshTask(claimed: boolean): Promise<string>;
  freshAdvisory(tag: string): Promise<string>;
  /** A fresh action item of the reviewed incident, its owner SOC's ITU member. */
  freshAction(): Promise<string>;
  /** A desktop of the started SOC stage no call has touched, claimed by SOC's ITU when `claimed`. */
  freshRolloutDevice(claimed: boolean): Promise<string>;
  /** Another token of the identity's user (for signing out), or its own token when it has no user. */
  freshToken(who: Identity): string | null;
  freshCriticalService(tag: string): Promise<string>;
  /** A server in no critical service yet. */
  spareServer(): string;
  close(): Promise<void>;
}

export const LOGIN_PASSWORD = 'correct-horse-battery';

function tokenFor(secret: string, sub: string, expiresAt: number): string {
  return new JwtService({ secret }).sign(
    { sub, exp: expiresAt },
    { issuer: 'cordon', algorithm: 'HS256', jwtid: randomUUID() },
  );
}

export async function buildAuthzWorld(): Promise<AuthzWorld> {
  const w = await startReviewWorld();
  const { api, council } = w;
  const admin = as(api, council.admin);
  const owner = as(api, w.owner.token);
  const { SOC, EDU } = council.departments;
  const ok = <T>(res: { status: number; body: T }, what: string): T => {
    if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };

  const devices = [
    DEVICE_HEADER,
    `SOC-PC-1,10.20.1.21,SOC-HALL,SOC,${XP},MS03-039,Sophos,2026-02-10`,
    `SOC-PC-2,10.20.1.22,SOC-HALL,SOC,${XP},MS03-039,Sophos,2026-02-10`,
    `SOC-MAIL-1,10.20.1.10,SOC-HALL,SOC,${ADV_SERVER},MS03-039,Sophos,2026-02-10`,
    `EDU-PC-1,10.30.1.21,EDU-HALL,EDU,${XP},MS03-039,McAfee,2026-02-10`,
    // one spare server per critical service the matrix creates (a server hosts one service)
    ...Array.from(
      { length: 40 },
      (_, i) =>
        `SOC-SRV-${i},10.20.1.${100 + i},SOC-HALL,SOC,${ADV_SERVER},MS03-039,Sophos,2026-02-10`,
    ),
    // one desktop in the rollout per rollout call (claimed, released, marked)
    ...Array.from(
      { length: 50 },
      (_, i) => `SOC-RO-${i},10.20.2.${10 + i},SOC-DEPOT,SOC,${XP},MS03-039,Sophos,2026-02-10`,
    ),
  ];
  const imported = ok(await admin.csv('devices/import', devices.join('\n')), 'devices');
  if (imported.rejected.length || imported.created !== devices.length - 1)
    throw new Error(JSON.stringify(imported));
  ok(await admin.csv('staff/import', staffCsv(6, 'authz')), 'staff');
  /** Every item of a list, page after page. */
  const all = async <T>(path: string): Promise<T[]> => {
    const items: T[] = [];
    for (let cursor = ''; ;) {
      const sep = path.includes('?') ? '&' : '?';
      const page = ok(await admin.get(`${path}${sep}limit=500${cursor}`), path);
      items.push(...(page.items as T[]));
      if (!page.nextCursor) return items;
      cursor = `&cursor=${encodeURIComponent(page.nextCursor as string)}`;
    }
  };
  const hosts = await all<{ id: string; hostname: string }>('devices');
  const device = (h: string): string => {
    const found = hosts.find((d) => d.hostname === h);
    if (!found) throw new Error(`no device ${h} among ${hosts.map((d) => d.hostname).join(' ')}`);
    return found.id;
  };
  const people = await all<{ id: string; departmentId: string }>('staff');

  const loginEmail = `authz-login-${Date.now()}@test.example`;
  await api.login(['staff'], { email: loginEmail, departmentId: SOC });

  const incident = ok(await w.declare(w.owner.token), 'incident').id as string;
  const inc = `incidents/${incident}`;
  ok(await owner.post(`${inc}/lans`, { lanIds: [council.lans['SOC-HALL']] }), 'plan');
  ok(
    await owner.post(`${inc}/lans/${council.lans['SOC-HALL']}/transitions`, {
      to: 'shut_down',
      notifyStaff: false,
    }),
    'shut down',
  );
  const directive = ok(
    await owner.post(`${inc}/directives`, {
      text: 'Unplug every machine on your LAN',
      departmentIds: [SOC],
      dueAt: new Date(Date.now() + 3_600_000).toISOString(),
    }),
    'directive',
  ).id as string;
  const broadcast = ok(
    await api
      .http()
      .post(`/api/v1/${inc}/broadcasts`)
      .set('Authorization', `Bearer ${w.owner.token}`)
      .set('Idempotency-Key', 'authz-world')
      .send({
        audience: { departmentIds: [SOC] },
        channels: ['email'],
        subject: 'Unplug',
        body: 'Unplug your machine',
        requireAck: true,
      }),
    'broadcast',
  ).id as string;
  const ds = api.app.get(DataSource);
  const [{ ack_token: ackToken }] = await ds.query(
    `SELECT ack_token FROM deliveries WHERE broadcast_id = $1 AND ack_token IS NOT NULL LIMIT 1`,
    [broadcast],
  );

  const reviewIncident = (await w.closedIncident('Reviewed outbreak')).id;
  const freshAction = async () =>
    ok(
      await owner.post(`incidents/${reviewIncident}/review/actions`, {
        title: 'Patch the mail scanner',
        ownerId: w.itu.id,
        dueOn: '2027-01-31',
      }),
      'action',
    ).id as string;

  const freshAdvisory = async (tag: string) =>
    ok(
      await owner.post('advisories', { ...MS03_026, identifier: `ms03-${tag}`, patch: tag }),
      'advisory',
    ).id as string;
  const advisory = await freshAdvisory('026');
  const campaign = ok(
    await owner.post('campaigns', { advisoryId: advisory, testDeviceIds: [device('soc-pc-1')] }),
    'campaign',
  ).id as string;
  // a second advisory's campaign, tested, approved and started in SOC: its rollout devices
  const rolloutAdvisory = await freshAdvisory('rollout');
  const rolloutCampaign = ok(
    await owner.post('campaigns', {
      advisoryId: rolloutAdvisory,
      testDeviceIds: [device('soc-pc-1')],
    }),
    'rollout campaign',
  ).id as string;
  const rc = `campaigns/${rolloutCampaign}`;
  ok(
    await owner.post(`${rc}/test-devices/${device('soc-pc-1')}/result`, { result: 'passed' }),
    'test',
  );
  ok(await owner.post(`${rc}/approve`, { overrideReason: 'servers tested by hand' }), 'approve');
  ok(await owner.post(`${rc}/stages`, { departmentId: SOC }), 'stage');
  let rolloutUsed = 0;
  const freshRolloutDevice = async (claimed: boolean) => {
    const id = device(`soc-ro-${rolloutUsed++}`);
    if (claimed) ok(await as(api, w.itu.token).post(`${rc}/devices/${id}/claim`), 'rollout claim');
    return id;
  };
  let spare = 0;
  const spareServer = () => device(`soc-srv-${spare++}`);
  const freshCriticalService = async (tag: string) =>
    ok(
      await owner.post('critical-services', {
        name: `Mail scanning ${tag}`,
        serverIds: [spareServer()],
        steps: MAIL_STEPS,
        deciderId: w.owner.id,
        lastReviewedOn: new Date().toISOString().slice(0, 10),
      }),
      'critical service',
    ).id as string;
  const criticalService = ok(
    await owner.post('critical-services', {
      name: 'Mail scanning',
      serverIds: [device('soc-mail-1')],
      steps: MAIL_STEPS,
      deciderId: w.owner.id,
      lastReviewedOn: new Date().toISOString().slice(0, 10),
    }),
    'critical service',
  ).id as string;
  const failure: FailedPatch = {
    campaignId: rolloutCampaign,
    advisoryId: rolloutAdvisory,
    identifier: 'MS03-026',
    patch: 'KB823980',
    deviceId: device('soc-mail-1'),
    hostname: 'soc-mail-1',
    departmentId: SOC,
    note: 'reboot cycle after the update',
  };
  const itUser = {
    id: w.itu.id,
    email: '',
    name: 'SOC ITU',
    roles: ['itu' as const],
    departmentId: SOC,
  };
  const fallback = await api.app
    .get(PatchFailureIncidents, { strict: false })
    .openForFailedPatch(failure, itUser);
  if (!fallback) throw new Error('no fall-back incident');

  const adminId = JSON.parse(Buffer.from(council.admin.split('.')[1], 'base64url').toString('utf8'))
    .sub as string;
  const now = Math.floor(Date.now() / 1000);
  const caller = (l: { token: string; id: string }, departmentId: string | null = null) => ({
    ...l,
    departmentId,
  });
  const callers: Record<Identity, Caller> = {
    none: { token: null, id: null, departmentId: null },
    forged: { token: tokenFor('not-the-secret', adminId, now + 600), id: null, departmentId: null },
    expired: {
      token: tokenFor(api.config.jwtSecret, adminId, now - 60),
      id: null,
      departmentId: null,
    },
    staff: caller(w.staff, SOC),
    ituOther: caller(w.ituEdu, EDU),
    itu: caller(w.itu, SOC),
    command: caller(w.command),
    owner: caller(w.owner),
    otherOwner: caller(w.deputy),
    admin: { token: council.admin, id: adminId, departmentId: null },
  };

  let taskCount = 0;
  return {
    w,
    callers,
    ids: {
      soc: SOC,
      edu: EDU,
      site: council.sites.HALL,
      lan: council.lans['SOC-HALL'],
      incident,
      reviewIncident,
      rolloutCampaign,
      fallbackIncident: fallback.incidentId,
      task: (await ok(await owner.get(`tasks?incidentId=${incident}`), 'tasks')).items[0].id,
      socDevice: device('soc-pc-1'),
      eduDevice: device('edu-pc-1'),
      mailServer: device('soc-mail-1'),
      directive,
      broadcast,
      ackToken,
      staff: people.find((p) => p.departmentId === SOC)?.id as string,
      eduStaff: people.find((p) => p.departmentId === EDU)?.id as string,
      advisory,
      campaign,
      criticalService,
      loginEmail,
    },
    async freshIncident() {
      return ok(await w.declare(w.owner.token), 'incident').id as string;
    },
    async freshTask(claimed) {
      taskCount += 1;
      const id = ok(
        await owner.post(`${inc}/tasks`, { departmentId: SOC, title: `Check ${taskCount}` }),
        'task',
      ).id as string;
      if (claimed) ok(await as(api, w.itu.token).post(`tasks/${id}/claim`), 'claim');
      return id;
    },
    freshAdvisory,
    freshAction,
    freshRolloutDevice,
    freshCriticalService,
    spareServer,
    freshToken(who) {
      const { id, token, departmentId } = callers[who];
      if (!id || who === 'forged' || who === 'expired') return token;
      const user = { id, email: '', name: '', roles: [], departmentId };
      return api.app.get(TokenService).issue(user);
    },
    close: () => w.close(),
  };
}

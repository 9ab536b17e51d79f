import type { EventView } from '@cordon/contracts';
import { startComms, CommsHarness } from './comms-harness';
import { db } from './comms-fixture';
import { as, DEVICE_HEADER, GOOD_EVIDENCE, TEST_BASELINE } from './incident-fixture';

type Login = { token: string; id: string };

/** An incident built through the api for the report's tests, and who built it. */
export interface ReportWorld {
  h: CommsHarness;
  incidentId: string;
  owner: Login;
  owner2: Login;
  ituSoc: Login;
  ituEdu: Login;
  broadcastId: string;
  /** Acknowledgements given to the broadcast (of its recipients). */
  acks: number;
  /** Every event of the incident, read back through GET /incidents/:id/events. */
  events(): Promise<EventView[]>;
  /** Waits for the worker's notices to finish: every broadcast completed, no new event for a second. */
  settled(): Promise<void>;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The whole journey: four machines (one without anti-virus, one with old signatures, one
 * missing a patch) on two LANs; a handover; both LANs planned → shut down → cleaning →
 * reopened; claims and completions by SOC's and EDU's ITU members at staggered times; a
 * directive acknowledged by both departments; a broadcast asking for acknowledgement,
 * sent by the worker and acknowledged by link; an update; a detection on a reopened LAN.
 */
export async function buildReportWorld(): Promise<ReportWorld> {
  const h = await startComms(10);
  const { api, world } = h;
  const { council, incidentId } = world;
  const admin = as(api, council.admin);
  await admin.put('baseline', TEST_BASELINE).expect(200);
  const csv = [
    DEVICE_HEADER,
    'SOC-PC-001,10.20.1.11,SOC-HALL,SOC,Windows XP SP1,MS03-026;MS03-039,,',
    'SOC-PC-002,10.20.1.12,SOC-HALL,SOC,Windows XP SP1,MS03-026;MS03-039,Sophos,2025-12-01',
    'EDU-PC-001,10.30.1.21,EDU-HALL,EDU,Windows XP SP1,MS03-026;MS03-039,McAfee,2026-02-10',
    'EDU-PC-002,10.30.1.22,EDU-HALL,EDU,Windows XP SP1,MS03-026,McAfee,2026-02-10',
  ].join('\n');
  const imported = await admin.csv('devices/import', csv).expect(200);
  if (imported.body.created !== 4) throw new Error(JSON.stringify(imported.body));
  const { SOC, EDU } = council.departments;
  const owner = world.owner;
  const owner2 = await api.login(['owner'], { name: 'Olivia Second' });
  const ituSoc = await api.login(['itu'], { departmentId: SOC, name: 'Sam SOC' });
  const ituEdu = await api.login(['itu'], { departmentId: EDU, name: 'Ed EDU' });
  const lans = [council.lans['SOC-HALL'], council.lans['EDU-HALL']];
  const o = as(api, owner.token);
  const inc = `incidents/${incidentId}`;
  const move = (token: string, lanId: string, to: string) =>
    as(api, token).post(`${inc}/lans/${lanId}/transitions`, { to, notifyStaff: false }).expect(200);

  await o.post(`${inc}/lans`, { lanIds: lans }).expect(201);
  await pause(120);
  for (const lan of lans) await move(owner.token, lan, 'shut_down');
  const directive = await o
    .post(`${inc}/directives`, {
      text: 'Unplug every machine on your LAN <now>',
      departmentIds: [SOC, EDU],
      dueAt: new Date(Date.now() + 3_600_000).toISOString(),
    })
    .expect(201);
  await pause(150);
  await as(api, ituSoc.token).post(`directives/${directive.body.id}/acknowledge`).expect(200);
  await pause(250);
  await as(api, ituEdu.token).post(`directives/${directive.body.id}/acknowledge`).expect(200);

  const tasks = (await o.get(`tasks?incidentId=${incidentId}&limit=500`).expect(200)).body
    .items as { id: string; departmentId: string }[];
  const itu = (t: { departmentId: string }) => (t.departmentId === SOC ? ituSoc : ituEdu);
  for (const t of tasks) {
    await pause(80);
    await as(api, itu(t).token).post(`tasks/${t.id}/claim`).expect(200);
  }
  for (const lan of lans) await move(owner.token, lan, 'cleaning');
  for (const t of tasks) {
    await pause(110);
    await as(api, itu(t).token)
      .post(`tasks/${t.id}/complete`, {
        note: 'rebuilt',
        evidence: { ...GOOD_EVIDENCE, avProduct: 'Sophos' },
      })
      .expect(200);
  }

  const broadcastId = await h.broadcast('report-ack', { channels: ['email'], requireAck: true });
  await h.settled(broadcastId);
  const tokens: { ack_token: string }[] = await db(api).query(
    `SELECT ack_token FROM deliveries WHERE broadcast_id = $1 AND ack_token IS NOT NULL ORDER BY id`,
    [broadcastId],
  );
  const acks = 8;
  for (const { ack_token } of tokens.slice(0, acks)) {
    await pause(60);
    await api.http().get(`/api/v1/ack/${ack_token}`).expect(200);
  }
  await o.post(`${inc}/updates`, { message: 'Both LANs cleaned; reopening shortly' }).expect(201);
  await o.post(`${inc}/handover`, { toUserId: owner2.id, reason: 'end of shift' }).expect(200);
  await pause(100);
  for (const lan of lans) await move(owner2.token, lan, 'reopened');
  await pause(100);
  await as(api, world.command.token)
    .post('detections', { hostname: 'SOC-PC-001', signature: 'W32.Welchia.Worm', source: 'ids' })
    .expect(201);

  const events = async (): Promise<EventView[]> => {
    const all: EventView[] = [];
    let since = 0;
    for (;;) {
      const page = (await o.get(`${inc}/events?sinceSeq=${since}&limit=500`).expect(200)).body;
      all.push(...page.items);
      if (!page.nextCursor) return all;
      since = all[all.length - 1].seq;
    }
  };

  return {
    h,
    incidentId,
    owner,
    owner2,
    ituSoc,
    ituEdu,
    broadcastId,
    acks,
    async settled() {
      let seen = -1;
      await h.waitFor(async () => {
        const evs = await events();
        const made = evs.filter((e) => e.type === 'broadcast.created').length;
        const done = evs.filter((e) => e.type === 'broadcast.completed').length === made;
        const still = evs.length === seen;
        seen = evs.length;
        if (!still) await pause(1_000);
        return done && still;
      }, 'the log to settle');
    },
    events,
  };
}

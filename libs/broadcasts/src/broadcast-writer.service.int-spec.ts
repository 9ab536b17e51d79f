import { randomUUID } from 'node:crypto';
import { JOBS, QUEUES } from '@cordon/contracts';
import type { FeatureTestApp } from '@cordon/platform/testing';
import { BroadcastPreviewService } from './broadcast-preview.service';
import { BroadcastWriterService } from './broadcast-writer.service';
import { BroadcastsService } from './broadcasts.service';
import { CreateBroadcastDto } from './dto/create-broadcast.dto';
import {
  council,
  eventsOf,
  incident,
  startBroadcasts,
  stopBroadcasts,
} from './testing/broadcast-world';

/**
 * Broadcasts written against the real PostgreSQL: `BroadcastsService.create` checks
 * and `BroadcastWriterService` writes (recipients, deliveries, event, fan-out row).
 */
describe(BroadcastWriterService.name, () => {
  let app: FeatureTestApp;
  let broadcasts: BroadcastsService;

  beforeAll(async () => {
    app = await startBroadcasts();
    broadcasts = app.get(BroadcastsService);
  });
  afterAll(() => stopBroadcasts(app));

  const toLan = (lanId: string, body = 'Unplug your network cable now.'): CreateBroadcastDto => ({
    audience: { lanIds: [lanId] },
    channels: ['email', 'sms'],
    subject: '{{reference}}: network closing',
    body,
  });

  const fanoutRows = (broadcastId: string): Promise<{ queue: string; job_name: string }[]> =>
    app.ds.query(`SELECT queue, job_name FROM outbox WHERE payload->>'broadcastId' = $1`, [
      broadcastId,
    ]);

  it('writes a broadcast to its audience: recipients, a delivery per channel, one fan-out row, one event', async () => {
    const c = await council(app);
    const incidentId = await incident(app, c.owner);
    const accepted = await broadcasts.create(incidentId, toLan(c.lanId), randomUUID(), c.owner);
    expect(accepted.recipients).toBe(2);

    const recipients: { recipient_id: string }[] = await app.ds.query(
      `SELECT recipient_id FROM broadcast_recipients WHERE broadcast_id = $1 ORDER BY name`,
      [accepted.id],
    );
    expect(recipients.map((r) => r.recipient_id)).toEqual([c.ann.id, c.bob.id]);
    const deliveries: {
      recipient_id: string;
      channel: string;
      status: string;
      reason: string | null;
    }[] = await app.ds.query(
      `SELECT recipient_id, channel, status, reason FROM deliveries WHERE broadcast_id = $1
         ORDER BY recipient_id = $2 DESC, channel`,
      [accepted.id, c.ann.id],
    );
    expect(deliveries).toEqual([
      { recipient_id: c.ann.id, channel: 'email', status: 'queued', reason: null },
      { recipient_id: c.ann.id, channel: 'sms', status: 'queued', reason: null },
      { recipient_id: c.bob.id, channel: 'email', status: 'queued', reason: null },
      { recipient_id: c.bob.id, channel: 'sms', status: 'skipped', reason: 'no_mobile' },
    ]);
    expect(await fanoutRows(accepted.id)).toEqual([
      { queue: QUEUES.fanout, job_name: JOBS.fanout },
    ]);
    const created = (await eventsOf(app, incidentId)).filter((e) => e.type === 'broadcast.created');
    expect(created).toHaveLength(1);
    expect(created[0].data).toMatchObject({
      broadcastId: accepted.id,
      kind: 'broadcast',
      channels: ['email', 'sms'],
      requireAck: false,
      recipients: 2,
      deliveries: 4,
      skipped: 1,
    });
  });

  it('answers one broadcast to the same key sent twice at once, and refuses the key for a different body', async () => {
    const c = await council(app);
    const incidentId = await incident(app, c.owner);
    const key = randomUUID();
    const [first, second] = await Promise.all([
      broadcasts.create(incidentId, toLan(c.lanId), key, c.owner),
      broadcasts.create(incidentId, toLan(c.lanId), key, c.owner),
    ]);
    expect(second).toEqual(first);
    const [{ n }]: { n: number }[] = await app.ds.query(
      `SELECT count(*)::int AS n FROM broadcasts WHERE incident_id = $1`,
      [incidentId],
    );
    expect(n).toBe(1);
    expect(await fanoutRows(first.id)).toHaveLength(1);
    const created = (await eventsOf(app, incidentId)).filter((e) => e.type === 'broadcast.created');
    expect(created).toHaveLength(1);

    await expect(
      broadcasts.create(incidentId, toLan(c.lanId, 'Something else entirely.'), key, c.owner),
    ).rejects.toMatchObject({ code: 'idempotency_mismatch', extra: { broadcastId: first.id } });
  });

  it('refuses a closed incident and a caller who may not send on it', async () => {
    const c = await council(app);
    const closed = await incident(app, c.owner, 'closed');
    await expect(
      broadcasts.create(closed, toLan(c.lanId), randomUUID(), c.owner),
    ).rejects.toMatchObject({ code: 'invalid_transition' });
    const open = await incident(app, c.owner);
    await expect(
      broadcasts.create(open, toLan(c.lanId), randomUUID(), c.itu),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const [{ n }]: { n: number }[] = await app.ds.query(
      `SELECT count(*)::int AS n FROM broadcasts WHERE incident_id = ANY($1)`,
      [[closed, open]],
    );
    expect(n).toBe(0);
  });

  it('previews who would be reached, by channel, with the reasons the others are skipped', async () => {
    const c = await council(app);
    const incidentId = await incident(app, c.owner);
    const preview = await app
      .get(BroadcastPreviewService)
      .preview(
        incidentId,
        { audience: { lanIds: [c.lanId] }, channels: ['email', 'sms'] },
        c.owner,
      );
    expect(preview).toEqual({
      recipients: 2,
      byChannel: { email: { reachable: 2, skipped: 0 }, sms: { reachable: 1, skipped: 1 } },
      skippedReasons: { no_mobile: 1 },
      routes: [
        {
          gets: 'email',
          because: 'requested',
          lan: null,
          staff: 1,
          unreachable: false,
          text: 'email — 1 staff',
        },
        {
          gets: 'email+sms',
          because: 'requested',
          lan: null,
          staff: 1,
          unreachable: false,
          text: 'email and SMS — 1 staff',
        },
      ],
      unreachable: { count: 0, people: [] },
    });
    const [{ n }]: { n: number }[] = await app.ds.query(
      `SELECT count(*)::int AS n FROM broadcasts WHERE incident_id = $1`,
      [incidentId],
    );
    expect(n).toBe(0);
  });
});

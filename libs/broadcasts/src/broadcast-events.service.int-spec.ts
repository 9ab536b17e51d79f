import { randomUUID } from 'node:crypto';
import type { FeatureTestApp } from '@cordon/platform/testing';
import { ACK_TOKEN_PATTERN } from './ack-tokens';
import { BroadcastEventsService } from './broadcast-events.service';
import { BroadcastsService } from './broadcasts.service';
import {
  council,
  eventsOf,
  incident,
  startBroadcasts,
  stopBroadcasts,
} from './testing/broadcast-world';

/**
 * Progress of a broadcast against the real PostgreSQL: each `broadcast.progress` counts
 * the deliveries, so a large broadcast's events are spaced further apart; the ack
 * tokens are made by PostgreSQL, one per queued delivery.
 */
describe(BroadcastEventsService.name, () => {
  let app: FeatureTestApp;
  let broadcasts: BroadcastsService;
  let events: BroadcastEventsService;

  beforeAll(async () => {
    app = await startBroadcasts();
    broadcasts = app.get(BroadcastsService);
    events = app.get(BroadcastEventsService);
  });
  afterAll(() => stopBroadcasts(app));

  async function broadcastToCouncil() {
    const c = await council(app);
    const incidentId = await incident(app, c.owner);
    const { id } = await broadcasts.create(
      incidentId,
      {
        audience: { lanIds: [c.lanId] },
        channels: ['email', 'sms'],
        subject: '{{reference}}: network closing',
        body: 'Unplug your network cable now.',
        requireAck: true,
      },
      randomUUID(),
      c.owner,
    );
    return { id, incidentId };
  }

  const progressEvents = async (incidentId: string) =>
    (await eventsOf(app, incidentId)).filter((e) => e.type === 'broadcast.progress').length;
  /** The last progress event went out `ms` ago; the broadcast counts `deliveries`. */
  const lastProgress = (id: string, ms: number, deliveries?: number) =>
    app.ds.query(
      `UPDATE broadcasts SET progress_at = now() - make_interval(secs => $2::float8 / 1000),
              delivery_count = coalesce($3, delivery_count) WHERE id = $1`,
      [id, ms, deliveries ?? null],
    );

  it('spaces the progress of a large broadcast further apart than a small one', async () => {
    const { id, incidentId } = await broadcastToCouncil();
    await app.ds.query(
      `UPDATE deliveries SET status = 'sent' WHERE id IN (
         SELECT id FROM deliveries WHERE broadcast_id = $1 AND status = 'queued' LIMIT 1)`,
      [id],
    );
    await events.report(id);
    expect(await progressEvents(incidentId)).toBe(1);
    await lastProgress(id, 600);
    await events.report(id);
    expect(await progressEvents(incidentId)).toBe(2);

    // 200,000 deliveries: one count every 5 s (the margins leave room for a slow machine)
    await lastProgress(id, 600, 200_000);
    await events.report(id);
    expect(await progressEvents(incidentId)).toBe(2);
    await lastProgress(id, 3_000);
    await events.report(id);
    expect(await progressEvents(incidentId)).toBe(2);
    await lastProgress(id, 5_100);
    await events.report(id);
    expect(await progressEvents(incidentId)).toBe(3);
  });

  it('gives each queued delivery of an acknowledgement-requested broadcast a token of its own', async () => {
    const { id } = await broadcastToCouncil();
    const rows: { status: string; ack_token: string | null }[] = await app.ds.query(
      `SELECT status, ack_token FROM deliveries WHERE broadcast_id = $1`,
      [id],
    );
    const queued = rows.filter((r) => r.status === 'queued').map((r) => r.ack_token);
    expect(queued).toHaveLength(3);
    for (const token of queued) expect(token).toMatch(ACK_TOKEN_PATTERN);
    expect(new Set(queued).size).toBe(3);
    expect(rows.filter((r) => r.status === 'skipped').map((r) => r.ack_token)).toEqual([null]);
  });
});

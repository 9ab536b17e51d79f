import { randomUUID } from 'node:crypto';
import type { FeatureTestApp } from '@cordon/platform/testing';
import { ackTokens } from './ack-tokens';
import { AcknowledgementsService } from './acknowledgements.service';
import { BroadcastReadsService } from './broadcast-reads.service';
import { BroadcastsService } from './broadcasts.service';
import {
  council,
  Council,
  eventsOf,
  incident,
  startBroadcasts,
  stopBroadcasts,
} from './testing/broadcast-world';

/**
 * Acknowledgements (by link, by hand) and the reads of a broadcast against the real
 * PostgreSQL: each recipient counts once, and only those who may post an update on
 * the incident read or record.
 */
describe(AcknowledgementsService.name, () => {
  let app: FeatureTestApp;
  let acks: AcknowledgementsService;
  let reads: BroadcastReadsService;

  beforeAll(async () => {
    app = await startBroadcasts();
    acks = app.get(AcknowledgementsService);
    reads = app.get(BroadcastReadsService);
  });
  afterAll(() => stopBroadcasts(app));

  /** A broadcast asking the council's LAN to acknowledge, by email and SMS. */
  const askToAck = async (c: Council) => {
    const incidentId = await incident(app, c.owner);
    const { id } = await app.get(BroadcastsService).create(
      incidentId,
      {
        audience: { lanIds: [c.lanId] },
        channels: ['email', 'sms'],
        subject: '{{reference}}: shut down now',
        body: 'Acknowledge: {{ackLink}}',
        requireAck: true,
      },
      randomUUID(),
      c.owner,
    );
    return { incidentId, broadcastId: id };
  };

  const tokenOf = async (broadcastId: string, recipientId: string): Promise<string> => {
    const [row]: { ack_token: string }[] = await app.ds.query(
      `SELECT ack_token FROM deliveries
       WHERE broadcast_id = $1 AND recipient_id = $2 AND channel = 'email'`,
      [broadcastId, recipientId],
    );
    return row.ack_token;
  };

  const acknowledgedEvents = async (incidentId: string) =>
    (await eventsOf(app, incidentId)).filter((e) => e.type === 'broadcast.acknowledged');

  it('counts an acknowledgement by link once: the second answers the first', async () => {
    const c = await council(app);
    const { incidentId, broadcastId } = await askToAck(c);
    const token = await tokenOf(broadcastId, c.ann.id);

    const first = await acks.byToken(token);
    expect(first).toMatchObject({
      broadcastId,
      recipientId: c.ann.id,
      name: 'Ann',
      via: 'link',
      note: null,
      recorded: true,
    });
    expect(first.subject).toMatch(/^INC-B-[0-9a-f]{8}: shut down now$/);
    const second = await acks.byToken(token);
    expect(second).toMatchObject({ recorded: false, at: first.at, via: 'link' });

    expect(await acknowledgedEvents(incidentId)).toEqual([
      {
        type: 'broadcast.acknowledged',
        data: { broadcastId, recipientId: c.ann.id, name: 'Ann', via: 'link' },
      },
    ]);
    const view = await reads.get(broadcastId, c.owner);
    expect(view.totals).toMatchObject({ acknowledged: 1 });
  });

  it('records an acknowledgement by hand with its note, once, for whoever may post an update', async () => {
    const c = await council(app);
    const { incidentId, broadcastId } = await askToAck(c);
    const note = 'Called the office; confirmed by phone';

    const view = await acks.byHand(broadcastId, { staffId: c.bob.id, note }, c.owner);
    expect(view).toMatchObject({ recipientId: c.bob.id, via: 'console', note, recorded: true });
    const again = await acks.byHand(broadcastId, { staffId: c.bob.id }, c.admin);
    expect(again).toMatchObject({ recorded: false, note, at: view.at });
    expect(await acknowledgedEvents(incidentId)).toEqual([
      {
        type: 'broadcast.acknowledged',
        data: { broadcastId, recipientId: c.bob.id, name: 'Bob', via: 'console', note },
      },
    ]);

    await expect(acks.byHand(broadcastId, { staffId: c.ann.id }, c.itu)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(
      acks.byHand(broadcastId, { staffId: randomUUID() }, c.owner),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('refuses an unknown or malformed token without recording anything', async () => {
    const c = await council(app);
    const { incidentId } = await askToAck(c);
    await expect(acks.byToken(ackTokens(1)[0])).rejects.toMatchObject({ code: 'not_found' });
    await expect(acks.byToken('not-a-token')).rejects.toMatchObject({ code: 'not_found' });
    expect(await acknowledgedEvents(incidentId)).toEqual([]);
  });

  it('reads a broadcast, its deliveries and who is silent for the owner and admins only', async () => {
    const c = await council(app);
    const { incidentId, broadcastId } = await askToAck(c);
    await acks.byToken(await tokenOf(broadcastId, c.ann.id));

    const page = await reads.listForIncident(incidentId, {}, c.admin);
    expect(page.items.map((b) => b.id)).toEqual([broadcastId]);
    const skipped = await reads.deliveries(broadcastId, { status: 'skipped' }, c.owner);
    expect(skipped.items.map((d) => [d.recipient.id, d.channel, d.reason])).toEqual([
      [c.bob.id, 'sms', 'no_mobile'],
    ]);
    const silent = await reads.silent(broadcastId, {}, c.owner);
    expect(silent.items.map((s) => s.recipientId)).toEqual([c.bob.id]);

    await expect(reads.get(broadcastId, c.itu)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(reads.listForIncident(incidentId, {}, c.itu)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(reads.deliveries(broadcastId, {}, c.itu)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(reads.get(randomUUID(), c.owner)).rejects.toMatchObject({ code: 'not_found' });
  });
});

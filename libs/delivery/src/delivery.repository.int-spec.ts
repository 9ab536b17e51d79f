import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ACK_TOKEN_PATTERN } from '@cordon/broadcasts';
import { returning } from '@cordon/platform';
import { createTestDatabase, TestDatabase } from '@cordon/platform/testing';
import { DeliveryRepository } from './delivery.repository';

/** The worker's set-based and conditional statements on a real PostgreSQL. */
describe(DeliveryRepository.name, () => {
  let db: TestDatabase | undefined;
  let ds: DataSource;
  let repo: DeliveryRepository;
  let n = 0;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = new DataSource({ type: 'postgres', url: db.url });
    await ds.initialize();
    repo = new DeliveryRepository(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  /** An incident and an acknowledgement-requested broadcast to `people`, emailed to each. */
  async function broadcast(
    people: { name: string; mobile: string | null; consent: boolean; acknowledged?: boolean }[],
  ): Promise<string> {
    n += 1;
    const [{ id: ownerId }] = await ds.query(
      `INSERT INTO users (email, name, password_hash, roles) VALUES ($1, 'Owner', 'x', '{owner}') RETURNING id`,
      [`owner${n}@x.example`],
    );
    const [{ id: incidentId }] = await ds.query(
      `INSERT INTO incidents (reference, year, number, title, severity, summary, status, owner_id, owner_name, last_update_at)
       VALUES ($1, 2026, $2, 't', 1, 's', 'active', $3, 'Owner', now()) RETURNING id`,
      [`INC-2026-${String(n).padStart(4, '0')}`, n, ownerId],
    );
    const [{ id }] = await ds.query(
      `INSERT INTO broadcasts (incident_id, kind, idempotency_key, fingerprint, audience, channels,
         subject, body, sms_body, require_ack, escalate_after_minutes, context, created_by)
       VALUES ($1, 'broadcast', $2, 'f', '{}', '{email}', 's', 'b', NULL, true, 30, $3, $4) RETURNING id`,
      [
        incidentId,
        `k${n}`,
        JSON.stringify({ reference: 'INC', title: 't', nextUpdateDueAt: null }),
        JSON.stringify({ id: null, name: 'Cordon', kind: 'system' }),
      ],
    );
    for (const p of people) {
      const recipientId = randomUUID();
      await ds.query(
        `INSERT INTO broadcast_recipients (broadcast_id, recipient_id, recipient_kind, name, email, mobile, sms_consent, lan_code, acknowledged_at)
         VALUES ($1, $2, 'staff', $3, $4, $5, $6, NULL, $7)`,
        [
          id,
          recipientId,
          p.name,
          `${p.name}@x.example`,
          p.mobile,
          p.consent,
          p.acknowledged ? new Date() : null,
        ],
      );
      await ds.query(
        `INSERT INTO deliveries (broadcast_id, recipient_id, channel, round, status, address)
         VALUES ($1, $2, 'email', 0, 'sent', $3)`,
        [id, recipientId, `${p.name}@x.example`],
      );
    }
    return id;
  }

  it('escalates once, each silent recipient on the first channel that reaches them', async () => {
    const id = await broadcast([
      { name: 'ann', mobile: '+447700900001', consent: true, acknowledged: true },
      { name: 'bob', mobile: '+447700900002', consent: true },
      { name: 'cat', mobile: '+447700900003', consent: false },
      { name: 'dan', mobile: null, consent: true },
    ]);
    const head = await ds.transaction((m) => repo.markEscalated(m, id));
    expect(head).toEqual({ incident_id: expect.any(String), unacknowledged: 3 });
    expect(await ds.transaction((m) => repo.markEscalated(m, id))).toBeNull();

    const added = await ds.transaction((m) => repo.insertEscalations(m, id, ['email', 'sms']));
    expect(added).toBe(1);
    const sms = await ds.query(
      `SELECT r.name, d.round, d.status, d.address, d.ack_token FROM deliveries d
       JOIN broadcast_recipients r USING (broadcast_id, recipient_id)
       WHERE d.broadcast_id = $1 AND d.channel = 'sms'`,
      [id],
    );
    // a new token, made by PostgreSQL, of the link's shape
    expect(sms).toEqual([
      {
        name: 'bob',
        round: 1,
        status: 'queued',
        address: '+447700900002',
        ack_token: expect.stringMatching(ACK_TOKEN_PATTERN),
      },
    ]);
    expect(await ds.transaction((m) => repo.insertEscalations(m, id, ['email', 'sms']))).toBe(0);
  });

  it('does not escalate to email someone whose LAN was closed when the broadcast went out', async () => {
    const id = await broadcast([
      { name: 'eve', mobile: '+447700900005', consent: true },
      { name: 'fay', mobile: '+447700900006', consent: true },
    ]);
    // both were texted; eve's LAN was shut down at the time
    await ds.query(`UPDATE deliveries SET channel = 'sms' WHERE broadcast_id = $1`, [id]);
    await ds.query(
      `UPDATE broadcast_recipients SET lan_phase = 'shut_down' WHERE broadcast_id = $1 AND name = 'eve'`,
      [id],
    );
    await ds.transaction((m) => repo.markEscalated(m, id));
    expect(await ds.transaction((m) => repo.insertEscalations(m, id, ['email', 'sms']))).toBe(1);
    const escalated = await ds.query(
      `SELECT r.name, d.channel FROM deliveries d JOIN broadcast_recipients r USING (broadcast_id, recipient_id)
       WHERE d.broadcast_id = $1 AND d.round = 1`,
      [id],
    );
    expect(escalated).toEqual([{ name: 'fay', channel: 'email' }]);
  });

  it('gives a lost delivery a new job generation once, and finds it stale only when it is', async () => {
    const id = await broadcast([{ name: 'eve', mobile: null, consent: false }]);
    const [{ id: deliveryId }] = await returning<{ id: string }>(
      ds,
      `UPDATE deliveries SET status = 'queued', updated_at = now() - interval '10 minutes'
       WHERE broadcast_id = $1 RETURNING id`,
      [id],
    );
    const stale = await repo.stale(60_000, 500);
    expect(stale).toContainEqual({
      id: deliveryId,
      broadcast_id: id,
      channel: 'email',
      job_gen: 0,
    });
    expect(await repo.nextJobGen(deliveryId, 0)).toBe(1);
    expect(await repo.nextJobGen(deliveryId, 0)).toBeNull();
    expect((await repo.stale(60_000, 500)).map((d) => d.id)).not.toContain(deliveryId);
    expect(await repo.queuedAfter(id, '00000000-0000-0000-0000-000000000000', 10)).toEqual([
      { id: deliveryId, channel: 'email', job_gen: 1 },
    ]);
  });

  it('moves a broadcast to sending once', async () => {
    const id = await broadcast([]);
    await ds.query(`UPDATE broadcasts SET status = 'queued' WHERE id = $1`, [id]);
    expect(await ds.transaction((m) => repo.startSending(m, id))).toEqual(expect.any(String));
    expect(await ds.transaction((m) => repo.startSending(m, id))).toBeNull();
  });
});

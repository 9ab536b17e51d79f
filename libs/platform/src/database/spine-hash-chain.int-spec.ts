import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { eventHash } from '../audit/event-hash';
import { FeatureTestApp, startFeatureTestApp } from '../testing';
import { Spine, SYSTEM_ACTOR } from './spine';

interface Row {
  seq: number;
  at: Date;
  type: string;
  actor: unknown;
  data: unknown;
  prev_hash: string | null;
  hash: string | null;
}

describe('Spine hash chain', () => {
  let platform: FeatureTestApp | undefined;
  let spine: Spine;
  let dataSource: DataSource;

  beforeAll(async () => {
    platform = await startFeatureTestApp({ imports: [] });
    spine = platform.get(Spine);
    dataSource = platform.ds;
  });
  afterAll(() => platform?.close());

  const posted = (message: string) => ({ message, nextUpdateDueAt: null });

  it('chains each event to the one before in its stream, across commands, and keeps the head', async () => {
    const a = randomUUID();
    const b = randomUUID();
    const stream = `incident:${a}`;
    await spine.run(SYSTEM_ACTOR, async (tx) => {
      tx.appendToIncident(a, 'incident.update_posted', posted('one'));
      tx.appendToIncident(b, 'incident.update_posted', posted('other stream'));
      tx.appendToIncident(a, 'incident.update_posted', posted('two'));
    });
    await spine.run({ kind: 'user', id: randomUUID(), name: 'Owner' }, async (tx) => {
      // keys in another order than jsonb keeps them: the hash is over sorted keys
      tx.appendToIncident(a, 'incident.update_posted', {
        nextUpdateDueAt: '2026-12-03T10:00:00.000Z',
        message: 'three',
      });
    });
    const rows: Row[] = await dataSource.query(
      `SELECT seq, at, type, actor, data, prev_hash, hash FROM events WHERE stream = $1 ORDER BY seq`,
      [stream],
    );
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(rows[0].prev_hash).toBeNull();
    expect(rows[1].prev_hash).toBe(rows[0].hash);
    // the second command's event follows the first command's last
    expect(rows[2].prev_hash).toBe(rows[1].hash);
    expect(new Set(rows.map((r) => r.hash)).size).toBe(3);
    for (const r of rows) {
      expect(r.hash).toMatch(/^[0-9a-f]{64}$/);
      // what is read back from jsonb hashes as what was written
      expect(eventHash({ stream, ...r, at: r.at.toISOString(), prevHash: r.prev_hash })).toBe(
        r.hash,
      );
    }
    const [head]: { last_hash: string }[] = await dataSource.query(
      `SELECT last_hash FROM event_streams WHERE stream = $1`,
      [stream],
    );
    expect(head.last_hash).toBe(rows[2].hash);
    const [other]: Row[] = await dataSource.query(
      `SELECT prev_hash, hash FROM events WHERE stream = $1`,
      [`incident:${b}`],
    );
    expect(other.prev_hash).toBeNull();
    expect(other.hash).not.toBe(rows[0].hash);
  });

  it('rolls back the head with the events', async () => {
    const a = randomUUID();
    await spine.run(SYSTEM_ACTOR, async (tx) => {
      tx.appendToIncident(a, 'incident.update_posted', posted('kept'));
    });
    await expect(
      spine.run(SYSTEM_ACTOR, async (tx) => {
        tx.appendToIncident(a, 'incident.update_posted', posted('lost'));
        tx.afterAppend(async () => {
          throw new Error('boom');
        });
      }),
    ).rejects.toThrow('boom');
    await spine.run(SYSTEM_ACTOR, async (tx) => {
      tx.appendToIncident(a, 'incident.update_posted', posted('next'));
    });
    const rows: Row[] = await dataSource.query(
      `SELECT seq, prev_hash, hash FROM events WHERE stream = $1 ORDER BY seq`,
      [`incident:${a}`],
    );
    expect(rows.map((r) => r.seq)).toEqual([1, 2]);
    expect(rows[1].prev_hash).toBe(rows[0].hash);
  });

  it('chains single events written at once to a new stream: gap-free, each after the one committed before', async () => {
    const a = randomUUID();
    const stream = `incident:${a}`;
    // each command appends one event (the one-statement path); the first writers race
    // to create the stream's head, the rest queue on its lock
    await Promise.all(
      Array.from({ length: 12 }, (_, n) =>
        spine.run(SYSTEM_ACTOR, async (tx) => {
          tx.appendToIncident(a, 'incident.update_posted', posted(`at once ${n}`));
        }),
      ),
    );
    const rows: Row[] = await dataSource.query(
      `SELECT seq, at, type, actor, data, prev_hash, hash FROM events WHERE stream = $1 ORDER BY seq`,
      [stream],
    );
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(rows[0].prev_hash).toBeNull();
    rows.forEach((r, i) => {
      if (i > 0) expect(r.prev_hash).toBe(rows[i - 1].hash);
      expect(eventHash({ stream, ...r, at: r.at.toISOString(), prevHash: r.prev_hash })).toBe(
        r.hash,
      );
    });
    const [head]: { last_seq: number; last_hash: string }[] = await dataSource.query(
      `SELECT last_seq, last_hash FROM event_streams WHERE stream = $1`,
      [stream],
    );
    expect(head).toEqual({ last_seq: 12, last_hash: rows[11].hash });
  });
});

import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { FeatureTestApp, startFeatureTestApp } from '../testing';
import { Spine, SYSTEM_ACTOR } from './spine';

describe(Spine.name, () => {
  let platform: FeatureTestApp | undefined;
  let spine: Spine;
  let dataSource: DataSource;

  beforeAll(async () => {
    platform = await startFeatureTestApp({ imports: [] });
    spine = platform.get(Spine);
    dataSource = platform.ds;
  });
  afterAll(() => platform?.close());

  const seqsOf = async (stream: string): Promise<number[]> =>
    (await dataSource.query(`SELECT seq FROM events WHERE stream = $1 ORDER BY seq`, [stream])).map(
      (r: { seq: number }) => r.seq,
    );

  const posted = (message: string) => ({ message, nextUpdateDueAt: null });

  it('gives 50 concurrent writers on one incident seq 1..50 with no gap and no repeat', async () => {
    const incidentId = randomUUID();
    const returned = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        spine
          .run(SYSTEM_ACTOR, async (tx) => {
            const event = tx.appendToIncident(incidentId, 'incident.update_posted', posted(`${i}`));
            // a little work inside the transaction widens the window for races
            await tx.manager.query('SELECT pg_sleep(0.002)');
            return event;
          })
          .then((event) => event.seq),
      ),
    );
    const expected = Array.from({ length: 50 }, (_, i) => i + 1);
    expect([...returned].sort((a, b) => a - b)).toEqual(expected);
    expect(await seqsOf(`incident:${incidentId}`)).toEqual(expected);
  });

  it('numbers each stream on its own', async () => {
    const a = randomUUID();
    const b = randomUUID();
    await spine.run(SYSTEM_ACTOR, async (tx) => {
      tx.appendToIncident(a, 'incident.update_posted', posted('one'));
      tx.appendToIncident(b, 'incident.update_posted', posted('one'));
      tx.appendToIncident(a, 'incident.update_posted', posted('two'));
    });
    expect(await seqsOf(`incident:${a}`)).toEqual([1, 2]);
    expect(await seqsOf(`incident:${b}`)).toEqual([1]);
  });

  it("writes a command's events per stream in one go: seq in append order, each event told its own", async () => {
    const a = randomUUID();
    const b = randomUUID();
    const appended = await spine.run(SYSTEM_ACTOR, async (tx) => {
      // more events than one statement carries, interleaved with another stream
      return Array.from({ length: 4_500 }, (_, i) =>
        i % 3 === 0
          ? tx.appendToIncident(b, 'incident.update_posted', posted(`b${i}`))
          : tx.appendToIncident(a, 'incident.update_posted', posted(`a${i}`)),
      );
    });
    const rows: { stream: string; seq: number; message: string; incident: string }[] =
      await dataSource.query(
        `SELECT stream, seq, data->>'message' AS message, incident_id AS incident FROM events
         WHERE stream = ANY($1) ORDER BY stream, seq`,
        [[`incident:${a}`, `incident:${b}`]],
      );
    const stored = new Map(rows.map((r) => [`${r.stream}#${r.seq}`, r]));
    for (const event of appended) {
      const row = stored.get(`${event.stream}#${event.seq}`);
      expect(row?.message).toBe(event.data.message);
      expect(row?.incident).toBe(event.incidentId);
    }
    expect(await seqsOf(`incident:${a}`)).toEqual(Array.from({ length: 3_000 }, (_, i) => i + 1));
    expect(await seqsOf(`incident:${b}`)).toEqual(Array.from({ length: 1_500 }, (_, i) => i + 1));
    const inA = appended.filter((e) => e.stream === `incident:${a}`).map((e) => e.data.message);
    expect(inA.slice(0, 3)).toEqual(['a1', 'a2', 'a4']);
    expect(rows.filter((r) => r.stream === `incident:${a}`).map((r) => r.message)).toEqual(inA);
  });

  it('leaves no event, no outbox row and no seq consumed when the transaction rolls back', async () => {
    const incidentId = randomUUID();
    await spine.run(SYSTEM_ACTOR, async (tx) => {
      tx.appendToIncident(incidentId, 'incident.update_posted', posted('kept'));
    });
    const outboxBefore = Number((await dataSource.query(`SELECT count(*) AS n FROM outbox`))[0].n);
    await expect(
      spine.run(SYSTEM_ACTOR, async (tx) => {
        tx.appendToIncident(incidentId, 'incident.update_posted', posted('lost'));
        await tx.enqueue({
          queue: 'probe',
          name: 'probe.run',
          jobId: `lost-${incidentId}`,
          payload: {},
        });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await seqsOf(`incident:${incidentId}`)).toEqual([1]);
    expect(Number((await dataSource.query(`SELECT count(*) AS n FROM outbox`))[0].n)).toBe(
      outboxBefore,
    );
    const next = await spine.run(SYSTEM_ACTOR, async (tx) =>
      tx.appendToIncident(incidentId, 'incident.update_posted', posted('after')),
    );
    expect(next.seq).toBe(2);
  });

  it('stores the actor, type and data of each event, and one outbox row per distinct job id', async () => {
    const incidentId = randomUUID();
    const actor = { id: randomUUID(), name: 'Owner', kind: 'user' as const };
    await spine.run(actor, async (tx) => {
      tx.appendToIncident(incidentId, 'incident.update_posted', posted('Welchia'));
      await tx.enqueue([
        { queue: 'probe', name: 'probe.run', jobId: `j1-${incidentId}`, payload: { n: 1 } },
        { queue: 'probe', name: 'probe.run', jobId: `j1-${incidentId}`, payload: { n: 1 } },
        { queue: 'probe', name: 'probe.run', jobId: `j2-${incidentId}`, payload: { n: 2 } },
      ]);
    });
    const [event] = await dataSource.query(
      `SELECT type, actor, data, incident_id FROM events WHERE incident_id = $1`,
      [incidentId],
    );
    expect(event).toEqual({
      type: 'incident.update_posted',
      actor,
      data: { message: 'Welchia', nextUpdateDueAt: null },
      incident_id: incidentId,
    });
    const jobs = await dataSource.query(
      `SELECT job_id FROM outbox WHERE job_id LIKE $1 ORDER BY job_id`,
      [`%${incidentId}`],
    );
    expect(jobs.map((j: { job_id: string }) => j.job_id)).toEqual([
      `j1-${incidentId}`,
      `j2-${incidentId}`,
    ]);
  });

  /** Resolves once another session waits for a row lock (polled from the pool). */
  const someoneWaitsForALock = async (): Promise<void> => {
    for (let i = 0; i < 250; i++) {
      const [{ n }] = await dataSource.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
         WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      if (n > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('nobody waited for the row');
  };

  it('appends after the rows: a command that appends, then waits for a row, holds no stream lock, so two commands cannot deadlock', async () => {
    const incidentId = randomUUID();
    const row = randomUUID();
    await dataSource.query(`CREATE TABLE IF NOT EXISTS spine_probe (id uuid PRIMARY KEY, n int)`);
    await dataSource.query(`INSERT INTO spine_probe (id, n) VALUES ($1, 0)`, [row]);
    const bump = `UPDATE spine_probe SET n = n + 1 WHERE id = $1`;
    let rowTaken!: () => void;
    const taken = new Promise<void>((resolve) => (rowTaken = resolve));
    // B holds the row, and appends only once A waits for it (as a claim does against a
    // command that appended first): appending took the stream's lock at once, A held it
    // while waiting, and B waited for A: a deadlock
    const b = spine.run(SYSTEM_ACTOR, async (tx) => {
      await tx.manager.query(bump, [row]);
      rowTaken();
      await someoneWaitsForALock();
      tx.appendToIncident(incidentId, 'incident.update_posted', posted('b'));
    });
    const a = taken.then(() =>
      spine.run(SYSTEM_ACTOR, async (tx) => {
        tx.appendToIncident(incidentId, 'incident.update_posted', posted('a'));
        await tx.manager.query(bump, [row]);
      }),
    );
    await Promise.all([a, b]);
    const written = await dataSource.query(
      `SELECT seq, data->>'message' AS message FROM events WHERE stream = $1 ORDER BY seq`,
      [`incident:${incidentId}`],
    );
    expect(written).toEqual([
      { seq: 1, message: 'b' },
      { seq: 2, message: 'a' },
    ]);
    expect((await dataSource.query(`SELECT n FROM spine_probe WHERE id = $1`, [row]))[0].n).toBe(2);
  });

  it('runs afterAppend work with the seq of the events, in the same transaction', async () => {
    const incidentId = randomUUID();
    await spine.run(SYSTEM_ACTOR, async (tx) => {
      tx.appendToIncident(incidentId, 'incident.update_posted', posted('first'));
      const second = tx.appendToIncident(incidentId, 'incident.update_posted', posted('second'));
      tx.afterAppend(() =>
        tx.enqueue({
          queue: 'probe',
          name: 'probe.run',
          jobId: `after-${incidentId}:${second.seq}`,
          payload: {},
        }),
      );
    });
    const jobs = await dataSource.query(`SELECT job_id FROM outbox WHERE job_id LIKE $1`, [
      `after-${incidentId}:%`,
    ]);
    expect(jobs).toEqual([{ job_id: `after-${incidentId}:2` }]);
  });
});

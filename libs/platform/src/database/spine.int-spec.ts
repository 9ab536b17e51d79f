import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PlatformModule } from '../platform.module';
import { createTestDatabase, testConfig, TestDatabase } from '../testing';
import { Spine, SYSTEM_ACTOR } from './spine';

describe(Spine.name, () => {
  let db: TestDatabase | undefined;
  let app: INestApplicationContext | undefined;
  let spine: Spine;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    const moduleRef = await Test.createTestingModule({
      imports: [PlatformModule.forRoot(testConfig(db.url))],
    }).compile();
    app = await moduleRef.init();
    spine = app.get(Spine);
    dataSource = app.get(DataSource);
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const seqsOf = async (stream: string): Promise<number[]> =>
    (await dataSource.query(`SELECT seq FROM events WHERE stream = $1 ORDER BY seq`, [stream])).map(
      (r: { seq: number }) => r.seq,
    );

  it('gives 50 concurrent writers on one incident seq 1..50 with no gap and no repeat', async () => {
    const incidentId = randomUUID();
    const returned = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        spine.run(SYSTEM_ACTOR, async (tx) => {
          // a little work inside the transaction widens the window for races
          await tx.manager.query('SELECT pg_sleep(0.002)');
          const event = await tx.appendToIncident(incidentId, 'test.happened', { writer: i });
          return event.seq;
        }),
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
      await tx.appendToIncident(a, 'x.one', {});
      await tx.appendToIncident(b, 'x.one', {});
      await tx.appendToIncident(a, 'x.two', {});
    });
    expect(await seqsOf(`incident:${a}`)).toEqual([1, 2]);
    expect(await seqsOf(`incident:${b}`)).toEqual([1]);
  });

  it('leaves no event, no outbox row and no seq consumed when the transaction rolls back', async () => {
    const incidentId = randomUUID();
    await spine.run(SYSTEM_ACTOR, (tx) => tx.appendToIncident(incidentId, 'kept', {}));
    const outboxBefore = Number((await dataSource.query(`SELECT count(*) AS n FROM outbox`))[0].n);
    await expect(
      spine.run(SYSTEM_ACTOR, async (tx) => {
        await tx.appendToIncident(incidentId, 'lost', {});
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
    const next = await spine.run(SYSTEM_ACTOR, (tx) =>
      tx.appendToIncident(incidentId, 'after', {}),
    );
    expect(next.seq).toBe(2);
  });

  it('stores the actor, type and data of each event, and one outbox row per distinct job id', async () => {
    const incidentId = randomUUID();
    const actor = { id: randomUUID(), name: 'Owner', kind: 'user' as const };
    await spine.run(actor, async (tx) => {
      await tx.appendToIncident(incidentId, 'incident.created', { title: 'Welchia' });
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
      type: 'incident.created',
      actor,
      data: { title: 'Welchia' },
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
});

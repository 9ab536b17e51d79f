import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { PlatformModule, QueueFactory, RedisClient } from '@cordon/platform';
import {
  clearPrefix,
  createTestDatabase,
  testConfig,
  TestDatabase,
} from '@cordon/platform/testing';
import { DirectiveEscalationService } from '../directive-escalation.service';
import {
  ESCALATE_OVERDUE_JOB,
  ESCALATION_EVERY_MS,
  INCIDENT_SCANS_QUEUE,
} from './directive-escalation.processor';
import { IncidentJobsModule } from './incident-jobs.module';

/** The incident jobs as the worker runs them: no HTTP, a repeatable scan, idempotent escalation. */
describe(IncidentJobsModule.name, () => {
  let db: TestDatabase | undefined;
  let app: INestApplicationContext | undefined;
  let prefix = '';

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = testConfig(db.url);
    prefix = config.queuePrefix;
    const moduleRef = await Test.createTestingModule({
      imports: [PlatformModule.forRoot(config), IncidentJobsModule],
    }).compile();
    app = await moduleRef.init();
  });
  afterAll(async () => {
    if (app) {
      await clearPrefix(app.get(RedisClient).redis, prefix).catch(() => undefined);
      await app.close();
    }
    await db?.drop();
  });

  it('schedules the overdue scan every minute', async () => {
    const schedulers = await app!.get(QueueFactory).queue(INCIDENT_SCANS_QUEUE).getJobSchedulers();
    expect(schedulers).toEqual([
      expect.objectContaining({ key: ESCALATE_OVERDUE_JOB, every: ESCALATION_EVERY_MS }),
    ]);
  });

  it('escalates each overdue acknowledgement once across concurrent scans, and skips closed incidents', async () => {
    const ds = app!.get(DataSource);
    const [{ id: ownerId }] = await ds.query(
      `INSERT INTO users (email, name, password_hash, roles) VALUES ('o@x.example', 'Owner', 'x', '{owner}') RETURNING id`,
    );
    const departments: { id: string }[] = await ds.query(
      `INSERT INTO departments (code, name) SELECT 'D' || i, 'Dept ' || i FROM generate_series(1, 5) i RETURNING id`,
    );
    const incident = async (n: number, status: string) =>
      (
        await ds.query(
          `INSERT INTO incidents (reference, year, number, title, severity, summary, status, owner_id, owner_name, last_update_at)
           VALUES ($1, 2026, $2, 't', 1, 's', $3, $4, 'Owner', now()) RETURNING id`,
          [`INC-2026-${String(n).padStart(4, '0')}`, n, status, ownerId],
        )
      )[0].id as string;
    const open = await incident(1, 'active');
    const closed = await incident(2, 'closed');
    for (const incidentId of [open, closed]) {
      const [{ id: directiveId }] = await ds.query(
        `INSERT INTO directives (incident_id, text, due_at, issued_by_id, issued_by_name)
         VALUES ($1, 'patch', now() - interval '1 minute', $2, 'Owner') RETURNING id`,
        [incidentId, ownerId],
      );
      await ds.query(
        `INSERT INTO directive_departments (directive_id, department_id) SELECT $1, unnest($2::uuid[])`,
        [directiveId, departments.map((d) => d.id)],
      );
    }
    const scanner = app!.get(DirectiveEscalationService);
    const counts = await Promise.all(
      Array.from({ length: 4 }, () => scanner.escalateOverdue(new Date(), 2)),
    );
    // The module's own repeatable scan may run at the same moment (BullMQ runs a new
    // scheduler's first job at once), so the test's scans may find some already done:
    // the invariant is on the result — exactly one escalation per department.
    expect(counts.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(5);
    // ...and such a scan holds the rows it escalates (SKIP LOCKED) until it commits.
    const escalated = () =>
      ds.query(
        `SELECT seq, data->>'departmentId' AS department FROM events WHERE incident_id = $1 AND type = 'directive.escalated' ORDER BY seq`,
        [open],
      );
    let events: { seq: number; department: string }[] = await escalated();
    for (let i = 0; i < 100 && events.length < 5; i++) {
      await new Promise((r) => setTimeout(r, 50));
      events = await escalated();
    }
    expect(events.map((e: { seq: number }) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(events.map((e: { department: string }) => e.department)).size).toBe(5);
    expect(await scanner.escalateOverdue(new Date())).toBe(0);
    const outbox = await ds.query(
      `SELECT count(*)::int AS n FROM outbox WHERE job_name = 'notify.directive_overdue'`,
    );
    expect(outbox[0].n).toBe(5);
  });
});

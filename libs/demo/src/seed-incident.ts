import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { actorOf, AuthUser } from '@cordon/auth';
import { DEMO_BASELINE } from './council';
import { DemoCleanupTask as CleanupTask, DemoRepository } from './demo.repository';
import { DemoFeatureServices, demoFeatureServices } from './feature-services';
import { describeDemoIncident, DemoIncidentReport } from './incident-report';
import { Prng } from './prng';
import { directiveDueAt, WELCHIA } from './welchia';

/** The demo logins the story needs, by role (ITUs by department code). */
export interface DemoCast {
  owner: AuthUser;
  command: AuthUser;
  itu: Map<string, AuthUser>;
}

/** Two ITUs at work at once, as in the case study; a few calls in flight at a time. */
const PARALLEL = 4;
const SELECTION_SEED = 2003_08_11; // the day Blaster, which Welchia followed, was first seen

async function inParallel<T>(items: T[], work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, items.length) }, worker));
}

/** The same order every time: shuffled by a seeded generator, from host-name order. */
function shuffled<T>(items: T[], seed: number): T[] {
  const rng = new Prng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * The Welchia incident in progress, played through the feature services the API uses,
 * so that its timeline, tasks, directive and broadcast are what real use would leave.
 * Once it exists (found by title) it is left as it is: the incident part runs once.
 */
export async function seedDemoIncident(
  app: INestApplicationContext,
  cast: DemoCast,
): Promise<DemoIncidentReport> {
  const repository = new DemoRepository(app.get(DataSource));
  const services = demoFeatureServices(app);
  const existing = await repository.incidentIdByTitle(WELCHIA.title);
  const id = existing ?? (await playWelchia(services, repository, cast));
  const report = await describeDemoIncident(repository, services, id, cast.owner);
  return { ...report, created: !existing };
}

export function findDemoIncident(dataSource: DataSource): Promise<string | null> {
  return new DemoRepository(dataSource).incidentIdByTitle(WELCHIA.title);
}

async function playWelchia(
  services: DemoFeatureServices,
  repository: DemoRepository,
  cast: DemoCast,
): Promise<string> {
  const { owner, command } = cast;
  const lans = await repository.lansWithDepartment();
  const lanId = (code: string) => {
    const lan = lans.find((l) => l.code === code);
    if (!lan) throw new Error(`the demo council has no LAN ${code}`);
    return lan.id;
  };
  const itu = (department: string) => {
    const user = cast.itu.get(department);
    if (!user) throw new Error(`the demo council has no ITU login for ${department}`);
    return user;
  };

  const incident = await services.lifecycle.create(
    {
      title: WELCHIA.title,
      severity: WELCHIA.severity,
      summary: WELCHIA.summary,
      ownerId: owner.id,
      updateCadenceMinutes: WELCHIA.updateCadenceMinutes,
    },
    owner,
  );
  const departments: readonly string[] = WELCHIA.departments;
  await services.plans.add(
    incident.id,
    { lanIds: lans.filter((l) => departments.includes(l.department)).map((l) => l.id) },
    owner,
  );
  const directive = await services.directives.issue(
    incident.id,
    {
      text: WELCHIA.directive.text,
      allDepartments: true,
      dueAt: directiveDueAt(new Date(), WELCHIA.directive.dueHourUtc).toISOString(),
    },
    owner,
  );
  for (const code of WELCHIA.closedLans) {
    for (const to of ['shut_down', 'cleaning'] as const) {
      await services.transitions.transition(
        incident.id,
        lanId(code),
        { to, reason: WELCHIA.closeReason },
        owner,
      );
    }
  }
  const broadcast = await services.broadcasts.create(
    incident.id,
    {
      audience: {
        departmentIds: await repository.departmentIds(WELCHIA.departments),
      },
      channels: ['email', 'sms'],
      subject: WELCHIA.broadcast.subject,
      body: WELCHIA.broadcast.body,
      requireAck: true,
    },
    WELCHIA.broadcast.idempotencyKey,
    owner,
  );
  for (const code of WELCHIA.directive.acknowledgedBy) {
    await services.directives.acknowledge(directive.id, itu(code));
  }
  const untouched = await cleanUp(services, repository, incident.id, itu);
  await acknowledge(services, repository, broadcast.id, command);
  const detected = untouched.filter((t) =>
    t.hostname.startsWith(`${WELCHIA.detections.lan.toLowerCase()}-`),
  );
  for (const task of detected.slice(0, WELCHIA.detections.count)) {
    await services.detections.record(
      {
        hostname: task.hostname,
        signature: WELCHIA.detections.signature,
        source: WELCHIA.detections.source,
      },
      actorOf(command),
    );
  }
  await services.lifecycle.postUpdate(incident.id, { message: WELCHIA.update }, owner);
  return incident.id;
}

/**
 * Each closed LAN's ITU claims a share of its cleanup tasks and completes most of them
 * with evidence meeting the baseline; the rest stay claimed, in progress. Answers the
 * tasks nobody has touched.
 */
async function cleanUp(
  services: DemoFeatureServices,
  repository: DemoRepository,
  incidentId: string,
  itu: (department: string) => AuthUser,
): Promise<CleanupTask[]> {
  const untouched: CleanupTask[] = [];
  const work: { task: CleanupTask; done: boolean }[] = [];
  for (const code of WELCHIA.closedLans) {
    const tasks = await repository.cleanupTasks(incidentId, code);
    const order = shuffled(tasks, SELECTION_SEED);
    const done = Math.round(order.length * WELCHIA.doneShare);
    const claimed = done + Math.round(order.length * WELCHIA.claimedShare);
    order.forEach((task, i) => {
      if (i < claimed) work.push({ task, done: i < done });
      else untouched.push(task);
    });
  }
  await inParallel(work, async ({ task, done }) => {
    const user = itu(task.departmentCode);
    await services.claims.claim(task.id, user);
    if (!done) return;
    await services.completion.complete(
      task.id,
      {
        note: 'Patched, signatures updated, full scan clean',
        evidence: {
          patches: [...DEMO_BASELINE.requiredPatches],
          avSignatureDate: WELCHIA.evidence.avSignatureDate,
          scanClean: WELCHIA.evidence.scanClean,
          ...(task.avProduct ? {} : { avProduct: WELCHIA.evidence.avProduct }),
        },
      },
      user,
    );
  });
  return untouched;
}

/** Some staff acknowledge by the link in their email; a few by phone, recorded by hand. */
async function acknowledge(
  services: DemoFeatureServices,
  repository: DemoRepository,
  broadcastId: string,
  command: AuthUser,
): Promise<void> {
  const recipients = await repository.recipientTokens(broadcastId);
  const every = WELCHIA.broadcast.linkAckEvery;
  const byLink = recipients.filter((r, i) => i % every === 0 && r.token);
  const byPhone = recipients
    .filter((_, i) => i % every === 2)
    .slice(0, WELCHIA.broadcast.consoleAcks);
  await inParallel(byLink, (r) => services.acknowledgements.byToken(r.token as string));
  for (const r of byPhone) {
    await services.acknowledgements.byHand(
      broadcastId,
      { staffId: r.recipientId, note: WELCHIA.broadcast.consoleNote },
      command,
    );
  }
}

import { INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AuthModule, AuthUser, UsersService } from '@cordon/auth';
import type { StatusView } from '@cordon/contracts';
import { DepartmentsService, DirectoryModule, LansService, SitesService } from '@cordon/directory';
import {
  IncidentLifecycleService,
  LanPlansService,
  LanTransitionsService,
  PublicStatus,
} from '@cordon/incidents';
import { AppConfig, AppLogger, PlatformModule, SYSTEM_ACTOR } from '@cordon/platform';
import { createTestDatabase, testConfig, TestDatabase } from '@cordon/platform/testing';
import { LiveFeed } from './live-feed';
import { LiveModule } from './live.module';
import { StatusService } from './status.service';

@Module({})
class StatusCacheTestModule {
  static forRoot(config: AppConfig) {
    return {
      module: StatusCacheTestModule,
      imports: [PlatformModule.forRoot(config), AuthModule, DirectoryModule, LiveModule.forRoot()],
    };
  }
}

/** One api process: its URL, how many times it read the status from PostgreSQL, its feed. */
interface Process {
  app: INestApplication;
  url: string;
  reads: jest.SpyInstance;
  /** Resolves when this process hears that the incident's stream committed. */
  heard: (incidentId: string) => Promise<void>;
}

async function start(config: AppConfig): Promise<Process> {
  const app = await NestFactory.create(StatusCacheTestModule.forRoot(config), {
    logger: new AppLogger('test', 'error', () => undefined),
  });
  await app.listen(0, '127.0.0.1');
  const waiting: { stream: string; resolve: () => void }[] = [];
  app.get(LiveFeed).onCommittedStreams((streams) => {
    for (const w of waiting.splice(0))
      if (streams === '*' || streams.includes(w.stream)) w.resolve();
      else waiting.push(w);
  });
  return {
    app,
    url: `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`,
    // counts the real reads (the method still runs): a reader served from the cache adds none
    reads: jest.spyOn(app.get(PublicStatus), 'current'),
    heard: (incidentId) =>
      new Promise((resolve) => waiting.push({ stream: `incident:${incidentId}`, resolve })),
  };
}

const read = async (url: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${url}/status`, { headers });
  return {
    status: res.status,
    etag: res.headers.get('etag'),
    encoding: res.headers.get('content-encoding'),
    body: res.status === 200 ? ((await res.json()) as StatusView) : null,
  };
};

describe(StatusService.name, () => {
  let db: TestDatabase | undefined;
  const processes: Process[] = [];
  let owner: AuthUser;
  let incidentId: string;
  let lanId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = testConfig(db.url);
    processes.push(await start(config), await start(config));
    const app = processes[0]!.app;
    const admin = await app.get(UsersService).create(
      {
        email: 'admin@test.example',
        name: 'Ada Admin',
        password: 'long-password',
        roles: ['admin'],
      },
      SYSTEM_ACTOR,
    );
    owner = { ...admin, departmentId: null } as AuthUser;
    const dept = await app.get(DepartmentsService).create({ code: 'SOC', name: 'Social' }, owner);
    const site = await app.get(SitesService).create({ code: 'HALL', name: 'Civic Hall' }, owner);
    const lan = await app
      .get(LansService)
      .create(
        { code: 'SOC-HALL', name: 'SOC at Hall', siteId: site.id, departmentId: dept.id },
        owner,
      );
    lanId = lan.id;
    const incident = await app
      .get(IncidentLifecycleService)
      .create({ title: 'Welchia', severity: 1, summary: 'worm' }, owner);
    incidentId = incident.id;
    const heard = processes.map((p) => p.heard(incidentId));
    await app.get(LanPlansService).add(incidentId, { lanIds: [lanId] }, owner);
    await Promise.all(heard);
  });
  afterAll(async () => {
    for (const p of processes) await p.app.close();
    await db?.drop();
  });

  const phases = (view: StatusView | null) =>
    view?.incidents.flatMap((i) => i.lans.map((l) => l.phase));

  it('reads once per change however many read, and the read after a LAN phase change shows it, in each process', async () => {
    const crowd = (url: string) => Promise.all(Array.from({ length: 100 }, () => read(url)));
    await Promise.all(processes.map((p) => crowd(p.url)));
    await new Promise((r) => setTimeout(r, 700)); // past the push interval: quiet
    for (const p of processes) p.reads.mockClear();
    // a crowd and another: served from the cache, no read
    for (let i = 0; i < 2; i++) {
      const answers = await Promise.all(processes.map((p) => crowd(p.url)));
      for (const a of answers.flat())
        expect([a.status, phases(a.body)]).toEqual([200, ['planned']]);
    }
    expect(processes.map((p) => p.reads.mock.calls.length)).toEqual([0, 0]);

    // the owner shuts the LAN down through the first process; both hear the commit
    const heard = processes.map((p) => p.heard(incidentId));
    await processes[0]!.app
      .get(LanTransitionsService)
      .transition(incidentId, lanId, { to: 'shut_down', reason: 'worm' }, owner);
    await Promise.all(heard);
    // no socket watches the status here: the notification alone reads nothing
    expect(processes.map((p) => p.reads.mock.calls.length)).toEqual([0, 0]);
    for (let i = 0; i < 2; i++) {
      const answers = await Promise.all(processes.map((p) => crowd(p.url)));
      for (const a of answers.flat())
        expect([a.status, phases(a.body)]).toEqual([200, ['shut_down']]);
    }
    // one read per process for the change, by its first reader
    expect(processes.map((p) => p.reads.mock.calls.length)).toEqual([1, 1]);
  });

  it('answers 304 to the tag it gave, gzip to a reader that accepts it, with no read', async () => {
    const p = processes[1]!;
    const first = await read(p.url, { 'accept-encoding': 'gzip' });
    expect(first.status).toBe(200);
    expect(first.encoding).toBe('gzip');
    expect(first.etag).toMatch(/^"[\w-]+"$/);
    p.reads.mockClear();
    const again = await read(p.url, { 'if-none-match': `W/${first.etag}` });
    expect(again.status).toBe(304);
    expect(p.reads).not.toHaveBeenCalled();
    const other = await read(p.url, { 'if-none-match': '"something-else"' });
    expect(other.status).toBe(200);
    expect(other.etag).toBe(first.etag);
  });
});

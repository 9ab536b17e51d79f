import type { Page } from 'playwright-core';
import type { Device } from '../testing/browser';
import { ConsoleSession, startConsoleSession } from '../testing/console-session';
import type { ConsoleWorld } from '../testing/console-world';
import { as, GOOD_EVIDENCE } from '../testing/incident-fixture';

/** The status page's budget on the wire (README, docs/benchmarks.md). */
const STATUS_PAGE_BUDGET_BYTES = 30 * 1024;

/**
 * Every screen of the console at desktop and phone width, with an incident in progress
 * behind it: each is scanned for accessibility (no serious or critical violation) and
 * photographed into docs/screenshots for the README.
 */
describe('every screen, at desktop and phone width', () => {
  let session: ConsoleSession;
  let world: ConsoleWorld;
  let incidentId: string;
  const page = (email: string | null, device: Device) => session.page(email, device);

  beforeAll(async () => {
    session = await startConsoleSession();
    world = session.world;
    // an incident in progress: a LAN cleaning with a task done, one claimed, a directive
    // acknowledged by one department, a broadcast sent, a fault report
    const owner = as(world.api, world.owner.token);
    const itu = as(world.api, world.itu.token);
    const { council } = world;
    incidentId = (
      await owner
        .post('incidents', {
          title: 'W32.Welchia in Social Services and Education',
          severity: 1,
          summary: 'Hosts scanning TCP 135 in two departments',
        })
        .expect(201)
    ).body.id;
    await owner
      .post(`incidents/${incidentId}/lans`, {
        lanIds: [council.lans['SOC-HALL'], council.lans['EDU-HALL']],
      })
      .expect(201);
    const lan = council.lans['SOC-HALL'];
    await owner
      .post(`incidents/${incidentId}/lans/${lan}/transitions`, {
        to: 'shut_down',
        reason: 'scanning',
      })
      .expect(200);
    await owner
      .post(`incidents/${incidentId}/lans/${lan}/transitions`, { to: 'cleaning' })
      .expect(200);
    const tasks = (await itu.get(`tasks?incidentId=${incidentId}`).expect(200)).body.items;
    await itu.post(`tasks/${tasks[0].id}/claim`).expect(200);
    await itu.post(`tasks/${tasks[0].id}/complete`, { evidence: GOOD_EVIDENCE }).expect(200);
    await itu.post(`tasks/${tasks[1].id}/claim`).expect(200);
    const directive = await owner
      .post(`incidents/${incidentId}/directives`, {
        text: 'Install the RPC patch on every machine by 18:00',
        allDepartments: true,
        dueAt: new Date(Date.now() + 4 * 3600_000).toISOString(),
      })
      .expect(201);
    await itu.post(`directives/${directive.body.id}/acknowledge`).expect(200);
    await owner
      .post(`incidents/${incidentId}/updates`, {
        message: 'Social Services, Civic Hall is closed for cleaning.',
      })
      .expect(201);
    await world.api
      .http()
      .post('/api/v1/status/fault-reports')
      .send({ lanId: lan, reporterName: 'Pat Jones', description: 'My PC is slow' })
      .expect(201);
  }, 120_000);

  afterAll(() => session?.close(), 60_000);

  const screens: {
    name: string;
    who: () => string | null;
    path: () => string;
    ready: (p: Page) => Promise<unknown>;
  }[] = [
    {
      name: 'board',
      who: () => world.owner.email,
      path: () => '/incidents',
      ready: (p) =>
        p
          .getByRole('link', { name: /W32\.Welchia/ })
          .first()
          .waitFor(),
    },
    {
      name: 'incident',
      who: () => world.owner.email,
      path: () => `/incidents/${incidentId}`,
      ready: (p) => p.getByTestId('lan-SOC-HALL').waitFor(),
    },
    {
      name: 'broadcast-desk',
      who: () => world.owner.email,
      path: () => `/incidents/${incidentId}/broadcast`,
      ready: (p) => p.getByRole('button', { name: 'Send broadcast' }).waitFor(),
    },
    {
      name: 'queue',
      who: () => world.colleague.email,
      path: () => '/queue',
      ready: (p) =>
        p
          .getByTestId(/^task-/)
          .first()
          .waitFor(),
    },
    {
      name: 'admin',
      who: () => world.admin.email,
      path: () => '/admin',
      ready: (p) => p.getByRole('heading').first().waitFor(),
    },
    {
      name: 'status',
      who: () => null,
      path: () => '/status',
      ready: (p) => p.getByTestId('status-lan-SOC-HALL').waitFor(),
    },
  ];

  for (const device of ['desktop', 'phone'] as const) {
    for (const screen of screens) {
      it(`shows ${screen.name} on a ${device}`, async () => {
        const p = await page(screen.who(), device);
        await p.goto(screen.path());
        await screen.ready(p);
        await session.look(p, `screen-${screen.name}`, device);
      }, 60_000);
    }
  }

  it('sends a phone the status page within its budget: 30 kB on the wire for HTML, JS and CSS', async () => {
    const p = await page(null, 'phone');
    const loads: Promise<number>[] = [];
    p.on('requestfinished', (request) => {
      if (['document', 'script', 'stylesheet'].includes(request.resourceType()))
        loads.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
    });
    await p.goto('/status');
    await p.getByTestId('status-lan-SOC-HALL').waitFor();
    await p.waitForLoadState('networkidle');
    const bytes = (await Promise.all(loads)).reduce((a, b) => a + b, 0);
    expect(loads.length).toBeGreaterThanOrEqual(3); // the page, its script, its stylesheet
    expect(bytes).toBeGreaterThan(5 * 1024); // compressed, but not nothing
    expect(bytes).toBeLessThanOrEqual(STATUS_PAGE_BUDGET_BYTES);
  }, 60_000);

  it('has no serious or critical accessibility violation on any of them', () => {
    expect(session.problems).toEqual([]);
  });
});

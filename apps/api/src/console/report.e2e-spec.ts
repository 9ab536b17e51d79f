import type { Page } from 'playwright-core';
import { as, GOOD_EVIDENCE } from '../testing/incident-fixture';
import { ConsoleSession, startConsoleSession } from '../testing/console-session';

/**
 * The incident report and the metrics in a real browser: the owner opens the report from
 * the incident page, sees its charts drawn, watches it follow a completion live, prints
 * it (print media hides the console around it; the PDF is made) and downloads JSON and
 * Markdown; the metrics screen lists the incident with its figures.
 */
describe('the incident report and metrics screens', () => {
  let session: ConsoleSession;
  let incidentId: string;
  let reference: string;
  let tasks: { id: string }[];
  let owner: Page;

  beforeAll(async () => {
    session = await startConsoleSession(6);
    const { api, council, owner: o, itu } = session.world;
    const asOwner = as(api, o.token);
    const created = await asOwner
      .post('incidents', {
        title: 'W32.Welchia on the Civic Hall network',
        severity: 1,
        summary: 'Hosts scanning TCP 135',
        ownerId: o.id,
      })
      .expect(201);
    incidentId = created.body.id;
    reference = created.body.reference;
    const inc = `incidents/${incidentId}`;
    const lan = council.lans['SOC-HALL'];
    await asOwner.post(`${inc}/lans`, { lanIds: [lan] }).expect(201);
    await asOwner
      .post(`${inc}/lans/${lan}/transitions`, { to: 'shut_down', notifyStaff: false })
      .expect(200);
    tasks = (await asOwner.get(`tasks?incidentId=${incidentId}`).expect(200)).body.items;
    for (const t of tasks.slice(0, 2)) {
      await as(api, itu.token).post(`tasks/${t.id}/claim`).expect(200);
      await as(api, itu.token)
        .post(`tasks/${t.id}/complete`, { note: 'rebuilt', evidence: GOOD_EVIDENCE })
        .expect(200);
    }
    await asOwner
      .post(`${inc}/updates`, { message: 'SOC-HALL is shut down; two machines clean' })
      .expect(201);
  }, 180_000);
  afterAll(() => session?.close(), 60_000);

  it('opens the report from the incident page with its charts drawn', async () => {
    owner = await session.page(session.world.owner.email);
    await owner.goto(`/incidents/${incidentId}`);
    await owner.getByRole('link', { name: 'Report', exact: true }).click();
    await owner.waitForURL(new RegExp(`/incidents/${incidentId}/report$`));
    const frame = owner.frameLocator('iframe.report-frame');
    await frame.getByRole('heading', { name: new RegExp(`${reference}: W32.Welchia`) }).waitFor();
    await frame.getByText('2 of 3 (0 waived)').waitFor();
    const line = frame.locator('svg.chart path[data-series="unverified"]');
    expect(await line.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+H/);
    expect(await frame.locator('svg.chart').count()).toBe(2); // burndown, verified per day
  }, 60_000);

  it('follows the incident live', async () => {
    const { api, itu } = session.world;
    const last = tasks[2];
    await as(api, itu.token).post(`tasks/${last.id}/claim`).expect(200);
    await as(api, itu.token)
      .post(`tasks/${last.id}/complete`, { note: 'rebuilt', evidence: GOOD_EVIDENCE })
      .expect(200);
    await owner.frameLocator('iframe.report-frame').getByText('3 of 3 (0 waived)').waitFor();
  }, 60_000);

  it('prints without the console around it and downloads JSON and Markdown', async () => {
    await session.look(owner, 'report', 'desktop');
    await owner.emulateMedia({ media: 'print' });
    expect(await owner.locator('header.top nav').isHidden()).toBe(true);
    expect(await owner.getByRole('button', { name: 'Print / save as PDF' }).isHidden()).toBe(true);
    const pdf = await owner.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect(pdf.length).toBeGreaterThan(5_000);
    await owner.emulateMedia({ media: 'screen' });
    expect(await owner.locator('header.top nav').isVisible()).toBe(true);

    for (const [button, name] of [
      ['Download JSON', `${reference}-report.json`],
      ['Download Markdown', `${reference}-report.md`],
    ]) {
      const [file] = await Promise.all([
        owner.waitForEvent('download'),
        owner.getByRole('button', { name: button }).click(),
      ]);
      expect(file.suggestedFilename()).toBe(name);
    }

    const phone = await session.page(session.world.owner.email, 'phone');
    await phone.goto(`/incidents/${incidentId}/report`);
    await phone.frameLocator('iframe.report-frame').getByText('3 of 3 (0 waived)').waitFor();
    await session.look(phone, 'report', 'phone');
  }, 90_000);

  it('shows the metrics across incidents as tables', async () => {
    await owner.getByRole('link', { name: 'Metrics' }).click();
    await owner.getByRole('heading', { name: 'Metrics across incidents' }).waitFor();
    const row = owner.getByRole('row', { name: new RegExp(reference) });
    await row.waitFor();
    expect(await row.getByRole('cell').nth(4).textContent()).toBe('3'); // machines when planned
    await owner
      .getByRole('table', { name: 'Tasks by department' })
      .getByRole('row', { name: /SOC/ })
      .waitFor();
    await session.look(owner, 'metrics', 'desktop');
    expect(session.problems).toEqual([]);
  }, 60_000);
});

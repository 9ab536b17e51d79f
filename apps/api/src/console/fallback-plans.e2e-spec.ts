import { randomUUID } from 'node:crypto';
import { PatchFailureIncidents } from '@cordon/patching';
import { as, DEVICE_HEADER } from '../testing/incident-fixture';
import { ConsoleSession, startConsoleSession } from '../testing/console-session';

/**
 * Critical services in a real browser: the owner writes the mail-scanning service's
 * fall-back plan (servers and standby found by host name, steps in order with first
 * steps ticked, who decides, an old review warned about); a blank step is refused
 * beside it. A failed patch on its server then opens an incident whose page shows the
 * plan, with each first step's task and its state.
 */
describe('critical services and fall-back plans (owner, ITU)', () => {
  let session: ConsoleSession;
  let incidentId: string;

  beforeAll(async () => {
    session = await startConsoleSession(4);
    const { api, council } = session.world;
    await as(api, council.admin)
      .csv(
        'devices/import',
        [
          DEVICE_HEADER,
          'soc-mail-1,10.20.1.40,SOC-HALL,SOC,Windows 2000 Advanced Server,,Sophos,2026-01-15',
          'soc-spare-1,10.20.1.41,SOC-HALL,SOC,Windows 2000 Server SP4,,Sophos,2026-01-15',
        ].join('\n'),
      )
      .expect(200);
  }, 180_000);
  afterAll(() => session?.close(), 60_000);

  it('writes the mail-scanning plan, refusing a blank step beside it and warning of an old review', async () => {
    const p = await session.page(session.world.owner.email, 'desktop');
    await p.goto('/patching/services');
    await p.getByRole('heading', { name: 'Critical services and fall-back plans' }).waitFor();
    await p.getByRole('button', { name: 'Add a critical service' }).click();
    await p.getByLabel('Service', { exact: true }).fill('Mail scanning');
    await p
      .getByLabel('What it does', { exact: true })
      .fill('Spam, content and virus scanning of all mail, in and out');
    await p.getByLabel('Find a server', { exact: true }).fill('mail');
    await p.getByRole('button', { name: 'Add soc-mail-1' }).click();
    await p.getByLabel('Step 1', { exact: true }).fill('Tell the help desk that mail is delayed');
    await p.getByRole('button', { name: 'Add a step' }).click();
    await p.getByRole('button', { name: 'Add a step' }).click();
    await p
      .getByLabel('Step 3', { exact: true })
      .fill('Rebuild the live server from the build notes');
    await p.getByLabel('Find a standby device (optional)', { exact: true }).fill('spare');
    await p.getByRole('button', { name: 'Use soc-spare-1' }).click();
    await p
      .getByLabel('Or describe it', { exact: true })
      .fill('Anti-virus scanning only while the live server is rebuilt');
    await p.getByLabel('Who decides', { exact: true }).selectOption({ label: 'Margaret Hale' });
    await p.getByLabel('Last reviewed', { exact: true }).fill('2025-01-10');
    await p.getByText('Review overdue: walk through the steps').waitFor();

    await p.getByRole('button', { name: 'Save the plan' }).click();
    await p
      .locator('.field-error')
      .getByText(/must not be empty/)
      .waitFor();
    expect(await p.getByLabel('Step 2', { exact: true }).getAttribute('aria-invalid')).toBe('true');

    await p
      .getByLabel('Step 2', { exact: true })
      .fill('Bring up the standby scanner with anti-virus scanning only');
    await p.getByText('First step (a task at once)').nth(1).click();
    await p.getByRole('button', { name: 'Save the plan' }).click();
    await p.getByRole('status').getByText('Mail scanning saved (version 1).').waitFor();
    const card = p.getByTestId('service-Mail scanning');
    expect(await card.textContent()).toMatch(/Review overdue.*Last reviewed 10 Jan 2025/);
    expect(await card.textContent()).toContain('3 steps, 2 first steps');
    await p.getByRole('button', { name: 'Edit Mail scanning' }).click();
    await p.getByRole('heading', { name: 'Change Mail scanning' }).waitFor();
    await session.look(p, 'critical-services', 'desktop');
  }, 90_000);

  it('shows the plan attached to the incident a failed patch opened, with each first step’s task', async () => {
    const { api, itu, owner, council } = session.world;
    const devices = (await as(api, owner.token).get('devices?q=soc-mail-1').expect(200)).body.items;
    const ref = await api.app.get(PatchFailureIncidents, { strict: false }).openForFailedPatch(
      {
        campaignId: randomUUID(),
        advisoryId: randomUUID(),
        identifier: 'MS03-026',
        patch: 'KB823980',
        deviceId: devices[0].id,
        hostname: 'soc-mail-1',
        departmentId: council.departments.SOC,
        note: 'went into a reboot cycle after the update',
      },
      {
        id: itu.id,
        email: itu.email,
        name: itu.name,
        roles: ['itu'],
        departmentId: council.departments.SOC,
      },
    );
    incidentId = ref!.incidentId;
    const tasks = (await as(api, owner.token).get(`tasks?incidentId=${incidentId}`).expect(200))
      .body.items;
    const first = tasks.find((t: { title: string }) => t.title.includes('step 1'));
    await as(api, itu.token).post(`tasks/${first.id}/claim`).expect(200);

    const p = await session.page(owner.email, 'desktop');
    await p.goto(`/incidents/${incidentId}`);
    const panel = p.getByTestId('fallback-panel');
    await panel.getByRole('heading', { name: 'Fall-back plan: Mail scanning' }).waitFor();
    const text = await panel.textContent();
    expect(text).toContain('Patch KB823980 (MS03-026) failed on live server soc-mail-1');
    expect(text).toContain('Margaret Hale');
    expect(text).toContain('soc-spare-1');
    const steps = panel.locator('.fallback-steps li');
    expect(await steps.count()).toBe(3);
    expect(await steps.nth(0).textContent()).toContain('Task claimed by Ivan Petrov');
    expect(await steps.nth(1).textContent()).toContain('Task open');
    expect(await steps.nth(2).textContent()).toContain('Later step (not a task yet)');
    await p
      .getByText("Fall-back plan 'Mail scanning' attached: patch MS03-026 failed on soc-mail-1")
      .waitFor();
    await session.look(p, 'fallback-plan', 'desktop');

    const phone = await session.page(itu.email, 'phone');
    await phone.goto(`/incidents/${incidentId}`);
    await phone.getByRole('heading', { name: 'Fall-back plan: Mail scanning' }).waitFor();
    await phone
      .getByTestId('fallback-panel')
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await session.look(phone, 'fallback-plan', 'phone');
  }, 90_000);

  it('lets an ITU member read the plan on the services screen without changing it', async () => {
    const p = await session.page(session.world.itu.email, 'desktop');
    await p.goto('/patching/services');
    await p.getByTestId('service-Mail scanning').waitFor();
    expect(await p.getByRole('button', { name: 'Edit Mail scanning' }).count()).toBe(0);
    expect(await p.getByRole('button', { name: 'Add a critical service' }).count()).toBe(0);
  }, 60_000);

  it('has no serious accessibility problem on these screens', () => {
    expect(session.problems).toEqual([]);
  });
});

import type { Page } from 'playwright-core';
import { trackApiReads, type Device } from '../testing/browser';
import { ConsoleSession, startConsoleSession } from '../testing/console-session';
import type { ConsoleWorld } from '../testing/console-world';

/**
 * The founding story through the screens, in a real browser: the owner declares and
 * shuts a LAN down, two ITU members race for a task, evidence falls short, the reopen
 * is refused and then allowed, staff are told, and the status page follows on a phone.
 * Every screen on the way is scanned for accessibility and photographed.
 */
describe('the console, as its people use it', () => {
  let session: ConsoleSession;
  let world: ConsoleWorld;
  const look = (page: Page, name: string, device: Device = 'desktop') =>
    session.look(page, name, device);
  const open = (email: string, device: Device = 'desktop') => session.page(email, device);

  beforeAll(async () => {
    session = await startConsoleSession();
    world = session.world;
  }, 120_000);
  afterAll(() => session?.close(), 60_000);

  let owner: Page;
  let incidentUrl: string;
  /** A member of staff's phone, on the status page from the shutdown on, never reloaded. */
  let staff: Page;
  const staffLan = (code: string) => staff.getByTestId(`status-lan-${code}`);

  it("shows the sign-in form and the api's words when the password is wrong", async () => {
    const page = await session.page(null);
    await page.goto('/');
    await look(page, 'sign-in');
    await page.getByLabel('Email').fill(world.owner.email);
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectVisible(page.getByRole('alert'));
    expect(await page.getByRole('alert').textContent()).toMatch(/password|credentials/i);
    const onPhone = await session.page(null, 'phone');
    await onPhone.goto('/');
    await look(onPhone, 'sign-in', 'phone');
  }, 60_000);

  it('lets the owner declare an incident, put LANs in the plan and shut one down', async () => {
    owner = await open(world.owner.email);
    await owner.getByRole('heading', { name: 'Incidents' }).waitFor();
    await owner.getByRole('button', { name: 'Declare an incident' }).click();
    await owner.getByLabel('Title').fill('W32.Welchia in Social Services and Education');
    await owner.getByLabel('Summary').fill('Hosts scanning TCP 135 in two departments');
    await owner.getByRole('button', { name: 'Declare', exact: true }).click();
    await owner.waitForURL(/\/incidents\/[0-9a-f-]{36}$/);
    incidentUrl = new URL(owner.url()).pathname;
    await owner.getByText('Margaret Hale').first().waitFor();

    await owner.getByRole('button', { name: /Add LANs/ }).click();
    await owner.getByRole('checkbox', { name: /SOC-HALL/ }).check();
    await owner.getByRole('checkbox', { name: /EDU-HALL/ }).check();
    await owner
      .getByRole('dialog')
      .getByRole('button', { name: /^Add .*plan/ })
      .click();
    const lan = owner.getByTestId('lan-SOC-HALL');
    await lan.waitFor();

    staff = await session.page(null, 'phone');
    staff.setDefaultTimeout(20_000);
    await staff.goto('/status');
    await staffLan('SOC-HALL')
      .getByText(/planned/i)
      .waitFor();
    await staff.evaluate(() => Object.assign(globalThis, { openedOnce: true }));
    await look(staff, 'journey-status', 'phone');

    await lan.getByRole('button', { name: 'Shut down' }).click();
    await owner.getByLabel('Reason').fill('Welchia scanning from this LAN');
    await owner.getByRole('dialog').getByRole('button', { name: 'Shut down' }).click();
    await lan.getByRole('button', { name: 'Start cleaning' }).waitFor();
    await staffLan('SOC-HALL')
      .getByText(/shut down/i)
      .waitFor();
    await look(owner, 'journey-lan-shut-down');
    await owner.goto('/incidents');
    await owner
      .getByRole('link', { name: 'W32.Welchia in Social Services and Education' })
      .waitFor();
    await look(owner, 'journey-board');
    await owner.goto(incidentUrl);
  }, 90_000);

  it("takes a claimed task off a colleague's unclaimed list without a reload, and names a patch the evidence lacks", async () => {
    const ivan = await open(world.itu.email);
    const sue = await open(world.colleague.email);
    const host = world.hosts[0];
    await ivan.getByTestId(`task-${host}`).waitFor();
    await sue.getByTestId(`task-${host}`).waitFor();
    await look(sue, 'journey-queue');

    await ivan.getByTestId(`task-${host}`).getByRole('button', { name: 'Claim' }).click();
    await sue
      .getByTestId(`task-${host}`)
      .getByRole('button', { name: 'Claim' })
      .waitFor({ state: 'detached' });
    expect(
      await sue.getByTestId(`task-${host}`).getByRole('button', { name: 'Claim' }).count(),
    ).toBe(0);

    // completing with a patch left out shows that patch
    await ivan.getByRole('tab', { name: /^Mine/ }).click();
    const row = ivan.getByTestId(`task-${host}`);
    await row.getByRole('button', { name: 'Complete' }).click();
    await ivan.getByLabel('Scan clean').check();
    await ivan.getByLabel('Signature date').fill('2026-02-10');
    await ivan.getByRole('button', { name: 'Submit evidence' }).click();
    await ivan
      .getByText(/MS03-039/)
      .first()
      .waitFor();
    expect(await ivan.getByRole('alert').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/MS03-039/)]),
    );
    await look(ivan, 'journey-evidence-missing');

    // with every patch, the task is done
    await ivan.getByRole('checkbox', { name: 'MS03-026' }).check();
    await ivan.getByRole('checkbox', { name: 'MS03-039' }).check();
    await ivan.getByRole('button', { name: 'Submit evidence' }).click();
    await ivan.getByText(`${host}: completed with evidence; it is in Done.`).waitFor();

    const phone = await open(world.itu.email, 'phone');
    await phone.getByRole('heading').first().waitFor();
    await look(phone, 'journey-queue', 'phone');
  }, 90_000);

  it('tells a colleague cut off from the live feed that she lost the race, and to whom', async () => {
    const sue = await open(world.colleague.email);
    // her connection to /live is cut (websocket and polling): the header says so
    await sue.routeWebSocket(/socket\.io/, (ws) => ws.close());
    await sue.route(/socket\.io/, (route) => route.abort());
    const reads = trackApiReads(sue);
    await sue.reload();
    await sue.getByText(/^(Connecting|Reconnecting)…$/).waitFor();
    const host = world.hosts[1];
    await sue.getByTestId(`task-${host}`).getByRole('button', { name: 'Claim' }).waitFor();
    // the queue reads its lists once more when it learns where the log ends: after
    // that, nothing tells her list of the claim below
    await reads.settled();
    const tasks = await fetch(`${world.api.url}/api/v1/tasks?status=open&limit=50`, {
      headers: { authorization: `Bearer ${world.itu.token}` },
    }).then((r) => r.json() as Promise<{ items: { id: string; title: string }[] }>);
    const task = tasks.items.find((t) => t.title.includes(host));
    const claimed = await fetch(`${world.api.url}/api/v1/tasks/${task!.id}/claim`, {
      method: 'POST',
      headers: { authorization: `Bearer ${world.itu.token}` },
    });
    expect(claimed.status).toBe(200);
    // her list is stale: she tries, and is told who has it
    await sue.getByTestId(`task-${host}`).getByRole('button', { name: 'Claim' }).click();
    await sue
      .getByText(new RegExp(`${host}: Already claimed by Ivan Petrov at \\d{2}:\\d{2}`))
      .waitFor();
    await sue.getByTestId(`task-${host}`).waitFor({ state: 'detached' });
  }, 60_000);

  it('refuses the reopen with the blockers on screen, then reopens once the rest are waived', async () => {
    const lan = owner.getByTestId('lan-SOC-HALL');
    await lan.getByRole('button', { name: 'Start cleaning' }).click();
    await owner.getByRole('dialog').getByRole('button', { name: 'Start cleaning' }).click();
    await lan.getByRole('button', { name: 'Reopen' }).click();
    await owner.getByRole('dialog').getByRole('button', { name: 'Reopen' }).click();
    await lan.getByRole('heading', { name: 'Why SOC-HALL cannot reopen' }).waitFor();
    for (const host of world.hosts.slice(1)) await owner.getByTestId(`blocker-${host}`).waitFor();
    expect(await owner.getByTestId(`blocker-${world.hosts[0]}`).count()).toBe(0);
    await look(owner, 'journey-reopen-blocked');

    for (const host of world.hosts.slice(1)) {
      await owner.getByRole('button', { name: `Waive ${host}` }).click();
      await owner.getByRole('dialog').getByLabel('Reason').fill('Unplugged for good: replaced');
      await owner.getByRole('dialog').getByRole('button', { name: 'Waive' }).click();
      await owner.getByTestId(`blocker-${host}`).waitFor({ state: 'detached' });
    }
    await lan.getByRole('button', { name: 'Reopen' }).click();
    await owner.getByRole('dialog').getByRole('button', { name: 'Reopen' }).click();
    await owner.getByTestId('column-reopened').getByTestId('lan-SOC-HALL').waitFor();
    await staffLan('SOC-HALL')
      .getByText(/back in service/i)
      .waitFor();
  }, 90_000);

  it('sends a broadcast once and shows its progress reach completed', async () => {
    await owner.goto(`${incidentUrl}/broadcast`);
    await owner.getByRole('checkbox', { name: /All staff/i }).check();
    await owner
      .getByText(/reaches|staff/i)
      .first()
      .waitFor();
    await owner.getByLabel('Subject').fill('{{reference}}: network closed for cleaning');
    await owner.getByRole('button', { name: 'Send broadcast' }).click();
    await owner.getByRole('dialog').getByRole('button', { name: 'Send' }).click();
    await owner
      .getByText(/Completed/)
      .first()
      .waitFor({ timeout: 45_000 });
    await look(owner, 'journey-broadcast-completed');
  }, 90_000);

  it('has kept staff informed on the same page, never reloaded, and answers a fault report there', async () => {
    expect(await staff.evaluate(() => 'openedOnce' in globalThis)).toBe(true);
    await staff.getByLabel('Site').selectOption({ label: 'Civic Hall' });
    await staff
      .getByLabel('LAN', { exact: true })
      .selectOption({ label: 'Social Services, Civic Hall' });
    await staff.getByLabel('Your name').fill('Pat Jones');
    await staff.getByLabel('How to reach you').fill('ext 4021');
    await staff.getByLabel('What is wrong').fill('My PC is slow since the network came back');
    await staff.getByRole('button', { name: 'Report the fault' }).click();
    await staff
      .getByRole('status')
      .getByText(/INC-\d{4}-\d{4}/)
      .waitFor();
    await look(staff, 'journey-fault-answered', 'phone');
    const wide = await session.page(null);
    await wide.goto('/status');
    await wide
      .getByTestId('status-lan-SOC-HALL')
      .getByText(/back in service/i)
      .waitFor();
    await look(wide, 'journey-status');
  }, 90_000);

  it('shows a change made elsewhere on the incident board without a reload', async () => {
    await owner.goto('/incidents');
    const row = owner.getByTestId(/^incident-INC-/);
    await row.getByText('Active').waitFor();
    const id = incidentUrl.split('/').pop();
    const res = await fetch(`${world.api.url}/api/v1/incidents/${id}/status`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${world.owner.token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ to: 'contained', reason: 'no new infections for an hour' }),
    });
    expect(res.status).toBe(200);
    await row.getByText('Contained').waitFor({ timeout: 10_000 });
  }, 60_000);

  it('has no serious or critical accessibility violation on any screen it opened', () => {
    expect(session.problems).toEqual([]);
  });
});

async function expectVisible(locator: { waitFor: (o?: object) => Promise<void> }): Promise<void> {
  await locator.waitFor({ state: 'visible' } as object);
}

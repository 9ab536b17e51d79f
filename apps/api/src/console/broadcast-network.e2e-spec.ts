import { commsStaff, db } from '../testing/comms-fixture';
import { ConsoleSession, startConsoleSession } from '../testing/console-session';
import { PASSWORD } from '../testing/console-world';
import { as } from '../testing/incident-fixture';

jest.setTimeout(180_000);

/**
 * The broadcast desk before sending, with SOC-HALL shut down: the preview shows which
 * part of Social Services gets SMS (the shut LAN) and which email (SOC-DEPOT), and who on
 * the shut LAN nothing reaches, by name; scanned with axe and photographed for the docs.
 */
describe('the broadcast desk: the channel follows the network', () => {
  let session: ConsoleSession;
  let incidentId: string;

  beforeAll(async () => {
    session = await startConsoleSession(16);
    const { world } = session;
    const owner = as(world.api, world.owner.token);
    incidentId = (
      await owner
        .post('incidents', {
          title: 'W32.Welchia in Social Services',
          severity: 1,
          summary: 'Hosts scanning TCP 135 at the Civic Hall',
        })
        .expect(201)
    ).body.id;
    const hall = world.council.lans['SOC-HALL'];
    await owner.post(`incidents/${incidentId}/lans`, { lanIds: [hall] }).expect(201);
    await owner
      .post(`incidents/${incidentId}/lans/${hall}/transitions`, { to: 'shut_down' })
      .expect(200);
    // Social Services' second LAN, at the depot, stays open
    await db(world.api).query(`UPDATE staff SET lan_id = $1 WHERE email = ANY($2::text[])`, [
      world.council.lans['SOC-DEPOT'],
      [3, 7, 11, 15].map((i) => commsStaff(i).email),
    ]);
    await db(world.api).query(`UPDATE staff SET mobile = NULL WHERE email = $1`, [
      commsStaff(5).email,
    ]);
  }, 180_000);
  afterAll(async () => {
    await session?.close();
  });

  it('shows SMS for the shut LAN, email for the rest and the unreachable by name, before sending', async () => {
    const page = await session.page(null);
    await page.goto('/');
    await page.locator('input[name=email]').fill(session.world.owner.email);
    await page.locator('input[name=password]').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.goto(`/incidents/${incidentId}/broadcast`);
    await page.getByRole('button', { name: 'Send broadcast' }).waitFor();
    const all = page.getByRole('checkbox', { name: 'All staff' });
    if (await all.isChecked()) await all.uncheck();
    await page.getByRole('checkbox', { name: 'SOC · Social Services', exact: true }).check();
    await page.getByRole('checkbox', { name: 'SMS', exact: true }).uncheck();
    await page.getByText(/^SMS — \d+ staff on SOC-HALL \(shut down\)$/).waitFor();
    await page.getByText('email — 4 staff', { exact: true }).waitFor();
    await page
      .getByText(/^⚠ unreachable — 1 staff on SOC-HALL \(shut down\) without a mobile/)
      .waitFor();
    await page.getByText('1 unreachable on a closed LAN: who they are').click();
    await page.getByText('Member 5', { exact: true }).waitFor();
    await page.getByText('(SMS where their LAN is closed)').waitFor();
    await session.look(page, 'broadcast-network-preview');

    // contact readiness, on the same desk
    await page.getByText('Contact readiness', { exact: true }).click();
    await page.getByRole('table', { name: 'By department' }).waitFor();
    await page.getByRole('row', { name: /SOC · Social Services/ }).waitFor();
    await page.getByRole('heading', { name: 'Without SMS' }).scrollIntoViewIfNeeded();
    await session.look(page, 'broadcast-contact-readiness');
    expect(session.problems).toEqual([]);
  });
});

import type { Page } from 'playwright-core';
import { as } from '../testing/incident-fixture';
import { ConsoleSession, startConsoleSession } from '../testing/console-session';

const SIGNATURE = 'W32.Welchia.Worm: ICMP sweep, then TCP 135 (RPC DCOM)';

/**
 * The WARP summary in a real browser: the owner is prompted on the incident page, marks a
 * decision there, opens the WARP page, sees the summary as the WARP will (no person, host
 * or address), names the departments, has a narrative naming a machine refused in words,
 * records a clean one as sent by hand (downloaded), and watches a new moment arrive live.
 */
describe('the WARP summary screen', () => {
  let session: ConsoleSession;
  let incidentId: string;
  let reference: string;
  let owner: Page;

  beforeAll(async () => {
    session = await startConsoleSession(4);
    const { api, council, admin } = session.world;
    const o = as(api, session.world.owner.token);
    const created = await o
      .post('incidents', {
        title: 'W32.Welchia on soc-pc-001, reported by Margaret Hale',
        severity: 1,
        summary: 'Hosts scanning TCP 135 at 10.20.1.11',
        ownerId: session.world.owner.id,
      })
      .expect(201);
    incidentId = created.body.id;
    reference = created.body.reference;
    const lan = council.lans['SOC-HALL'];
    await o.post(`incidents/${incidentId}/lans`, { lanIds: [lan] }).expect(201);
    await as(api, admin.token)
      .post('detections', { hostname: 'soc-pc-001', signature: SIGNATURE, source: 'ids-core-1' })
      .expect(201);
    await o
      .post(`incidents/${incidentId}/lans/${lan}/transitions`, { to: 'shut_down', reason: 'worm' })
      .expect(200);
  }, 180_000);
  afterAll(() => session?.close(), 60_000);

  it('prompts the owner on the incident page and takes a decision there', async () => {
    owner = await session.page(session.world.owner.email);
    await owner.goto(`/incidents/${incidentId}`);
    const banner = owner.getByRole('region', { name: 'The WARP should hear of this' });
    await banner.getByText('The incident was declared').waitFor();
    await banner.getByText('The threat was first detected on a machine').waitFor();
    await banner.getByText('Mark a decision').click();
    await banner.getByRole('button', { name: 'Mark the decision' }).click();
    // the browser's own check: the field is required
    await banner.getByLabel('What was decided').fill('Shut every Social Services LAN tonight');
    await banner.getByRole('button', { name: 'Mark the decision' }).click();
    await banner.getByText('The owner marked a decision').waitFor();
    await banner.scrollIntoViewIfNeeded();
    await session.look(owner, 'warp-banner', 'desktop');
    await banner.getByRole('link', { name: 'Prepare the WARP summary' }).click();
    await owner.waitForURL(new RegExp(`/incidents/${incidentId}/warp$`));
  });

  it('shows the summary as the WARP will see it, departments as letters unless named', async () => {
    await owner.getByRole('heading', { name: `WARP summary of ${reference}` }).waitFor();
    const preview = owner.getByLabel('The summary as plain text');
    await preview.getByText(/Threat: W32\.Welchia\.Worm/).waitFor();
    const text = await preview.innerText();
    for (const secret of ['Margaret', 'soc-pc-001', '10.20.1.11', 'ids-core-1', 'Social Services'])
      expect(text).not.toContain(secret);
    expect(text).toContain('| A1 | A | 3 | shut down |');
    expect(text).toContain('- Ports: TCP 135, TCP 666-765');
    await owner.getByLabel(/Name the departments/).check();
    await preview
      .getByText('| Social Services LAN 1 | Social Services | 3 |', { exact: false })
      .waitFor();
    await owner.getByLabel(/Name the departments/).uncheck();
    await preview.getByText('| A1 | A | 3 |', { exact: false }).waitFor();
  });

  it('refuses a narrative that names a machine, in words, and records a clean one as sent by hand', async () => {
    const narrative = owner.getByLabel('Your words for the WARP (optional)');
    // the shapes of addresses and numbers are flagged as they are typed
    await narrative.fill('Ring the desk on 01632 960123 for more');
    await owner.getByText(/looks like it holds a phone number: it will be refused/).waitFor();
    await narrative.fill('The first machine, soc-pc-001, was cleaned overnight.');
    await owner.getByRole('button', { name: 'Download and record as sent' }).click();
    await owner.getByText(/Not sent: the narrative names a machine’s hostname/).waitFor();
    await narrative.fill('The first machine was cleaned overnight; one LAN stays shut.');
    await owner
      .getByLabel('The summary as plain text')
      .getByText(/From the incident owner:\s+The first machine was cleaned overnight/)
      .waitFor();
    const download = owner.waitForEvent('download');
    await owner.getByRole('button', { name: 'Download and record as sent' }).click();
    expect((await download).suggestedFilename()).toBe(`${reference}-warp.md`);
    const history = owner.getByRole('region', { name: 'Sent so far' });
    await history.getByText('Recorded as sent by hand (downloaded); with your words.').waitFor();
    await history.getByText(/Answered: declared, first detection, decision/).waitFor();
    await owner.getByText('Every moment so far has been answered by a summary.').waitFor();
    await session.look(owner, 'warp', 'desktop');
  });

  it('shows a decision marked elsewhere as a new moment, live', async () => {
    await as(session.world.api, session.world.owner.token)
      .post(`incidents/${incidentId}/decisions`, { text: 'Reopen after the weekend' })
      .expect(201);
    const due = owner.getByRole('region', { name: 'When to send' });
    await due.getByText('The owner marked a decision').waitFor({ timeout: 10_000 });
    const phone = await session.page(session.world.owner.email, 'phone');
    await phone.goto(`/incidents/${incidentId}/warp`);
    await phone
      .getByRole('region', { name: 'When to send' })
      .getByText('The owner marked a decision')
      .waitFor();
    await session.look(phone, 'warp', 'phone');
    expect(session.problems).toEqual([]);
  });
});

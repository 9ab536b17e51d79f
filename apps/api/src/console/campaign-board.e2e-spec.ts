import { as, DEVICE_HEADER } from '../testing/incident-fixture';
import { ConsoleSession, startConsoleSession } from '../testing/console-session';

const XP = 'Windows XP Professional SP1';
const W2K = 'Windows 2000 Professional SP4';

/**
 * The campaign board in a real browser: the owner records MS04-011, starts its
 * campaign, records the like machines' results (one failing blocks approval until it
 * passes), approves and starts both departments' stages; a SOC ITU member on a phone
 * claims and marks devices patched and failed, and the owner's open board follows by
 * itself over /live (`campaign.subscribe`: the board polls only while the socket is down).
 */
describe('patch campaign board (owner, ITU)', () => {
  let session: ConsoleSession;

  beforeAll(async () => {
    session = await startConsoleSession(4);
    const { api, council } = session.world;
    await as(api, council.admin)
      .csv(
        'devices/import',
        [
          DEVICE_HEADER,
          `soc-desk-1,10.20.1.50,SOC-HALL,SOC,${XP},MS03-026,Sophos,2026-02-10`,
          `soc-desk-2,10.20.1.51,SOC-HALL,SOC,${XP},MS03-026,Sophos,2026-02-10`,
          `soc-desk-3,10.20.1.52,SOC-HALL,SOC,${W2K},MS03-026,Sophos,2026-02-10`,
          `edu-desk-1,10.30.1.50,EDU-HALL,EDU,${XP},MS03-026,McAfee,2026-02-10`,
          `edu-desk-2,10.30.1.51,EDU-HALL,EDU,${W2K},MS03-026,McAfee,2026-02-10`,
        ].join('\n'),
      )
      .expect(200);
  }, 180_000);
  afterAll(() => session?.close(), 60_000);

  it('takes an advisory from the owner’s form through tests, approval and two stages, and the ITU marks devices', async () => {
    const owner = await session.page(session.world.owner.email, 'desktop');
    await owner.goto('/patching');
    await owner.getByRole('button', { name: 'Record an advisory' }).click();
    await owner.getByLabel('Identifier').fill('MS04-011');
    await owner.getByLabel('Title').fill('Security update for Microsoft Windows (LSASS)');
    await owner.getByLabel('Affected OS builds, one per line').fill(`${XP}\n${W2K}`);
    await owner.getByRole('button', { name: 'Save the advisory' }).click();
    await owner.getByRole('status').getByText('Advisory MS04-011 recorded.').waitFor();
    await owner.getByRole('button', { name: 'Start a campaign for MS04-011' }).click();
    await owner.getByRole('heading', { name: '1. Test on like machines' }).waitFor();
    await owner.getByRole('heading', { level: 1, name: /MS04-011: Security update/ }).waitFor();
    const campaignUrl = owner.url();

    // like machines: one desktop per build, by host name
    const tests = owner.getByRole('list', { name: 'Test devices' });
    await tests.getByRole('listitem').first().waitFor();
    expect(await tests.getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining('edu-desk-2'),
      expect.stringContaining('edu-desk-1'),
    ]);
    // the owner's own choice: soc-desk-1 instead of edu-desk-1; a machine of no affected build refused
    await owner.getByText('Choose other like machines').click();
    await owner.getByLabel('Find a like machine').fill('soc-pc-001');
    await owner.getByRole('button', { name: 'Test on soc-pc-001' }).click();
    await owner
      .getByRole('alert')
      .getByText(/must be devices running a build the advisory affects/)
      .waitFor();
    await owner.getByLabel('Find a like machine').fill('soc-desk-1');
    await owner.getByRole('button', { name: 'Test on soc-desk-1' }).click();
    await owner.getByTestId('test-soc-desk-1').waitFor();
    await owner.getByRole('button', { name: 'Remove edu-desk-1' }).click();
    await owner.getByTestId('test-edu-desk-1').waitFor({ state: 'detached' });
    expect(await tests.getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining('edu-desk-2'),
      expect.stringContaining('soc-desk-1'),
    ]);
    const group = (host: string) => owner.getByRole('group', { name: `Result of ${host}` });
    await group('soc-desk-1').getByLabel('Note on soc-desk-1').fill('Blue screen after reboot');
    await group('soc-desk-1').getByRole('button', { name: 'Failed' }).click();
    await owner.getByTestId('test-soc-desk-1').getByText('Failed by Margaret Hale').waitFor();
    await group('edu-desk-2').getByRole('button', { name: 'Passed' }).click();
    await owner.getByText(/soc-desk-1 \(.*\): the test failed/).waitFor();
    // approving over a failed test needs a reason: refused without one
    await owner.getByRole('button', { name: 'Approve over the tests' }).click();
    await owner
      .getByRole('alert')
      .getByText(/overrideReason/)
      .waitFor();
    await group('soc-desk-1')
      .getByLabel('Note on soc-desk-1')
      .fill('Passes with the vendor hotfix first');
    await group('soc-desk-1').getByRole('button', { name: 'Passed' }).click();
    await owner.getByText('Every affected build passed its test.').waitFor();
    await owner.getByRole('button', { name: 'Approve MS04-011' }).click();
    await owner
      .getByText(/Approved by Margaret Hale.*MS04-011 is now part of the standard build/)
      .waitFor();
    const baseline = await as(session.world.api, session.world.owner.token)
      .get('baseline')
      .expect(200);
    expect(baseline.body.requiredPatches).toContain('MS04-011');

    await owner.getByRole('button', { name: 'Start SOC’s stage' }).click();
    await owner
      .getByTestId('stage-SOC')
      .getByText('Started by Margaret Hale', { exact: false })
      .waitFor();
    await owner.getByRole('button', { name: 'Start EDU’s stage' }).click();
    await owner
      .getByTestId('stage-EDU')
      .getByText('Started by Margaret Hale', { exact: false })
      .waitFor();
    const soc = owner.getByTestId('stage-SOC');
    await soc.getByRole('progressbar', { name: 'Pending, nobody on it' }).waitFor();
    expect(
      await soc
        .getByRole('progressbar', { name: 'Pending, nobody on it' })
        .getAttribute('aria-valuenow'),
    ).toBe('3');

    // the SOC ITU member on a phone: his department's devices only
    // from here the owner's board must follow over the socket, never by polling
    const polls: string[] = [];
    owner.on('request', (r) => {
      if (/\/campaigns\/[^/]+\/events\?.*sinceSeq=/.test(r.url())) polls.push(r.url());
    });
    const itu = await session.page(session.world.itu.email, 'phone');
    await itu.goto(new URL(campaignUrl).pathname);
    await itu.getByTestId('device-soc-desk-1').waitFor();
    const rows = itu.getByRole('table', { name: 'Rollout devices' }).locator('tbody tr');
    expect(await rows.allTextContents()).toEqual([
      expect.stringContaining('soc-desk-1'),
      expect.stringContaining('soc-desk-2'),
      expect.stringContaining('soc-desk-3'),
    ]);
    await itu.getByRole('button', { name: 'Claim: soc-desk-1' }).click();
    await itu.getByRole('button', { name: 'Mark patched: soc-desk-1' }).click();
    await itu.getByTestId('device-soc-desk-1').getByText('Patched').waitFor();
    await itu.getByLabel('Note on soc-desk-3').fill('Service pack 4 rollup missing; install fails');
    await itu.getByRole('button', { name: 'Mark failed: soc-desk-3' }).click();
    await itu.getByTestId('device-soc-desk-3').getByText('Failed').waitFor();
    await itu.getByRole('button', { name: 'Claim: soc-desk-2' }).click();
    await itu.getByRole('button', { name: 'Release: soc-desk-2' }).waitFor();
    await itu.getByRole('heading', { name: 'Devices' }).evaluate((h) => h.scrollIntoView());
    await session.look(itu, 'campaign', 'phone');

    // the owner's board follows without a reload, over /live (it polls only while offline)
    await owner.getByRole('status').getByText('● Live').waitFor();
    await soc
      .getByRole('progressbar', { name: 'Patched' })
      .and(owner.locator('[aria-valuenow="1"]'))
      .waitFor({ timeout: 15_000 });
    expect(
      await soc.getByRole('progressbar', { name: 'Failed' }).getAttribute('aria-valuenow'),
    ).toBe('1');
    expect(
      await soc
        .getByRole('progressbar', { name: 'Claimed, in hand' })
        .getAttribute('aria-valuenow'),
    ).toBe('1');
    expect(polls).toEqual([]);
    await owner
      .getByTestId('device-soc-desk-3')
      .getByText('Service pack 4 rollup missing')
      .waitFor();
    await owner.getByText('History').click();
    const history = owner.getByRole('list', { name: 'Campaign history' });
    await history.getByText(/Ivan Petrov marked soc-desk-3 failed \(“Service pack 4/).waitFor();
    await history
      .getByText(/Margaret Hale approved MS04-011; it joined the standard build/)
      .waitFor();
    await session.look(owner, 'campaign', 'desktop');
    await owner.getByRole('link', { name: '← Patching' }).click();
    await owner.getByRole('table', { name: 'Patch campaigns' }).getByText('1 of 5').waitFor();
    await session.look(owner, 'patching', 'desktop');
    expect(session.problems).toEqual([]);
  }, 120_000);
});

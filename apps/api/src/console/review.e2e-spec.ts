import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { as } from '../testing/incident-fixture';
import { ConsoleSession, startConsoleSession } from '../testing/console-session';
import { waitFor } from '../testing/review-world';

const day = (offset: number): string =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * The post-incident review in a real browser: the owner reaches it from the closed
 * incident, writes the findings, adds an action item with an owner and a due date, sees
 * an overdue one marked, watches an item marked done elsewhere arrive live, downloads the
 * evidence pack and signs the review off; the list of reviews counts the items.
 */
describe('the post-incident review screen', () => {
  let session: ConsoleSession;
  let incidentId: string;
  let reference: string;

  beforeAll(async () => {
    session = await startConsoleSession(4);
    const { api, owner, itu, colleague } = session.world;
    const o = as(api, owner.token);
    const created = await o
      .post('incidents', {
        title: 'W32.Blaster at the Civic Hall',
        severity: 1,
        summary: 'RPC worm, TCP 135',
        ownerId: owner.id,
      })
      .expect(201);
    incidentId = created.body.id;
    reference = created.body.reference;
    await o.post(`incidents/${incidentId}/status`, { to: 'closed' }).expect(200);
    await waitFor('the review', async () => {
      const res = await o.get(`incidents/${incidentId}/review`);
      return res.status === 200 ? res.body : null;
    });
    for (const [title, who, due] of [
      ['Fall-back plan for the mail-scanning server', colleague.id, day(0)],
      ['Test patches on a like machine first', itu.id, day(21)],
    ] as const)
      await o.post(`incidents/${incidentId}/review/actions`, { title, ownerId: who, dueOn: due });
    // the first fell due three days ago
    await api.app
      .get(DataSource)
      .query(
        `UPDATE review_actions SET due_on = current_date - 3 WHERE incident_id = $1 AND title LIKE 'Fall-back%'`,
        [incidentId],
      );
  }, 180_000);
  afterAll(() => session?.close(), 60_000);

  let owner: Page;

  it('lets the owner write the findings and add an action item with an owner and a due date', async () => {
    owner = await session.page(session.world.owner.email);
    await owner.goto(`/incidents/${incidentId}`);
    await owner.getByRole('link', { name: 'Post-incident review' }).click();
    await owner.waitForURL(new RegExp(`/incidents/${incidentId}/review$`));
    await owner.getByRole('heading', { name: /Post-incident review: W32.Blaster/ }).waitFor();

    await owner.getByLabel('What went well').fill('SOC-HALL was shut down within the hour.');
    await owner
      .getByLabel('What went wrong')
      .fill('The patch reached live servers untested; the mail scanner had no standby.');
    await owner
      .getByLabel('Contributing factors')
      .fill('No standard build; anti-virus signatures weeks out of date.');
    await owner.getByRole('button', { name: 'Save findings' }).click();
    await owner.getByRole('status').getByText('Saved.').waitFor();

    await owner.getByRole('button', { name: 'Add an action item' }).click();
    const form = owner.getByRole('form', { name: 'New action item' });
    await form.getByRole('button', { name: 'Add' }).click();
    await form.getByText(/title/i).first().waitFor(); // the api's words beside the fields
    await form.getByLabel('Action').fill('Standard build on every SOC machine');
    await form.getByLabel('Owner').selectOption({ label: session.world.itu.name });
    await form.getByLabel('Due date').fill(day(14));
    await form.getByRole('button', { name: 'Add' }).click();
    const added = owner.getByTestId('action-Standard build on every SOC machine');
    await added.getByText('Ivan Petrov').waitFor();
    expect(await added.locator(`time[datetime="${day(14)}"]`).count()).toBe(1);

    const overdue = owner.getByTestId('action-Fall-back plan for the mail-scanning server');
    expect(await overdue.getByText('Overdue').count()).toBe(1);
    expect(await owner.getByTestId('action-counts').textContent()).toContain('1 overdue');
  }, 60_000);

  it('shows an item marked done elsewhere live, and the report and downloads beside it', async () => {
    const { api, itu } = session.world;
    const review = (await as(api, itu.token).get('review-actions?mine=true').expect(200)).body;
    const patchTest = review.items.find((a: { title: string }) =>
      a.title.startsWith('Test patches'),
    );
    await as(api, itu.token)
      .patch(`incidents/${incidentId}/review/actions/${patchTest.id}`, { state: 'done' })
      .expect(200);
    const row = owner.getByTestId('action-Test patches on a like machine first');
    await row.getByText('✓ Done').waitFor();
    await row.getByText(/by Ivan Petrov/).waitFor();

    expect(
      await owner
        .getByRole('link', { name: 'Open the full report (printable)' })
        .getAttribute('href'),
    ).toBe(`/incidents/${incidentId}/report`);
    // the report's key figures, as libs/reports computed them
    const figures = owner.getByTestId('report-figures');
    await figures.getByText('Declared to closed').waitFor();
    expect(await figures.getByText('0 of 0 reopened').count()).toBe(1);
    await session.look(owner, 'review', 'desktop');

    const [pack] = await Promise.all([
      owner.waitForEvent('download'),
      owner.getByRole('button', { name: 'Download Evidence pack (zip)' }).click(),
    ]);
    expect(pack.suggestedFilename()).toBe(`${reference}-evidence.zip`);
    const [audit] = await Promise.all([
      owner.waitForEvent('download'),
      owner.getByRole('button', { name: 'Download Audit export (CSV)' }).click(),
    ]);
    expect(audit.suggestedFilename()).toBe(`${reference}-audit.csv`);

    const phone = await session.page(session.world.owner.email, 'phone');
    await phone.goto(`/incidents/${incidentId}/review`);
    await phone.getByTestId('action-Standard build on every SOC machine').waitFor();
    // on a phone the action items are what the owner comes back for
    await phone.getByRole('heading', { name: /Action items/ }).scrollIntoViewIfNeeded();
    await session.look(phone, 'review', 'phone');
  }, 60_000);

  it('lets an action item’s owner mark it done from their queue, and the review follows live', async () => {
    const itu = await session.page(session.world.itu.email);
    const card = itu.getByRole('region', { name: 'Your review action items' });
    const item = card.getByTestId('my-action-Standard build on every SOC machine');
    await item.waitFor();
    await session.look(itu, 'review-my-actions', 'desktop');
    await item.getByRole('button', { name: /^Mark .* done$/ }).click();
    await card.waitFor({ state: 'detached' });
    const row = owner.getByTestId('action-Standard build on every SOC machine');
    await row.getByText('✓ Done').waitFor();
  }, 60_000);

  it('signs the review off and lists it with its open and overdue items', async () => {
    await owner.getByRole('button', { name: 'Sign the review off' }).click();
    await owner
      .getByRole('dialog')
      .getByText(/1 action item stays open/)
      .waitFor();
    await owner.getByRole('dialog').getByRole('button', { name: 'Sign off' }).click();
    await owner.getByTestId('review-status').getByText('Signed off').waitFor();
    expect(await owner.getByRole('button', { name: 'Save findings' }).count()).toBe(0);
    expect(await owner.getByRole('button', { name: /^Mark .* done$/ }).count()).toBe(0);

    await owner.getByRole('link', { name: 'Reviews' }).click();
    await owner.getByLabel('Status').selectOption('completed');
    const listed = owner.getByTestId(`review-${reference}`);
    await listed.getByText('1 open of 3').waitFor();
    expect(await listed.getByText('1 overdue').count()).toBe(1);
    await session.look(owner, 'reviews', 'desktop');
    expect(session.problems).toEqual([]);
  }, 60_000);
});

import type { Device } from '../testing/browser';
import { ConsoleSession, startConsoleSession } from '../testing/console-session';

/**
 * The admin's directory screens in a real browser: a department added and a duplicate
 * refused beside its code, a LAN added by site and department names, a staff import
 * with its rejected lines reported line by line, the standard build saved, a login added.
 */
describe('directory and inventory (admin)', () => {
  let session: ConsoleSession;
  const adminPage = (device: Device) => session.page(session.world.admin.email, device);

  beforeAll(async () => {
    session = await startConsoleSession(4);
  }, 180_000);
  afterAll(() => session?.close(), 60_000);

  it('adds a department, refuses a duplicate code beside the field, and adds a LAN by names', async () => {
    const p = await adminPage('desktop');
    await p.goto('/admin');
    await p.getByRole('heading', { name: 'Departments' }).waitFor();
    await p.getByLabel('Code').fill('HOU');
    await p.getByLabel('Name', { exact: true }).fill('Housing');
    await p.getByRole('button', { name: 'Add department' }).click();
    await p.getByRole('status').getByText('Added department HOU · Housing.').waitFor();
    await p.getByTestId('department-HOU').waitFor();

    await p.getByLabel('Code').fill('SOC');
    await p.getByLabel('Name', { exact: true }).fill('Social Services again');
    await p.getByRole('button', { name: 'Add department' }).click();
    await p.locator('.field-error').getByText(/SOC/).waitFor();
    expect(await p.getByLabel('Code').getAttribute('aria-invalid')).toBe('true');

    await p
      .getByRole('navigation', { name: 'Directory sections' })
      .getByRole('link', { name: 'LANs' })
      .click();
    await p.getByLabel('Code').fill('HOU-HALL');
    await p.getByLabel('Name', { exact: true }).fill('Housing, Civic Hall');
    await p.getByLabel('Site').selectOption({ label: 'Civic Hall' });
    await p.getByLabel('Department').selectOption({ label: 'Housing' });
    await p.getByRole('button', { name: 'Add LAN' }).click();
    const row = p.getByTestId('lan-HOU-HALL');
    await row.waitFor();
    expect(await row.textContent()).toContain('Civic Hall');
    await session.look(p, 'admin-lans', 'desktop');
  }, 60_000);

  it('imports staff and lists each rejected line with its text and reason', async () => {
    const p = await adminPage('phone');
    await p.goto('/admin/staff-import');
    await p
      .getByLabel('Or paste the CSV')
      .fill(
        [
          'name,email,mobile,department,site,lan',
          'Ann Lee,ann.lee@council.example,+447700900501,SOC,HALL,SOC-HALL',
          'No Dept,no.dept@council.example,,XXX,HALL,',
          'Bad Mail,not-an-email,,SOC,,',
        ].join('\n'),
      );
    await p.getByRole('button', { name: 'Import staff' }).click();
    await p
      .getByRole('heading', { name: 'Import report: 1 created, 0 updated, 2 rejected' })
      .waitFor();
    expect(await p.getByTestId('rejected-line-3').textContent()).toMatch(/XXX.*No Dept,no\.dept/);
    expect(await p.getByTestId('rejected-line-4').textContent()).toContain('not-an-email');
    await session.look(p, 'admin-staff-import', 'phone');
  }, 60_000);

  it('saves the standard build and adds a login with its roles', async () => {
    const p = await adminPage('desktop');
    await p.goto('/admin/baseline');
    await p.getByLabel('Required patches').fill('MS03-026\nms03-039, MS04-011');
    await p.getByLabel('Oldest anti-virus signatures allowed').fill('2026-02-01');
    await p.getByRole('button', { name: 'Save the standard build' }).click();
    await p.getByRole('status').getByText('Standard build saved.').waitFor();
    const saved = await session.world.api
      .http()
      .get('/api/v1/baseline')
      .set('Authorization', `Bearer ${session.world.admin.token}`)
      .expect(200);
    expect(saved.body).toMatchObject({
      requiredPatches: ['MS03-026', 'MS03-039', 'MS04-011'],
      minAvSignatureDate: '2026-02-01',
    });

    await p.goto('/admin/users');
    await p.getByLabel('Name', { exact: true }).fill('Hana Ito');
    await p.getByLabel('Email').fill('hana.ito@council.example');
    await p.getByLabel('Password').fill('a-long-password');
    await p.getByLabel('Department IT unit').check();
    await p.getByRole('button', { name: 'Add login' }).click();
    await p.getByText('A department IT unit member needs a department').waitFor();
    await p.getByLabel('Department', { exact: true }).selectOption({ label: 'Social Services' });
    await p.getByRole('button', { name: 'Add login' }).click();
    await p
      .getByRole('status')
      .getByText(/Added Hana Ito/)
      .waitFor();
    await p.getByTestId('user-hana.ito@council.example').getByText('Social Services').waitFor();
    await session.look(p, 'admin-users', 'desktop');
  }, 60_000);

  it('has no serious or critical accessibility violation on the screens it opened', () => {
    expect(session.problems).toEqual([]);
  });
});

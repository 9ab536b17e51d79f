import { DataSource } from 'typeorm';
import { ApiHarness, startApi } from '../testing/api-harness';
import { CouncilFixture, createCouncil } from '../testing/council-fixture';
import { as } from '../testing/incident-fixture';

/** Who may own an incident: declared without naming an owner, eligible owners, handover. */
describe('incident ownership over HTTP', () => {
  let api: ApiHarness;
  let council: CouncilFixture;
  let owner: { token: string; id: string };
  let deputy: { token: string; id: string };
  let command: { token: string; id: string };
  let retired: { token: string; id: string };
  let itu: { token: string; id: string };
  const declare = (token: string, body: object = {}) =>
    as(api, token).post('incidents', { title: 'W32.Welchia', severity: 2, summary: 's', ...body });

  beforeAll(async () => {
    api = await startApi();
    council = await createCouncil(api);
    owner = await api.login(['owner'], { name: 'Olive Owner' });
    deputy = await api.login(['owner'], { name: 'Dan Deputy' });
    command = await api.login(['command'], { name: 'Carl Command' });
    retired = await api.login(['owner'], { name: 'Rita Retired' });
    itu = await api.login(['itu'], { departmentId: council.departments.SOC, name: 'Ian ITU' });
    await api.app
      .get(DataSource)
      .query(`UPDATE users SET active = false WHERE id = $1`, [retired.id]);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('makes the caller the owner when ownerId is left out', async () => {
    const mine = await declare(deputy.token);
    expect(mine.status).toBe(201);
    expect(mine.body.owner).toEqual({ id: deputy.id, name: 'Dan Deputy' });
    const byCommand = await declare(command.token);
    expect(byCommand.status).toBe(201);
    expect(byCommand.body.owner).toEqual({ id: command.id, name: 'Carl Command' });
    const named = await declare(command.token, { ownerId: owner.id });
    expect(named.body.owner).toEqual({ id: owner.id, name: 'Olive Owner' });
  });

  it('says a missing field is required, once per field, instead of its type rules', async () => {
    const empty = await as(api, owner.token).post('incidents', {});
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'title', message: 'title is required' },
        { field: 'severity', message: 'severity is required' },
        { field: 'summary', message: 'summary is required' },
      ]),
    );
    expect(empty.body.errors).toHaveLength(3);
    const nulls = await declare(owner.token, { title: null });
    expect(nulls.body.errors).toEqual([{ field: 'title', message: 'title is required' }]);
    // a value of the wrong kind still says what is wrong with it
    const wrong = await declare(owner.token, { severity: 9, ownerId: 'x' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'severity', message: 'severity must not be greater than 4' },
        { field: 'ownerId', message: 'ownerId must be a UUID' },
      ]),
    );
    const unknown = await declare(owner.token, { colour: null });
    expect(unknown.body.errors).toEqual([{ field: 'colour', message: 'is not a known field' }]);
  });

  it('lists whom the owner could hand over to: active users who may own, but the owner', async () => {
    const id = (await declare(owner.token)).body.id;
    const res = await as(api, owner.token).get(`incidents/${id}/eligible-owners`);
    expect(res.status).toBe(200);
    const ids = res.body.items.map((u: { id: string }) => u.id);
    expect(ids).toEqual(expect.arrayContaining([deputy.id, command.id]));
    expect(ids).not.toContain(owner.id);
    expect(ids).not.toContain(retired.id);
    expect(ids).not.toContain(itu.id);
    expect(res.body.items.find((u: { id: string }) => u.id === deputy.id)).toEqual({
      id: deputy.id,
      name: 'Dan Deputy',
      email: expect.any(String),
      roles: ['owner'],
      departmentId: null,
    });
    expect(res.body.nextCursor).toBeNull();
    const names = res.body.items.map((u: { name: string }) => u.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b)));
    // every one listed may be handed the incident; none left out may
    await as(api, command.token).get(`incidents/${id}/eligible-owners`).expect(200);
    await as(api, council.admin).get(`incidents/${id}/eligible-owners`).expect(200);
    expect((await as(api, itu.token).get(`incidents/${id}/eligible-owners`)).status).toBe(403);
  });

  it('refuses to hand over to anyone who could not have been declared owner, naming toUserId', async () => {
    const id = (await declare(owner.token)).body.id;
    const handover = (toUserId: string) =>
      as(api, owner.token).post(`incidents/${id}/handover`, { toUserId, reason: 'shift end' });
    for (const who of [itu, retired]) {
      const refused = await handover(who.id);
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([
        { field: 'toUserId', message: 'must be an active user with the owner or command role' },
      ]);
      // the same rule refuses them as the declared owner
      const declared = await declare(owner.token, { ownerId: who.id });
      expect(declared.body.errors).toEqual([
        { field: 'ownerId', message: 'must be an active user with the owner or command role' },
      ]);
    }
    const eligible = (await as(api, owner.token).get(`incidents/${id}/eligible-owners`)).body
      .items as { id: string }[];
    expect(eligible.some((u) => u.id === command.id)).toBe(true);
    expect((await handover(command.id)).status).toBe(200);
    const after = await as(api, command.token).get(`incidents/${id}/eligible-owners`);
    const ids = after.body.items.map((u: { id: string }) => u.id);
    expect(ids).toContain(owner.id);
    expect(ids).not.toContain(command.id);
  });
});

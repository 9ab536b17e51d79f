import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ActorRef } from '@cordon/contracts';
import { SYSTEM_ACTOR, ValidationProblem } from '@cordon/platform';
import { createTestDatabase, testConfig, TestDatabase } from '@cordon/platform/testing';
import { UsersService } from './users.service';
import { startAuthContext } from './testing/auth-context';

describe(UsersService.name, () => {
  let db: TestDatabase | undefined;
  let app: INestApplicationContext | undefined;
  let users: UsersService;
  let ds: DataSource;
  let soc: string;
  let edu: string;
  const actor: ActorRef = SYSTEM_ACTOR;
  const create = (
    email: string,
    extra: { roles?: ('admin' | 'itu' | 'owner')[]; departmentId?: string } = {},
  ) =>
    users.create(
      {
        email,
        name: email.split('@')[0],
        password: 'long enough pw',
        roles: extra.roles ?? ['itu'],
        departmentId: extra.departmentId,
      },
      actor,
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await startAuthContext(testConfig(db.url));
    users = app.get(UsersService);
    ds = app.get(DataSource);
    [{ id: soc }, { id: edu }] = await ds.query(
      `INSERT INTO departments (code, name) VALUES ('SOC', 'Social'), ('EDU', 'Education') RETURNING id`,
    );
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('creates a login with its email lower-cased and records user.created', async () => {
    const view = await create(' Ann@Council.Example ', { departmentId: soc });
    expect(view).toMatchObject({ email: 'ann@council.example', roles: ['itu'], departmentId: soc });
    const [event] = await ds.query(
      `SELECT data FROM events WHERE stream = 'directory' AND type = 'user.created' AND data->'user'->>'id' = $1`,
      [view.id],
    );
    expect(event.data.user.email).toBe('ann@council.example');
    expect(await users.findById(view.id)).toEqual(view);
  });

  it('refuses a second login with the same email as a conflict, and an unknown department', async () => {
    await expect(create('ANN@council.example')).rejects.toMatchObject({ code: 'conflict' });
    await expect(
      create('nodept@council.example', { departmentId: '00000000-0000-0000-0000-000000000000' }),
    ).rejects.toBeInstanceOf(ValidationProblem);
  });

  it('lists by email, page by page, filtered by department, role or part of the name', async () => {
    await create('bob@council.example', { departmentId: edu });
    await create('cy@council.example', { departmentId: soc, roles: ['owner'] });
    await create('dee_x@council.example', { departmentId: soc });
    const first = await users.list({ limit: 2 });
    expect(first.items.map((u) => u.email)).toEqual(['ann@council.example', 'bob@council.example']);
    const second = await users.list({ limit: 2, cursor: first.nextCursor ?? undefined });
    expect(second.items.map((u) => u.email)).toEqual([
      'cy@council.example',
      'dee_x@council.example',
    ]);
    expect(second.nextCursor).toBeNull();
    expect((await users.list({ departmentId: soc })).items.map((u) => u.email)).toEqual([
      'ann@council.example',
      'cy@council.example',
      'dee_x@council.example',
    ]);
    expect((await users.list({ role: 'owner' })).items.map((u) => u.email)).toEqual([
      'cy@council.example',
    ]);
    // an underscore is a character, not a wildcard
    expect((await users.list({ q: 'E_X' })).items.map((u) => u.email)).toEqual([
      'dee_x@council.example',
    ]);
    expect((await users.list({ q: 'e_' })).items).toHaveLength(1);
  });

  it('finds active holders of roles by name, and skips an inactive one', async () => {
    const owner = await users.activeWithAnyRole(['owner']);
    expect(owner.map((u) => u.email)).toEqual(['cy@council.example']);
    await ds.query(`UPDATE users SET active = false WHERE email = 'cy@council.example'`);
    expect(await users.activeWithAnyRole(['owner'])).toEqual([]);
    expect(await users.findActive(owner[0].id)).toBeNull();
    expect(await users.count()).toBe(4);
  });

  it('refuses a cursor from another list', async () => {
    const cursor = Buffer.from(JSON.stringify(['a', 'b'])).toString('base64url');
    await expect(users.list({ cursor })).rejects.toBeInstanceOf(ValidationProblem);
  });
});

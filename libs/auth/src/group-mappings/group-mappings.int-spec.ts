import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Spine, SYSTEM_ACTOR } from '@cordon/platform';
import { createTestDatabase, testConfig, TestDatabase } from '@cordon/platform/testing';
import { DepartmentEntity } from '../testing/department.entity';
import { UsersService } from '../users.service';
import { GroupMappingsService } from './group-mappings.service';
import { UserAccessService } from './user-access.service';
import { startAuthContext } from '../testing/auth-context';

describe(GroupMappingsService.name, () => {
  let db: TestDatabase | undefined;
  let app: INestApplicationContext | undefined;
  let mappings: GroupMappingsService;
  let ds: DataSource;
  let soc: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await startAuthContext(testConfig(db.url));
    mappings = app.get(GroupMappingsService);
    ds = app.get(DataSource);
    soc = (await ds.getRepository(DepartmentEntity).save({ code: 'SOC', name: 'Social care' })).id;
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const problem = (p: Promise<unknown>) =>
    p.then(
      () => null,
      (err: { code?: string; extra?: unknown; errors?: unknown }) => ({
        code: err.code,
        field: JSON.stringify(err.extra ?? err.errors ?? null),
      }),
    );

  it('adds mappings with their events, and refuses a duplicate, an itu without department, an unknown department', async () => {
    await mappings.add({ group: ' Cordon Command ', role: 'command' }, SYSTEM_ACTOR);
    await mappings.add({ group: 'ITU Social', role: 'itu', departmentId: soc }, SYSTEM_ACTOR);
    expect((await mappings.list()).map((m) => [m.group, m.role, m.departmentId])).toEqual([
      ['Cordon Command', 'command', null],
      ['ITU Social', 'itu', soc],
    ]);
    expect(
      await problem(mappings.add({ group: 'Cordon Command', role: 'command' }, SYSTEM_ACTOR)),
    ).toMatchObject({ code: 'conflict' });
    expect(
      await problem(mappings.add({ group: 'ITU X', role: 'itu' }, SYSTEM_ACTOR)),
    ).toMatchObject({
      code: 'validation_failed',
      field: expect.stringContaining('departmentId'),
    });
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(
      await problem(
        mappings.add({ group: 'ITU Y', role: 'itu', departmentId: unknown }, SYSTEM_ACTOR),
      ),
    ).toMatchObject({ field: expect.stringContaining('departmentId') });
    const events = await ds.query(
      `SELECT type, data FROM events WHERE type LIKE 'identity_mapping.%' ORDER BY seq`,
    );
    expect(
      events.map((e: { data: { mapping: { group: string } } }) => e.data.mapping.group),
    ).toEqual(['Cordon Command', 'ITU Social']);
  });

  it('resolves groups through the mapping, and removes a mapping', async () => {
    expect(await mappings.resolve(['itu social', 'cordon command', 'Other'])).toEqual({
      roles: ['command', 'itu'],
      departmentId: soc,
      matchedGroups: ['Cordon Command', 'ITU Social'],
    });
    const command = (await mappings.list()).find((m) => m.group === 'Cordon Command')!;
    await mappings.remove(command.id, SYSTEM_ACTOR);
    expect(await mappings.resolve(['Cordon Command'])).toBeNull();
    expect(await problem(mappings.remove(command.id, SYSTEM_ACTOR))).toMatchObject({
      code: 'not_found',
    });
  });

  it("refreshes a user's roles from their groups once, with a user.access_changed event", async () => {
    const user = await app!
      .get(UsersService)
      .create(
        { email: 'ann@council.example', name: 'Ann', password: 'long enough', roles: ['staff'] },
        SYSTEM_ACTOR,
      );
    const access = (await mappings.resolve(['ITU Social']))!;
    const refresh = () =>
      app!
        .get(Spine)
        .run(SYSTEM_ACTOR, (tx) =>
          app!.get(UserAccessService).refresh(tx, user, access, 'directory'),
        );
    expect((await refresh()).changed).toBe(true);
    const [row] = await ds.query(`SELECT roles, department_id FROM users WHERE id = $1`, [user.id]);
    expect(row).toEqual({ roles: ['itu'], department_id: soc });
    const events = await ds.query(`SELECT data FROM events WHERE type = 'user.access_changed'`);
    expect(events).toEqual([
      {
        data: expect.objectContaining({
          userId: user.id,
          before: { roles: ['staff'], departmentId: null },
          after: { roles: ['itu'], departmentId: soc },
          source: 'directory',
        }),
      },
    ]);
  });
});

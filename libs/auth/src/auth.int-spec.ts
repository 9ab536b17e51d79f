import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PlatformModule, SYSTEM_ACTOR } from '@cordon/platform';
import { createTestDatabase, testConfig, TestDatabase } from '@cordon/platform/testing';
import { AdminBootstrap } from './admin-bootstrap';
import { DepartmentEntity } from './testing/department.entity';
import { AuthModule } from './auth.module';
import { AuthService } from './auth.service';
import { TokenService } from './token.service';
import { UsersService } from './users.service';

describe(AuthService.name, () => {
  let db: TestDatabase | undefined;
  let app: INestApplicationContext | undefined;
  let auth: AuthService;
  let ds: DataSource;
  const admin = { email: 'root@council.example', password: 'first admin pw' };

  beforeAll(async () => {
    db = await createTestDatabase();
    const base = testConfig(db.url);
    const config = { ...base, admin, login: { ...base.login, maxFailures: 3, lockMinutes: 15 } };
    const moduleRef = await Test.createTestingModule({
      imports: [
        PlatformModule.forRoot(config),
        // users name their department by entity: register its table
        TypeOrmModule.forFeature([DepartmentEntity]),
        AuthModule,
      ],
    }).compile();
    app = await moduleRef.init();
    auth = app.get(AuthService);
    ds = app.get(DataSource);
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('made the configured admin at start, once however often bootstrap runs', async () => {
    await app!.get(AdminBootstrap).onApplicationBootstrap();
    const rows = await ds.query(`SELECT email, roles FROM users`);
    expect(rows).toEqual([{ email: admin.email, roles: ['admin'] }]);
    const events = await ds.query(
      `SELECT data FROM events WHERE stream = 'directory' AND type = 'user.created'`,
    );
    expect(events).toHaveLength(1);
    expect(events[0].data).toMatchObject({ bootstrap: true, user: { email: admin.email } });
  });

  it('logs in with the right password (email in any case) and issues a token for the user', async () => {
    const res = await auth.login({ email: ' ROOT@council.example ', password: admin.password });
    expect(res.user).toMatchObject({ email: admin.email, roles: ['admin'] });
    expect(await app!.get(TokenService).authenticate(res.accessToken)).toMatchObject({
      id: res.user.id,
    });
  });

  it('refuses a wrong password or an unknown email alike', async () => {
    await expect(auth.login({ email: admin.email, password: 'wrong' })).rejects.toMatchObject({
      code: 'invalid_credentials',
    });
    await expect(
      auth.login({ email: 'nobody@council.example', password: admin.password }),
    ).rejects.toMatchObject({ code: 'invalid_credentials' });
    // a good login clears the count
    await auth.login({ email: admin.email, password: admin.password });
    const [row] = await ds.query(`SELECT failed_logins FROM users WHERE email = $1`, [admin.email]);
    expect(row.failed_logins).toBe(0);
  });

  it('locks an account after the configured failures, even against the right password', async () => {
    const user = await app!
      .get(UsersService)
      .create(
        { email: 'itu@council.example', name: 'Itu', password: 'itu password', roles: ['itu'] },
        SYSTEM_ACTOR,
      );
    for (let i = 0; i < 3; i++) {
      await expect(auth.login({ email: user.email, password: 'nope' })).rejects.toMatchObject({
        code: 'invalid_credentials',
      });
    }
    await expect(auth.login({ email: user.email, password: 'itu password' })).rejects.toMatchObject(
      {
        code: 'account_locked',
      },
    );
    const [row] = await ds.query(`SELECT locked_until FROM users WHERE id = $1`, [user.id]);
    expect(row.locked_until.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
  });

  it('refuses an inactive login', async () => {
    await ds.query(`UPDATE users SET active = false WHERE email = $1`, [admin.email]);
    await expect(
      auth.login({ email: admin.email, password: admin.password }),
    ).rejects.toMatchObject({
      code: 'invalid_credentials',
    });
  });
});

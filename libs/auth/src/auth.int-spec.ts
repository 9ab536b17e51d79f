import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from '@cordon/platform';
import { createTestDatabase, testConfig, TestDatabase } from '@cordon/platform/testing';
import { AdminBootstrap } from './admin-bootstrap';
import { AuthService } from './auth.service';
import { TokenService } from './token.service';
import { UsersService } from './users.service';
import { startAuthContext } from './testing/auth-context';

/** Client addresses: the owner's usual one and an attacker's. */
const HOME = '192.0.2.10';
const ATTACKER = '203.0.113.66';

describe(AuthService.name, () => {
  let db: TestDatabase | undefined;
  let app: INestApplicationContext | undefined;
  let auth: AuthService;
  let ds: DataSource;
  const admin = { email: 'root@council.example', password: 'first admin pw' };

  beforeAll(async () => {
    db = await createTestDatabase();
    const base = testConfig(db.url);
    const login = { ...base.login, freeFailures: 3, maxDelaySeconds: 60, accountFailures: 8 };
    const config = { ...base, admin, login };
    app = await startAuthContext(config);
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
    const res = await auth.login(
      { email: ' ROOT@council.example ', password: admin.password },
      HOME,
    );
    expect(res.user).toMatchObject({ email: admin.email, roles: ['admin'] });
    expect(await app!.get(TokenService).authenticate(res.accessToken)).toMatchObject({
      id: res.user.id,
    });
  });

  it('refuses a wrong password or an unknown email alike', async () => {
    await expect(auth.login({ email: admin.email, password: 'wrong' }, HOME)).rejects.toMatchObject(
      { code: 'invalid_credentials' },
    );
    await expect(
      auth.login({ email: 'nobody@council.example', password: admin.password }, HOME),
    ).rejects.toMatchObject({ code: 'invalid_credentials' });
    await auth.login({ email: admin.email, password: admin.password }, HOME);
  });

  it('slows an address down for an account, alike for a known and an unknown email, never locking the owner out', async () => {
    const user = await app!
      .get(UsersService)
      .create(
        { email: 'itu@council.example', name: 'Itu', password: 'itu password', roles: ['itu'] },
        SYSTEM_ACTOR,
      );
    await auth.login({ email: user.email, password: 'itu password' }, HOME);
    const answers = async (email: string) => {
      const codes: string[] = [];
      for (let i = 0; i < 4; i++)
        codes.push(
          await auth.login({ email, password: 'nope' }, ATTACKER).then(
            () => 'ok',
            (e: { code: string }) => e.code,
          ),
        );
      return codes;
    };
    const known = await answers(user.email);
    expect(known).toEqual([
      'invalid_credentials',
      'invalid_credentials',
      'invalid_credentials',
      'rate_limited',
    ]);
    // the attacker's address waits, even with the right password; the owner's does not
    await expect(
      auth.login({ email: user.email, password: 'itu password' }, ATTACKER),
    ).rejects.toMatchObject({ code: 'rate_limited' });
    expect(await answers('nobody-else@council.example')).toEqual(known);
    await expect(
      auth.login({ email: user.email, password: 'itu password' }, HOME),
    ).resolves.toMatchObject({
      user: { email: user.email },
    });
  }, 30_000);

  it('closes an account failed from many addresses to new addresses only', async () => {
    await app!.get(UsersService).create(
      {
        email: 'owner@council.example',
        name: 'Owner',
        password: 'owner password',
        roles: ['command'],
      },
      SYSTEM_ACTOR,
    );
    await auth.login({ email: 'owner@council.example', password: 'owner password' }, HOME);
    for (let i = 0; i < 8; i++)
      await expect(
        auth.login({ email: 'owner@council.example', password: 'guess' }, `198.51.100.${i}`),
      ).rejects.toMatchObject({ code: 'invalid_credentials' });
    await expect(
      auth.login({ email: 'owner@council.example', password: 'owner password' }, '198.51.100.200'),
    ).rejects.toMatchObject({ code: 'rate_limited' });
    await expect(
      auth.login({ email: 'owner@council.example', password: 'owner password' }, HOME),
    ).resolves.toMatchObject({ user: { email: 'owner@council.example' } });
  }, 30_000);

  it("stops a signed-out token at once, and a disabled user's token once the change is heard", async () => {
    const tokens = app!.get(TokenService);
    const first = await auth.login(
      { email: 'owner@council.example', password: 'owner password' },
      HOME,
    );
    const second = await auth.login(
      { email: 'owner@council.example', password: 'owner password' },
      HOME,
    );
    await auth.logout(first.accessToken);
    expect(await tokens.authenticate(first.accessToken)).toBeNull();
    expect(await tokens.authenticate(second.accessToken)).toMatchObject({ id: second.user.id });
    await ds.query(`UPDATE users SET active = false WHERE id = $1`, [second.user.id]);
    // the process keeps its users until PostgreSQL's notice of the change (milliseconds)
    const deadline = Date.now() + 2_000;
    while ((await tokens.authenticate(second.accessToken)) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10));
    expect(await tokens.authenticate(second.accessToken)).toBeNull();
  }, 30_000);

  it('refuses an inactive login', async () => {
    await ds.query(`UPDATE users SET active = false WHERE email = $1`, [admin.email]);
    await expect(
      auth.login({ email: admin.email, password: admin.password }, HOME),
    ).rejects.toMatchObject({
      code: 'invalid_credentials',
    });
  });
});

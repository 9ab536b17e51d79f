import { INestApplicationContext } from '@nestjs/common';
import { Client } from 'pg';
import { SYSTEM_ACTOR } from '@cordon/platform';
import { createTestDatabase, testConfig, TestDatabase } from '@cordon/platform/testing';
import { ActiveUsersCache } from './active-users.cache';
import { TokenService } from './token.service';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';
import { startAuthContext } from './testing/auth-context';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `check` passes (or fails with its last error after 5 s). */
async function eventually(check: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await sleep(25);
    }
  }
}

describe(ActiveUsersCache.name, () => {
  let db: TestDatabase | undefined;
  let app: INestApplicationContext | undefined;
  let cache: ActiveUsersCache;
  let repo: UsersRepository;
  /** Another connection, as another process, the directory sync or a DBA would write. */
  let other: Client | undefined;
  let n = 0;

  const newUser = async () => {
    n++;
    const user = await app!.get(UsersService).create(
      {
        email: `kept-${n}@test.example`,
        name: `Kept ${n}`,
        password: 'long-password',
        roles: ['itu'],
      },
      SYSTEM_ACTOR,
    );
    // listening starts with the first use; a user is kept once it is up
    await eventually(async () => {
      await cache.activeById(user.id);
      expect(cache.size).toBeGreaterThan(0);
    });
    return user;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await startAuthContext(testConfig(db.url));
    cache = app.get(ActiveUsersCache);
    repo = app.get(UsersRepository);
    other = new Client({ connectionString: db.url });
    await other.connect();
  });
  afterAll(async () => {
    await other?.end();
    await app?.close();
    await db?.drop();
  });

  it('answers from memory, and hears every committed change to the row, a disablement included', async () => {
    const user = await newUser();
    const reads = jest.spyOn(repo, 'activeById');
    for (let i = 0; i < 10; i++)
      expect(await cache.activeById(user.id)).toMatchObject({ roles: ['itu'] });
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();

    await other!.query(`UPDATE users SET roles = '{owner}' WHERE id = $1`, [user.id]);
    await eventually(async () =>
      expect(await cache.activeById(user.id)).toMatchObject({ roles: ['owner'] }),
    );

    const token = app!.get(TokenService).issue({ ...user, roles: ['owner'] });
    expect(await app!.get(TokenService).authenticate(token)).toMatchObject({ id: user.id });
    await other!.query(`UPDATE users SET active = false WHERE id = $1`, [user.id]);
    await eventually(async () =>
      expect(await app!.get(TokenService).authenticate(token)).toBeNull(),
    );
  });

  it('does not keep a row read before a change whose notice came while it was read', async () => {
    const user = await newUser();
    await other!.query(`UPDATE users SET name = 'Before' WHERE id = $1`, [user.id]);
    await eventually(async () =>
      expect(await cache.activeById(user.id)).toMatchObject({ name: 'Before' }),
    );
    const real = repo.activeById.bind(repo);
    jest.spyOn(repo, 'activeById').mockImplementationOnce(async (id) => {
      const row = await real(id);
      // committed and heard after the row was read, before the read returns
      await other!.query(`UPDATE users SET name = 'After' WHERE id = $1`, [user.id]);
      await sleep(300);
      return row;
    });
    // drop the kept one, so the next use reads (and is overtaken by the change)
    await other!.query(`UPDATE users SET name = 'Between' WHERE id = $1`, [user.id]);
    await eventually(async () => {
      const answer = await cache.activeById(user.id);
      expect(answer?.name).not.toBe('Before');
    });
    expect(await cache.activeById(user.id)).toMatchObject({ name: 'After' });
  });

  it('keeps nothing while its connection is down, and hears changes again once it is back', async () => {
    const user = await newUser();
    await other!.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND query LIKE 'LISTEN cordon_users%'`,
    );
    await eventually(async () => expect(cache.size).toBe(0));
    // back (the listener reconnects within a second) and keeping again
    await eventually(async () => {
      await cache.activeById(user.id);
      expect(cache.size).toBeGreaterThan(0);
    });
    await other!.query(`UPDATE users SET roles = '{command}' WHERE id = $1`, [user.id]);
    await eventually(async () =>
      expect(await cache.activeById(user.id)).toMatchObject({ roles: ['command'] }),
    );
  });
});

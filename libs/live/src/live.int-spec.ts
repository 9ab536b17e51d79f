import { INestApplication, Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { AuthModule, AuthUser, TokenService, UsersService } from '@cordon/auth';
import type { Role } from '@cordon/contracts';
import { DirectoryModule } from '@cordon/directory';
import {
  AppConfig,
  AppLogger,
  PlatformModule,
  Spine,
  SpineTransaction,
  SYSTEM_ACTOR,
} from '@cordon/platform';
import { DataSource } from 'typeorm';
import { createTestDatabase, testConfig, TestDatabase } from '@cordon/platform/testing';
import { EventLogRepository } from './event-log.repository';
import { LiveAccessPolicy } from './live-access.policy';
import { LiveModule } from './live.module';
import { LiveClient } from './testing/live-client';

/** Test policy: anyone but plain staff; incidents whose id starts with 0 do not exist. */
@Injectable()
class TestPolicy implements LiveAccessPolicy {
  async check(user: AuthUser, incidentId: string) {
    if (incidentId.startsWith('00000000'))
      return { code: 'not_found' as const, message: 'no such incident' };
    if (user.roles.every((r) => r === 'staff'))
      return { code: 'forbidden' as const, message: 'staff see the status feed only' };
    return null;
  }
}

@Module({})
class LiveTestModule {
  static forRoot(config: AppConfig) {
    return {
      module: LiveTestModule,
      imports: [
        PlatformModule.forRoot(config),
        AuthModule,
        DirectoryModule,
        LiveModule.forRoot({ policy: TestPolicy }),
      ],
    };
  }
}

async function startApp(config: AppConfig): Promise<{ app: INestApplication; url: string }> {
  const app = await NestFactory.create(LiveTestModule.forRoot(config), {
    logger: new AppLogger('test', 'error', () => undefined),
  });
  await app.listen(0, '127.0.0.1');
  return {
    app,
    url: `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`,
  };
}

describe('live feed', () => {
  let db: TestDatabase | undefined;
  let a: { app: INestApplication; url: string } | undefined;
  let b: { app: INestApplication; url: string } | undefined;
  const clients: LiveClient[] = [];
  let spine: Spine;
  let tokenFor: (roles: Role[]) => Promise<string>;

  const write = (incidentId: string, n: number) =>
    spine.run(SYSTEM_ACTOR, async (tx) => {
      for (let i = 0; i < n; i++)
        tx.appendToIncident(incidentId, 'incident.update_posted', {
          message: `${i}`,
          nextUpdateDueAt: null,
        });
    });
  const client = async (url: string, token: string | undefined) => {
    const c = new LiveClient(url, token);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = testConfig(db.url);
    a = await startApp(config);
    b = await startApp(config);
    spine = a.app.get(Spine);
    let n = 0;
    tokenFor = async (roles) => {
      const user = await a!.app.get(UsersService).create(
        {
          email: `live-${++n}@test.example`,
          name: `User ${n}`,
          password: 'long-password',
          roles,
        },
        SYSTEM_ACTOR,
      );
      return a!.app.get(TokenService).issue({ ...user });
    };
  });
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await a?.app.close();
    await b?.app.close();
    await db?.drop();
  });

  it('sends the history after sinceSeq before the acknowledgement, then live events in order', async () => {
    const incidentId = randomUUID();
    await write(incidentId, 5);
    const c = await client(a!.url, await tokenFor(['command']));
    await c.connected();
    const ack = await c.subscribe(incidentId, 2);
    expect(ack).toEqual({ ok: true, seq: 5 });
    expect(c.seqs(incidentId)).toEqual([3, 4, 5]);
    await write(incidentId, 3);
    await c.waitForSeq(incidentId, 8);
    expect(c.seqs(incidentId)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(c.events[0]).toMatchObject({
      incidentId,
      type: 'incident.update_posted',
      actor: SYSTEM_ACTOR,
      data: { message: '2', nextUpdateDueAt: null },
    });
  });

  it('delivers to a client on one process the events committed through another, in order, none missing', async () => {
    const incidentId = randomUUID();
    const onB = await client(b!.url, await tokenFor(['owner']));
    await onB.connected();
    expect(await onB.subscribe(incidentId)).toEqual({ ok: true, seq: 0 });
    await Promise.all(Array.from({ length: 10 }, () => write(incidentId, 3)));
    await onB.waitForSeq(incidentId, 30);
    expect(onB.seqs(incidentId)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });

  it('loses nothing and repeats nothing while events are written during the catch-up', async () => {
    const incidentId = randomUUID();
    await write(incidentId, 200);
    const c = await client(b!.url, await tokenFor(['admin']));
    await c.connected();
    const writing = (async () => {
      for (let i = 0; i < 20; i++) await write(incidentId, 5);
    })();
    const ack = await c.subscribe(incidentId, 0);
    await writing;
    await c.waitForSeq(incidentId, 300);
    expect(ack.ok && ack.seq).toBeGreaterThanOrEqual(200);
    expect(c.seqs(incidentId)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
  });

  it('gives a client that resubscribes with its last seq exactly the 50 events it missed, then live ones', async () => {
    const incidentId = randomUUID();
    const token = await tokenFor(['command']);
    const first = await client(a!.url, token);
    await first.connected();
    await first.subscribe(incidentId);
    await write(incidentId, 10);
    await first.waitForSeq(incidentId, 10);
    const last = Math.max(...first.seqs(incidentId));
    first.close();

    await write(incidentId, 50);
    const again = await client(b!.url, token);
    await again.connected();
    expect(await again.subscribe(incidentId, last)).toEqual({ ok: true, seq: 60 });
    expect(again.seqs(incidentId)).toEqual(Array.from({ length: 50 }, (_, i) => i + 11));
    await write(incidentId, 2);
    await again.waitForSeq(incidentId, 62);
    expect(again.seqs(incidentId).slice(-3)).toEqual([60, 61, 62]);
  });

  it('refuses a handshake without a token or with a bad one', async () => {
    for (const token of [undefined, 'not-a-token']) {
      const c = await client(a!.url, token);
      await expect(c.connected()).rejects.toThrow('unauthorized');
    }
  });

  it('refuses a staff subscribe, an unknown incident and a malformed request with explicit errors', async () => {
    const staff = await client(a!.url, await tokenFor(['staff']));
    await staff.connected();
    expect(await staff.subscribe(randomUUID())).toMatchObject({ ok: false, code: 'forbidden' });
    const cmd = await client(a!.url, await tokenFor(['command']));
    await cmd.connected();
    expect(await cmd.subscribe('00000000-0000-4000-8000-000000000000')).toMatchObject({
      ok: false,
      code: 'not_found',
    });
    expect(await cmd.subscribe('nope')).toMatchObject({ ok: false, code: 'validation_failed' });
    expect(await cmd.subscribe(randomUUID(), -1)).toMatchObject({
      ok: false,
      code: 'validation_failed',
    });
  });

  it('sends a one-event commit from its NOTIFY, as the log holds it, without reading the log', async () => {
    const incidentId = randomUUID();
    const c = await client(b!.url, await tokenFor(['command']));
    await c.connected();
    await c.subscribe(incidentId);
    const reads = jest.spyOn(b!.app.get(EventLogRepository), 'streamEventsAfter');
    for (let i = 0; i < 20; i++) await write(incidentId, 1);
    await c.waitForSeq(incidentId, 20);
    // the 2 s poll may read once meanwhile; a read per commit would be 20
    expect(reads.mock.calls.filter(([stream]) => stream.endsWith(incidentId)).length).toBeLessThan(
      3,
    );
    reads.mockRestore();
    const logged: { seq: number; at: Date; type: string; actor: unknown; data: unknown }[] =
      await a!.app
        .get(DataSource)
        .query(
          `SELECT seq, at, type, actor, data FROM events WHERE incident_id = $1 ORDER BY seq`,
          [incidentId],
        );
    expect(c.events.filter((e) => e.incidentId === incidentId)).toEqual(
      logged.map((r) => ({ ...r, incidentId, at: r.at.toISOString() })),
    );
  });

  it('mixes carried events, uncarried commits and an event too large to carry, in order, none missing', async () => {
    const incidentId = randomUUID();
    const c = await client(b!.url, await tokenFor(['owner']));
    await c.connected();
    await c.subscribe(incidentId);
    const large = () =>
      spine.run(SYSTEM_ACTOR, async (tx) => {
        tx.appendToIncident(incidentId, 'incident.update_posted', {
          message: 'x'.repeat(7_500),
          nextUpdateDueAt: null,
        });
      });
    const sizes = Array.from({ length: 30 }, (_, i): number =>
      i % 10 === 5 ? 0 : i % 3 === 0 ? 2 : 1,
    );
    await Promise.all(sizes.map((n) => (n === 0 ? large() : write(incidentId, n))));
    const total = sizes.reduce((sum, n) => sum + Math.max(n, 1), 0);
    await c.waitForSeq(incidentId, total);
    expect(c.seqs(incidentId)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    const big = c.events.find(
      (e) => e.incidentId === incidentId && 'message' in e.data && e.data.message.length > 7_000,
    );
    expect(big).toBeDefined();
  });

  it('delivers events committed by a writer that has no live feed and is gone right after commit', async () => {
    const incidentId = randomUUID();
    const c = await client(b!.url, await tokenFor(['command']));
    await c.connected();
    await c.subscribe(incidentId);
    // a separate connection pool, as another process would have; destroyed at once
    const writer = new DataSource({ type: 'postgres', url: db!.url });
    await writer.initialize();
    await writer.transaction(async (manager) => {
      const tx = new SpineTransaction(manager, SYSTEM_ACTOR);
      tx.appendToIncident(incidentId, 'fault.reported', {
        faultReportId: randomUUID(),
        lanId: null,
        siteId: null,
      });
      await tx.finish();
    });
    await writer.destroy();
    await c.waitForSeq(incidentId, 1);
    expect(c.events.map((e) => e.type)).toEqual(['fault.reported']);
  });

  it('publishes nothing for a rolled-back transaction', async () => {
    const incidentId = randomUUID();
    const c = await client(a!.url, await tokenFor(['command']));
    await c.connected();
    await c.subscribe(incidentId);
    await expect(
      spine.run(SYSTEM_ACTOR, async (tx) => {
        tx.appendToIncident(incidentId, 'incident.updated', {
          changes: { title: 'never' },
          nextUpdateDueAt: null,
        });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow();
    await write(incidentId, 1);
    await c.waitForSeq(incidentId, 1);
    await new Promise((r) => setTimeout(r, 100));
    expect(c.events.map((e) => e.type)).toEqual(['incident.update_posted']);
  });
});

import { INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { io, Socket } from 'socket.io-client';
import { AuthModule, UsersService } from '@cordon/auth';
import type { StatusView } from '@cordon/contracts';
import { DirectoryModule } from '@cordon/directory';
import { IncidentLifecycleService } from '@cordon/incidents';
import { AppConfig, AppLogger, PlatformModule, SYSTEM_ACTOR } from '@cordon/platform';
import { createTestDatabase, testConfig, TestDatabase } from '@cordon/platform/testing';
import { LiveModule } from './live.module';
import { PublicStatusGateway } from './public-status.gateway';

@Module({})
class StatusTestModule {
  static forRoot(config: AppConfig) {
    return {
      module: StatusTestModule,
      imports: [PlatformModule.forRoot(config), AuthModule, DirectoryModule, LiveModule.forRoot()],
    };
  }
}

/** An anonymous client of /status recording every status it is sent. */
function statusClient(url: string) {
  const views: StatusView[] = [];
  const socket: Socket = io(`${url}/status`, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  socket.on('status.updated', (view: StatusView) => views.push(view));
  const until = async (test: (view: StatusView) => boolean, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = views.find(test);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no matching status within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  return { socket, views, until };
}

describe(PublicStatusGateway.name, () => {
  let db: TestDatabase | undefined;
  let app: INestApplication | undefined;
  let url: string;
  const sockets: Socket[] = [];
  const client = () => {
    const c = statusClient(url);
    sockets.push(c.socket);
    return c;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await NestFactory.create(StatusTestModule.forRoot(testConfig(db.url)), {
      logger: new AppLogger('test', 'error', () => undefined),
    });
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await app?.close();
    await db?.drop();
  });

  it('sends an anonymous client the current status, then the change an incident event makes', async () => {
    const staff = client();
    const first = await staff.until(() => true);
    expect(first.incidents).toEqual([]);
    expect(typeof first.updatedAt).toBe('string');

    const owner = await app!.get(UsersService).create(
      {
        email: 'owner@test.example',
        name: 'Olga Owner',
        password: 'long-password',
        roles: ['owner'],
      },
      SYSTEM_ACTOR,
    );
    const lifecycle = app!.get(IncidentLifecycleService);
    const incident = await lifecycle.create(
      { title: 'Worm on the network', severity: 1, summary: 'Scanning on port 135' },
      { ...owner, departmentId: null },
    );
    const declared = await staff.until((v) => v.incidents.length === 1);
    expect(declared.incidents[0]).toMatchObject({
      reference: incident.reference,
      title: 'Worm on the network',
      severity: 1,
      latestUpdate: null,
    });

    await lifecycle.postUpdate(
      incident.id,
      { message: 'Leave your PC switched on.' },
      { ...owner, departmentId: null },
    );
    const updated = await staff.until((v) => Boolean(v.incidents[0]?.latestUpdate));
    expect(updated.incidents[0].latestUpdate).toMatchObject({
      message: 'Leave your PC switched on.',
    });

    // a newcomer gets the current status at once, without asking
    const late = client();
    const now = await late.until(() => true);
    expect(now.incidents[0].latestUpdate?.message).toBe('Leave your PC switched on.');
  });

  it('disconnects a client that sends anything: the namespace only emits', async () => {
    const c = client();
    await c.until(() => true);
    const gone = new Promise<string>((resolve) => c.socket.once('disconnect', resolve));
    c.socket.emit('subscribe', { incidentId: 'anything' });
    await expect(gone).resolves.toBe('io server disconnect');
  });
});

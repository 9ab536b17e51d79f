import { INestApplication, Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { AuthModule, AuthUser, TokenService, UsersService } from '@cordon/auth';
import type { Role } from '@cordon/contracts';
import { DirectoryModule } from '@cordon/directory';
import { AppConfig, AppLogger, PlatformModule, Spine, SYSTEM_ACTOR } from '@cordon/platform';
import { createTestDatabase, testConfig, TestDatabase } from '@cordon/platform/testing';
import { campaignLiveStream } from './campaign-live.policy';
import { LiveAccessPolicy } from './live-access.policy';
import { LiveModule } from './live.module';
import { LiveClient } from './testing/live-client';

@Injectable()
class AnyIncident implements LiveAccessPolicy {
  async check(_user: AuthUser, _incidentId: string) {
    return null;
  }
}

@Module({})
class CampaignLiveTestModule {
  static forRoot(config: AppConfig) {
    return {
      module: CampaignLiveTestModule,
      imports: [
        PlatformModule.forRoot(config),
        AuthModule,
        DirectoryModule,
        LiveModule.forRoot({ policy: AnyIncident }),
      ],
    };
  }
}

describe('live feed of a patch campaign (campaign.subscribe)', () => {
  let db: TestDatabase | undefined;
  let app: INestApplication | undefined;
  let url = '';
  const clients: LiveClient[] = [];
  let n = 0;

  const token = async (roles: Role[]) => {
    const user = await app!.get(UsersService).create(
      {
        email: `campaign-live-${++n}@test.example`,
        name: `U${n}`,
        password: 'long-password',
        roles,
      },
      SYSTEM_ACTOR,
    );
    return app!.get(TokenService).issue({ ...user });
  };
  const client = async (roles: Role[]) => {
    const c = new LiveClient(url, await token(roles));
    clients.push(c);
    await c.connected();
    return c;
  };
  /** `n` events on the campaign's stream, as the campaigns feature writes them. */
  const write = (campaignId: string, count: number) =>
    app!.get(Spine).run(SYSTEM_ACTOR, async (tx) => {
      for (let i = 0; i < count; i++)
        tx.append(campaignLiveStream(campaignId), 'campaign.test_devices_set', {
          campaignId,
          advisoryId: randomUUID(),
          identifier: `MS03-0${i}`,
          testDevices: [],
        });
    });

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await NestFactory.create(CampaignLiveTestModule.forRoot(testConfig(db.url)), {
      logger: new AppLogger('test', 'error', () => undefined),
    });
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  }, 60_000);
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await app?.close();
    await db?.drop();
  });

  it('sends the events after sinceSeq before the acknowledgement, then each new one as it commits', async () => {
    const campaignId = randomUUID();
    await write(campaignId, 4);
    const c = await client(['command']);
    expect(await c.subscribeCampaign(campaignId, 1)).toEqual({ ok: true, seq: 4 });
    expect(c.campaignSeqs(campaignId)).toEqual([2, 3, 4]);
    await write(campaignId, 2);
    await c.waitForCampaignSeq(campaignId, 6);
    expect(c.campaignSeqs(campaignId)).toEqual([2, 3, 4, 5, 6]);
    expect(c.campaignEvents[0]).toMatchObject({
      campaignId,
      type: 'campaign.test_devices_set',
      actor: SYSTEM_ACTOR,
      data: { identifier: 'MS03-01' },
    });
    // an incident's events do not come as the campaign's, nor the campaign's as an incident's
    expect(c.events).toEqual([]);
  });

  it('resumes from the seq a reconnecting board had, missing nothing and repeating nothing', async () => {
    const campaignId = randomUUID();
    await write(campaignId, 3);
    const first = await client(['admin']);
    expect(await first.subscribeCampaign(campaignId)).toEqual({ ok: true, seq: 3 });
    first.close();
    await write(campaignId, 2);
    const again = await client(['admin']);
    expect(await again.subscribeCampaign(campaignId, 3)).toEqual({ ok: true, seq: 5 });
    expect(again.campaignSeqs(campaignId)).toEqual([4, 5]);
  });

  it('refuses plain staff, an unknown campaign and a bad id, by code', async () => {
    const campaignId = randomUUID();
    await write(campaignId, 1);
    const staff = await client(['staff']);
    expect(await staff.subscribeCampaign(campaignId)).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    const owner = await client(['owner']);
    expect(await owner.subscribeCampaign(randomUUID())).toMatchObject({
      ok: false,
      code: 'not_found',
    });
    expect(await owner.subscribeCampaign('campaign-1')).toMatchObject({
      ok: false,
      code: 'validation_failed',
      message: 'campaignId must be a UUID',
    });
    expect(staff.campaignEvents).toEqual([]);
  });
});

import { INestApplication, Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuthModule, AuthUser, TokenService, UsersService } from '@cordon/auth';
import type { EventData, EventType, Role } from '@cordon/contracts';
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

  const token = async (roles: Role[], departmentId?: string) => {
    const user = await app!.get(UsersService).create(
      {
        email: `campaign-live-${++n}@test.example`,
        name: `U${n}`,
        password: 'long-password',
        roles,
        departmentId,
      },
      SYSTEM_ACTOR,
    );
    return app!.get(TokenService).issue({ ...user });
  };
  const client = async (roles: Role[], departmentId?: string) => {
    const c = new LiveClient(url, await token(roles, departmentId));
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

  /** One event of each kind given, in one transaction, on the campaign's stream. */
  const append = (campaignId: string, events: [EventType, Record<string, unknown>][]) =>
    app!.get(Spine).run(SYSTEM_ACTOR, async (tx) => {
      for (const [type, data] of events)
        tx.append(campaignLiveStream(campaignId), type, {
          campaignId,
          advisoryId: randomUUID(),
          identifier: 'MS03-039',
          ...data,
        } as EventData<EventType>);
    });
  /** A department with one device on its own LAN. */
  const department = async (code: string) => {
    const ds = app!.get(DataSource);
    const [{ id }] = await ds.query(
      `INSERT INTO departments (code, name) VALUES ($1, $1) RETURNING id`,
      [code],
    );
    const [{ id: siteId }] = await ds.query(
      `INSERT INTO sites (code, name) VALUES ($1, $1) RETURNING id`,
      [`${code}-SITE`],
    );
    const [{ id: lanId }] = await ds.query(
      `INSERT INTO lans (code, name, site_id, department_id) VALUES ($1, $1, $2, $3) RETURNING id`,
      [`${code}-LAN`, siteId, id],
    );
    const hostname = `${code.toLowerCase()}-pc-1`;
    const [{ id: deviceId }] = await ds.query(
      `INSERT INTO devices (hostname, lan_id, department_id) VALUES ($1, $2, $3) RETURNING id`,
      [hostname, lanId, id],
    );
    return { id: id as string, device: { deviceId: deviceId as string, hostname, os: 'XP' } };
  };

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

  it("sends an ITU member the events of their own department's devices and stage only, catch-up and live", async () => {
    const soc = await department('SOC');
    const edu = await department('EDU');
    const campaignId = randomUUID();
    const testDevices = [soc.device, edu.device];
    const socDevice = { ...soc.device, departmentId: soc.id };
    await append(campaignId, [
      ['campaign.test_devices_set', { testDevices }], // 1: everyone, each their own machines
      ['campaign.stage_started', { departmentId: soc.id, devices: 1, alreadyPatched: 0 }], // 2
      ['campaign.device_claimed', { ...socDevice, claimedBy: { id: randomUUID(), name: 'S' } }], // 3
      ['campaign.test_recorded', { ...soc.device, result: 'passed', note: null }], // 4: by device
    ]);
    const eduItu = await client(['itu'], edu.id);
    const socItu = await client(['itu'], soc.id);
    const command = await client(['command']);
    for (const c of [eduItu, socItu, command])
      expect(await c.subscribeCampaign(campaignId)).toEqual({ ok: true, seq: 4 });
    expect(eduItu.campaignSeqs(campaignId)).toEqual([1]);
    expect(eduItu.campaignEvents[0].data).toMatchObject({ testDevices: [edu.device] });
    expect(socItu.campaignSeqs(campaignId)).toEqual([1, 2, 3, 4]);
    expect(socItu.campaignEvents[0].data).toMatchObject({ testDevices: [soc.device] });
    expect(command.campaignSeqs(campaignId)).toEqual([1, 2, 3, 4]);
    expect(command.campaignEvents[0].data).toMatchObject({ testDevices });

    await append(campaignId, [
      ['campaign.test_recorded', { ...soc.device, result: 'failed', note: 'BSOD' }], // 5
      ['campaign.stage_started', { departmentId: edu.id, devices: 1, alreadyPatched: 0 }], // 6
    ]);
    await append(campaignId, [['campaign.test_devices_set', { testDevices: [] }]]); // 7: everyone
    for (const c of [eduItu, socItu, command]) await c.waitForCampaignSeq(campaignId, 7);
    expect(eduItu.campaignSeqs(campaignId)).toEqual([1, 6, 7]);
    expect(socItu.campaignSeqs(campaignId)).toEqual([1, 2, 3, 4, 5, 7]);
    expect(command.campaignSeqs(campaignId)).toEqual([1, 2, 3, 4, 5, 6, 7]);

    // EDU's board resumes from the last seq it saw: the seqs left out are passed over again
    const again = await client(['itu'], edu.id);
    expect(await again.subscribeCampaign(campaignId, 1)).toEqual({ ok: true, seq: 7 });
    expect(again.campaignSeqs(campaignId)).toEqual([6, 7]);
  });
});

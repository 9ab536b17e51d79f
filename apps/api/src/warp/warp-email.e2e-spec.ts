import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import type { WarpPreviewView, WarpSendingView } from '@cordon/contracts';
import { AppConfig, AppLogger, NotifyModule, OutboxRelay, PlatformModule } from '@cordon/platform';
import { SmtpSink } from '@cordon/platform/testing';
import { WarpJobsModule } from '@cordon/warp';
import { ApiHarness, startApi } from '../testing/api-harness';
import { as } from '../testing/incident-fixture';

const WARP = 'warp@sector.example';

/** The worker's WARP jobs and the outbox relay, in the test's process. */
@Module({})
class WarpWorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WarpWorkerModule,
      imports: [PlatformModule.forRoot(config), NotifyModule, WarpJobsModule],
    };
  }
}

describe('WARP summaries emailed to WARP_EMAIL', () => {
  let sink: SmtpSink;
  let api: ApiHarness;
  let worker: INestApplicationContext;
  let owner: ReturnType<typeof as>;
  let incidentId: string;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    api = await startApi({ warpEmail: WARP });
    api.config.smtp = { ...api.config.smtp, url: sink.url, isDevelopmentCatcher: false };
    worker = await NestFactory.createApplicationContext(WarpWorkerModule.forRoot(api.config), {
      logger: new AppLogger('worker', 'error', () => undefined),
    });
    await worker.init();
    await worker.get(OutboxRelay).start({ pollMs: 200 });
    const login = await api.login(['owner'], { name: 'Priya Shah' });
    owner = as(api, login.token);
    incidentId = (
      await owner
        .post('incidents', {
          title: 'W32.Welchia seen by Priya Shah',
          severity: 1,
          summary: 'Hosts scanning TCP 135',
          ownerId: login.id,
        })
        .expect(201)
    ).body.id;
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await sink?.stop();
  });

  it('says where a sending goes, emails the summary there once, and records the delivery', async () => {
    const preview = (await owner.get(`incidents/${incidentId}/warp`).expect(200))
      .body as WarpPreviewView;
    expect(preview.warpEmail).toBe(WARP);
    const res = await owner.post(`incidents/${incidentId}/warp/sendings`, {}).expect(201);
    const sending = res.body.sending as WarpSendingView;
    expect(sending).toMatchObject({
      via: 'email',
      to: WARP,
      delivered: false,
      answers: ['declared:1'],
    });

    const deadline = Date.now() + 30_000;
    while (sink.messages.length === 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    expect(sink.messages).toHaveLength(1);
    const [mail] = sink.messages;
    expect(mail.to).toEqual([WARP]);
    expect(mail.subject).toMatch(/^WARP summary: INC-\d{4}-\d{4} \(W32\.Welchia\.Worm\)$/);
    expect(mail.text.replace(/\r\n/g, '\n').trim()).toBe(res.body.markdown.trim());
    expect(mail.text).not.toContain('Priya');

    let history: WarpSendingView[] = [];
    while (Date.now() < deadline) {
      history = (await owner.get(`incidents/${incidentId}/warp/sendings`).expect(200)).body.items;
      if (history[0]?.delivered) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(history).toEqual([{ ...sending, delivered: true }]);
    const [emailed] = await api.app
      .get(DataSource)
      .query(`SELECT data FROM events WHERE stream = $1 AND type = 'warp.summary_emailed'`, [
        `incident:${incidentId}`,
      ]);
    expect(emailed.data).toMatchObject({ sendingId: sending.sendingId, to: WARP });
  });

  it('records a refusal by the mail server for good as warp.email_failed, shown on the sending', async () => {
    sink.reject(WARP, 550, 'No such mailbox');
    const res = await owner.post(`incidents/${incidentId}/warp/sendings`, {}).expect(201);
    const sending = res.body.sending as WarpSendingView;
    // every prompt was answered by the first sending: this one answers none
    expect(sending.answers).toEqual([]);
    const deadline = Date.now() + 30_000;
    let mine: WarpSendingView | undefined;
    while (Date.now() < deadline) {
      const history: WarpSendingView[] = (
        await owner.get(`incidents/${incidentId}/warp/sendings`).expect(200)
      ).body.items;
      mine = history.find((s) => s.sendingId === sending.sendingId);
      if (mine?.failed) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(mine).toMatchObject({ delivered: false, failed: expect.stringContaining('550') });
    expect(sink.attempts(WARP)).toBe(2);
  });
});

import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DeliveryJobsModule } from '@cordon/delivery';
import { IncidentJobsModule } from '@cordon/incidents';
import { NoticesModule } from '@cordon/notices';
import { PlanAttachmentsModule } from '@cordon/reports';
import { ReviewJobsModule } from '@cordon/reviews';
import { AppConfig, AppLogger, NotifyModule, OutboxRelay, PlatformModule } from '@cordon/platform';
import { testConfig } from '@cordon/platform/testing';

/** The worker's modules (as apps/worker assembles them), in the test's process. */
@Module({})
class InProcessWorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: InProcessWorkerModule,
      imports: [
        PlatformModule.forRoot(config),
        NotifyModule,
        IncidentJobsModule,
        DeliveryJobsModule,
        NoticesModule,
        PlanAttachmentsModule,
        ReviewJobsModule,
      ],
    };
  }
}

/** Starts the comms worker and the outbox relay on `config`; close() stops them gracefully. */
export async function startCommsWorker(config: AppConfig): Promise<INestApplicationContext> {
  const logs = process.env['COMMS_TEST_LOGS'] === '1';
  const app = await NestFactory.createApplicationContext(InProcessWorkerModule.forRoot(config), {
    logger: new AppLogger('worker', logs ? 'info' : 'error', logs ? undefined : () => undefined),
  });
  await app.init();
  await app.get(OutboxRelay).start({ pollMs: 200 });
  return app;
}

/** Settings for delivery tests: a sink and a Twilio double, quick crash recovery. */
export function deliveryOverrides(
  sink: { url: string },
  double: { url: string; accountSid: string; authToken: string },
  redisUrl: string,
  extra: { emailConcurrency?: number } = {},
): Partial<AppConfig> {
  const base = testConfig('postgres://unused/unused');
  return {
    redisUrl,
    smtp: { ...base.smtp, url: sink.url, isDevelopmentCatcher: false, timeoutMs: 5_000 },
    twilio: {
      accountSid: double.accountSid,
      authToken: double.authToken,
      from: '+15005550006',
      apiBaseUrl: double.url,
    },
    sms: { perSecond: 1_000, timeoutMs: 5_000 },
    comms: {
      ...base.comms,
      emailConcurrency: extra.emailConcurrency ?? 10,
      smsConcurrency: 20,
      sendBackoffMs: 200,
      scanSeconds: 2,
      queueLockMs: 5_000,
      queueStalledIntervalMs: 2_000,
    },
  };
}

import { INestApplication, Type } from '@nestjs/common';
import { APP_GUARD, NestFactory } from '@nestjs/core';
import { AppConfig } from '../config/config';
import { HealthModule } from '../health/health.module';
import { configureHttp } from '../http/http-setup';
import { RateLimitGuard } from '../http/rate-limit.guard';
import { RateLimitModule } from '../http/rate-limit.module';
import { AppLogger } from '../logging/app-logger';
import { LoggingModule } from '../logging/logging.module';
import { PlatformModule } from '../platform.module';

export interface HttpTestApp {
  app: INestApplication;
  url: string;
  close(): Promise<void>;
}

/**
 * The platform's HTTP plumbing as the api assembles it (pino logs, rate limits, health,
 * problem+json) around a test's own controllers, on a random port. Logs are dropped
 * unless `logger` is given.
 */
export async function startHttpTestApp(
  config: AppConfig,
  controllers: Type[],
  logger = new AppLogger('test', 'error', () => undefined),
): Promise<HttpTestApp> {
  const module = class HttpTestModule {};
  const app = await NestFactory.create(
    {
      module,
      imports: [
        PlatformModule.forRoot(config),
        LoggingModule.forRoot(logger),
        RateLimitModule,
        HealthModule,
      ],
      controllers,
      providers: [{ provide: APP_GUARD, useClass: RateLimitGuard }],
    },
    { logger, bodyParser: false, abortOnError: false },
  );
  configureHttp(app);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  return { app, url: `http://127.0.0.1:${port}`, close: () => app.close() };
}

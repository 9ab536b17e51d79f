import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, AppLogger, configureHttp, httpMetrics, Metrics } from '@cordon/platform';
import { AppModule } from './app.module';
import { serveConsole } from './http/console';
import { setupOpenApi } from './http/openapi';
import { answerStatusAhead } from './http/status-route';

/** Builds the HTTP application (used by main and by e2e tests). */
export async function createApi(
  config: AppConfig,
  logger = new AppLogger('api', config.logLevel),
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, logger), {
    logger,
    bodyParser: false,
  });
  app.use(httpMetrics(app.get(Metrics))); // first: every answer is timed, refusals too
  configureHttp(app);
  app.setGlobalPrefix('api/v1');
  setupOpenApi(app);
  serveConsole(app, config.consoleDir);
  answerStatusAhead(app);
  return app;
}

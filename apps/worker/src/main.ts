import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  AppLogger,
  ConfigError,
  DevMailCatcher,
  exitOnSignalsOnceBuilt,
  loadConfig,
} from '@cordon/platform';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = loadConfig();
  const built = exitOnSignalsOnceBuilt('worker');
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: new AppLogger('worker', config.logLevel),
  });
  if (built(app)) return; // told to stop while starting: stopping now
  await app.init();
  // Development without SMTP_URL: mail goes to a local catcher (files under MAIL_DIR).
  await app.get(DevMailCatcher).start();
  Logger.log({ msg: 'worker running', queuePrefix: config.queuePrefix }, 'main');
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`cordon worker: configuration: ${err.message}\n`);
  } else {
    process.stderr.write(
      `cordon worker: failed to start: ${(err as Error).stack ?? String(err)}\n`,
    );
  }
  process.exit(1);
});

import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, exitOnSignals, loadConfig } from '@cordon/platform';
import { createApi } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApi(config);
  exitOnSignals(app, 'api');
  await app.listen(config.port);
  Logger.log({ msg: 'api listening', port: config.port, publicUrl: config.publicUrl }, 'main');
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`cordon api: configuration: ${err.message}\n`);
  } else {
    process.stderr.write(`cordon api: failed to start: ${(err as Error).stack ?? String(err)}\n`);
  }
  process.exit(1);
});

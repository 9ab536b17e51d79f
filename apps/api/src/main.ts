import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, exitOnSignalsOnceBuilt, loadConfig } from '@cordon/platform';
import { createApi } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  const built = exitOnSignalsOnceBuilt('api');
  const app = await createApi(config);
  if (built(app)) return; // told to stop while starting: stopping now
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

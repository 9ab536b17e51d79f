// npm run seed:demo: applies pending migrations to DATABASE_URL, then loads the demo
// council (deterministic and idempotent: run it again and nothing changes) and prints
// the demo logins.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DemoSeedModule, seedDemoCouncil } from '@cordon/demo';
import { ConfigError, loadConfig } from '@cordon/platform';
import { createDataSource, ensureDatabase } from './db/data-source';

async function migrate(url: string): Promise<string[]> {
  await ensureDatabase(url);
  const ds = createDataSource(url);
  await ds.initialize();
  try {
    return (await ds.runMigrations({ transaction: 'each' })).map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}

async function main(): Promise<void> {
  const config = { ...loadConfig(), logLevel: 'error' as const };
  const applied = await migrate(config.databaseUrl);
  const app = await NestFactory.createApplicationContext(DemoSeedModule.forRoot(config), {
    logger: ['error'],
  });
  const started = Date.now();
  try {
    const report = await seedDemoCouncil(app);
    const out = process.stdout;
    out.write(`cordon demo council loaded in ${Date.now() - started} ms\n`);
    if (applied.length) out.write(`  migrations applied: ${applied.join(', ')}\n`);
    out.write(
      `  ${report.departments} departments, ${report.units} support units, ${report.sites} sites, ${report.lans} LANs\n` +
        `  staff:   ${report.staff.total} (created ${report.staff.created}, updated ${report.staff.updated})\n` +
        `  devices: ${report.devices.total} (created ${report.devices.created}, updated ${report.devices.updated})\n\n` +
        `  demo logins (password for all: ${report.logins[0].password})\n`,
    );
    for (const login of report.logins) {
      out.write(
        `    ${login.roles.join(',').padEnd(8)} ${login.email.padEnd(28)} ${login.department ?? ''}\n`,
      );
    }
  } finally {
    await app.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(
    `cordon seed:demo: ${err instanceof ConfigError ? err.message : ((err as Error).stack ?? String(err))}\n`,
  );
  process.exit(1);
});

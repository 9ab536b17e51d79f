// npm run seed:demo: applies pending migrations to DATABASE_URL, then loads the demo
// council and its Welchia incident in progress (deterministic and idempotent: run it
// again and nothing changes) and prints the demo logins last.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DemoSeedModule, formatLoginsTable, seedDemoCouncil } from '@cordon/demo';
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
    const { incident: i, devices } = report;
    const lines = [
      `cordon demo council loaded in ${Date.now() - started} ms`,
      ...(applied.length ? [`  migrations applied: ${applied.join(', ')}`] : []),
      `  ${report.departments} departments, ${report.units} support units, ${report.sites} sites, ${report.lans} LANs`,
      `  staff:   ${report.staff.total} (created ${report.staff.created}, updated ${report.staff.updated})`,
      devices.kept
        ? `  devices: ${devices.total} (left as the incident in progress has them)`
        : `  devices: ${devices.total} (created ${devices.created}, updated ${devices.updated})`,
      '',
      `${i.created ? 'Incident in progress' : 'Incident in progress (already there, left as it is)'}: ${i.reference} ${i.title}`,
      `  owner ${i.owner}, status ${i.status}, ${i.events} events on the timeline`,
      `  LANs: ${i.lans.map((l) => `${l.code} ${l.phase}${l.phase === 'planned' ? '' : ` (${l.verified}/${l.devices} verified)`}`).join(', ')}`,
      `  tasks: ${i.tasks.total} (open ${i.tasks.open}, claimed ${i.tasks.claimed}, done ${i.tasks.done})`,
      ...(i.directive
        ? [
            `  directive: acknowledged by ${i.directive.acknowledged} of ${i.directive.departments} departments`,
          ]
        : []),
      ...(i.broadcast
        ? [
            `  broadcast: ${i.broadcast.recipients} staff, ${i.broadcast.acknowledged} acknowledged${i.created ? ' (the worker sends it when Cordon starts)' : ''}`,
          ]
        : []),
      `  detections: ${i.detections}`,
      '',
      // last, so that it is what stays on screen
      formatLoginsTable(report.logins),
      '',
    ];
    process.stdout.write(lines.join('\n'));
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

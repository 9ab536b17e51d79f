// npm run migrate: applies every pending migration to DATABASE_URL, then exits 0.
import { ConfigError, loadConfig } from '@cordon/platform';
import { createDataSource, ensureDatabase } from './db/data-source';

async function main(): Promise<void> {
  const { databaseUrl } = loadConfig();
  await ensureDatabase(databaseUrl);
  const ds = createDataSource(databaseUrl);
  await ds.initialize();
  try {
    const applied = await ds.runMigrations({ transaction: 'each' });
    const names = applied.map((m) => m.name);
    process.stdout.write(
      JSON.stringify({
        msg: names.length ? 'migrations applied' : 'database is up to date',
        applied: names,
      }) + '\n',
    );
  } finally {
    await ds.destroy();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(
    `cordon migrate: ${err instanceof ConfigError ? err.message : (err as Error).stack}\n`,
  );
  process.exit(1);
});

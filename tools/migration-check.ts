// Fails when the entities and the migrations disagree: migrates a scratch database,
// then asks TypeORM what it would still change.
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { loadConfig } from '@cordon/platform';
import { createDataSource, ensureDatabase } from './db/data-source';

export async function pendingSchemaChanges(baseUrl: string): Promise<string[]> {
  const url = new URL(baseUrl);
  const name = `cordon_schema_check_${randomBytes(4).toString('hex')}`;
  url.pathname = `/${name}`;
  await ensureDatabase(url.toString());
  const ds = createDataSource(url.toString());
  try {
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
    const sql = await ds.driver.createSchemaBuilder().log();
    return sql.upQueries.map((q) => q.query);
  } finally {
    if (ds.isInitialized) await ds.destroy();
    const admin = new URL(baseUrl);
    admin.pathname = '/postgres';
    const a = new DataSource({ type: 'postgres', url: admin.toString() });
    await a.initialize();
    await a.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await a.destroy();
  }
}

if (require.main === module) {
  pendingSchemaChanges(loadConfig().databaseUrl)
    .then((changes) => {
      if (changes.length === 0) {
        process.stdout.write('entities and migrations agree\n');
        return;
      }
      process.stderr.write(
        `entities and migrations disagree; run npm run migration:generate -- <Name>:\n${changes.join(';\n')}\n`,
      );
      process.exit(1);
    })
    .catch((err: unknown) => {
      process.stderr.write(`${(err as Error).stack}\n`);
      process.exit(1);
    });
}

// Fails when the entities and the migrations disagree: migrates a scratch database,
// then asks TypeORM what it would still change.
import { loadConfig } from '@cordon/platform';
import { createDataSource, createScratchDatabase } from './db/data-source';

export async function pendingSchemaChanges(baseUrl: string): Promise<string[]> {
  const scratch = await createScratchDatabase(baseUrl, 'cordon_schema_check');
  const ds = createDataSource(scratch.url);
  try {
    await ds.initialize();
    const sql = await ds.driver.createSchemaBuilder().log();
    return sql.upQueries.map((q) => q.query);
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await scratch.drop();
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

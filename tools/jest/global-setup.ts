// Builds (once per migrations hash) the template database every test file clones,
// and drops test databases left behind by runs more than two hours old.
import { DataSource } from 'typeorm';
import {
  databaseUrl,
  templateDatabaseName,
  withServer,
} from '../../libs/platform/src/testing/test-database';
import { MIGRATIONS } from '../../migrations';

export default async function globalSetup(): Promise<void> {
  const template = templateDatabaseName();
  await withServer(async (client) => {
    await client.query(`SELECT pg_advisory_lock(hashtext('cordon.test-template'))`);
    try {
      const stale = await client.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE 'cordon_t\\_%' OR (datname LIKE 'cordon_tpl\\_%' AND datname <> $1)`,
        [template],
      );
      const cutoff = Math.floor(Date.now() / 1000) - 2 * 3600;
      for (const { datname } of stale.rows) {
        const born = Number(/^cordon_t_(\d+)_/.exec(datname)?.[1] ?? 0);
        if (datname.startsWith('cordon_tpl_') || born < cutoff) {
          await client
            .query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`)
            .catch(() => undefined);
        }
      }
      const exists = await client.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [template]);
      if (exists.rowCount) return;
      const building = `${template}_build`;
      await client.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
      await client.query(`CREATE DATABASE "${building}"`);
      const ds = new DataSource({
        type: 'postgres',
        url: databaseUrl(building),
        migrations: MIGRATIONS,
      });
      await ds.initialize();
      try {
        await ds.runMigrations({ transaction: 'each' });
      } finally {
        await ds.destroy();
      }
      await client.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`);
    } finally {
      await client.query(`SELECT pg_advisory_unlock(hashtext('cordon.test-template'))`);
    }
  });
}

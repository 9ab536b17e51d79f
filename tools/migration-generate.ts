// npm run migration:generate -- <Name>: writes migrations/<timestamp>-<name>.ts from the
// difference between the entities and the migrations so far, and adds it to the index.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '@cordon/platform';
import { createDataSource, createScratchDatabase } from './db/data-source';

const esc = (q: string) => q.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name))
    throw new Error('usage: npm run migration:generate -- PascalCaseName');
  const scratch = await createScratchDatabase(loadConfig().databaseUrl, 'cordon_schema_gen');
  const ds = createDataSource(scratch.url);
  try {
    await ds.initialize();
    const sql = await ds.driver.createSchemaBuilder().log();
    if (sql.upQueries.length === 0) {
      process.stdout.write('no changes: entities and migrations agree\n');
      return;
    }
    const ts = Date.now();
    const className = `${name}${ts}`;
    const up = sql.upQueries
      .map((q) => `    await queryRunner.query(\`${esc(q.query)}\`);`)
      .join('\n');
    const down = sql.downQueries
      .reverse()
      .map((q) => `    await queryRunner.query(\`${esc(q.query)}\`);`)
      .join('\n');
    const file = `${ts}-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`;
    const root = join(__dirname, '..', 'migrations');
    writeFileSync(
      join(root, `${file}.ts`),
      `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${up}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${down}
  }
}
`,
    );
    const indexPath = join(root, 'index.ts');
    const index = readFileSync(indexPath, 'utf8')
      .replace(
        '// migrations: imports',
        `// migrations: imports\nimport { ${className} } from './${file}';`,
      )
      .replace('// migrations: list', `// migrations: list\n  ${className},`);
    // keep the list in order: new entries go last
    const reordered = index
      .replace(/(\/\/ migrations: list\n)((?:  .*,\n)*)/, (_m, head: string, body: string) => {
        const lines = body.split('\n').filter(Boolean);
        const newest = lines.shift();
        return head + [...lines, newest].join('\n') + '\n';
      })
      .replace(
        /(\/\/ migrations: imports\n)((?:import .*\n)*)/,
        (_m, head: string, body: string) => {
          const lines = body.split('\n').filter(Boolean);
          const newest = lines.shift();
          return head + [...lines, newest].join('\n') + '\n';
        },
      );
    writeFileSync(indexPath, reordered);
    process.stdout.write(`wrote migrations/${file}.ts\n`);
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await scratch.drop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});

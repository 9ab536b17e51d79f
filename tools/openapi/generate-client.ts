// Regenerates what the console's typed client is built from, in order:
//   1. libs/contracts/src/openapi-schemas.ts from the contract's types,
//   2. apps/console/src/api/openapi.json, the document of an api booted as the e2e
//      harness boots it (a throwaway database, its own Redis prefix; PostgreSQL and Redis
//      must be running), and apps/console/src/api/schema.d.ts, its openapi-typescript types.
//
//   node tools/run-ts.mjs tools/openapi/generate-client.ts           write the files
//   node tools/run-ts.mjs tools/openapi/generate-client.ts --check   exit 1 when one is stale
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { CLIENT_FILES, GENERATE_CLIENT_COMMAND, renderClientFiles } from './client-files';
import {
  buildContractSchemas,
  CONTRACT_SCHEMAS_FILE,
  renderContractSchemas,
} from './contract-schemas';
import type * as RunningDocument from './running-document';

const read = (path: string): string => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const started = Date.now();

  const schemas = await renderContractSchemas(buildContractSchemas());
  const stale = read(CONTRACT_SCHEMAS_FILE) === schemas ? [] : [CONTRACT_SCHEMAS_FILE];
  // Written before the api is loaded (below), which bundles it.
  if (!check) writeFileSync(CONTRACT_SCHEMAS_FILE, schemas);

  // Required only now, after the write: the api bundles the schemas module.
  const { fetchRunningDocument } = require('./running-document') as typeof RunningDocument;
  const files = await renderClientFiles(await fetchRunningDocument());
  const outputs: [string, string][] = [
    [CLIENT_FILES.document, files.document],
    [CLIENT_FILES.types, files.types],
  ];
  stale.push(...outputs.filter(([path, text]) => read(path) !== text).map(([path]) => path));
  const names = stale.map((path) => relative(process.cwd(), path)).join(', ');
  if (check) {
    if (stale.length) {
      process.stderr.write(`stale: ${names}; run ${GENERATE_CLIENT_COMMAND}\n`);
      process.exit(1);
    }
    process.stdout.write('the generated api files are up to date\n');
  } else {
    for (const [path, text] of outputs) writeFileSync(path, text);
    process.stdout.write(`${stale.length ? `wrote ${names}` : 'nothing changed'}`);
    process.stdout.write(` (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  }
  // The api's Redis and PostgreSQL clients are closed; exit without waiting on stray timers.
  process.exit(0);
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});

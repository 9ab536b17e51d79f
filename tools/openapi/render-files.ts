// Prints, as JSON, what every generated api file should hold for the OpenAPI document read
// from stdin: [{path, text, command}]. openapi-typescript and prettier load as ES modules,
// which jest cannot require, so the e2e test (apps/api/src/http/openapi.e2e-spec.ts) runs
// this in a child process:  node tools/run-ts.mjs tools/openapi/render-files.ts < doc.json
import { relative } from 'node:path';
import { CLIENT_FILES, GENERATE_CLIENT_COMMAND, renderClientFiles } from './client-files';
import {
  buildContractSchemas,
  CONTRACT_SCHEMAS_COMMAND,
  CONTRACT_SCHEMAS_FILE,
  renderContractSchemas,
} from './contract-schemas';

export interface RenderedFile {
  /** Relative to the workspace root. */
  path: string;
  text: string;
  /** What regenerates it. */
  command: string;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(): Promise<void> {
  const root = `${__dirname}/../..`;
  const document = JSON.parse(await readStdin()) as object;
  const client = await renderClientFiles(document);
  const files: RenderedFile[] = [
    {
      path: relative(root, CONTRACT_SCHEMAS_FILE),
      text: await renderContractSchemas(buildContractSchemas()),
      command: CONTRACT_SCHEMAS_COMMAND,
    },
    {
      path: relative(root, CLIENT_FILES.document),
      text: client.document,
      command: GENERATE_CLIENT_COMMAND,
    },
    {
      path: relative(root, CLIENT_FILES.types),
      text: client.types,
      command: GENERATE_CLIENT_COMMAND,
    },
  ];
  process.stdout.write(JSON.stringify(files));
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});

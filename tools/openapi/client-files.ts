// The console's generated api files, rendered from an OpenAPI document: the document
// itself (stable key order) and its types from openapi-typescript. Used by
// generate-client.ts to write them and by apps/api/src/http/openapi.e2e-spec.ts to check them.
import { join } from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';

const root = join(__dirname, '..', '..');
export const GENERATE_CLIENT_COMMAND = 'npm run openapi:generate';
export const CLIENT_FILES = {
  document: join(root, 'apps/console/src/api/openapi.json'),
  types: join(root, 'apps/console/src/api/schema.d.ts'),
} as const;

export interface ClientFiles {
  document: string;
  types: string;
}

/** Object keys sorted, except a schema's `properties`, which keep the contract's order. */
export function canonical(value: unknown, keepOrder = false): unknown {
  if (Array.isArray(value)) return value.map((v) => canonical(v));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value as Record<string, unknown>);
  if (!keepOrder) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v, k === 'properties')]));
}

async function pretty(source: string, filepath: string): Promise<string> {
  return format(source, { ...(await resolveConfig(filepath)), filepath });
}

export async function renderClientFiles(document: object): Promise<ClientFiles> {
  const doc = canonical(document) as Record<string, unknown>;
  const ast = await openapiTS(structuredClone(doc) as unknown as OpenAPI3);
  const header = [
    `// Generated from the api's OpenAPI document by \`${GENERATE_CLIENT_COMMAND}\`. Do not edit.`,
    '',
  ].join('\n');
  return {
    document: await pretty(JSON.stringify(doc, null, 2), CLIENT_FILES.document),
    types: await pretty(header + astToString(ast), CLIENT_FILES.types),
  };
}

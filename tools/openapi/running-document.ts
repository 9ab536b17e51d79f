// Boots the api exactly as the e2e harness does (its own throwaway database cloned from
// the migrations template, its own Redis prefix), reads /api/docs-json, and stops it.
import 'reflect-metadata';
import { startApi } from '../../apps/api/src/testing/api-harness';
import globalSetup from '../jest/global-setup';

export type OpenApiDocument = Record<string, unknown> & {
  paths: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, unknown> };
};

export async function fetchRunningDocument(): Promise<OpenApiDocument> {
  await globalSetup();
  const api = await startApi();
  try {
    const res = await fetch(`${api.url}/api/docs-json`);
    if (!res.ok) throw new Error(`GET /api/docs-json answered ${res.status}`);
    return (await res.json()) as OpenApiDocument;
  } finally {
    await api.close();
  }
}

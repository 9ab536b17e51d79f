import type { Page } from './types';
import { api, CallOptions } from './client';

/**
 * Every item of a list the api pages (`{items, nextCursor}`), `limit` at a time, up to
 * `maxPages` pages; `complete` says whether the end was reached.
 */
export async function readPages<T>(
  path: string,
  query: CallOptions['query'] = {},
  { limit = 500, maxPages = 10 }: { limit?: number; maxPages?: number } = {},
): Promise<{ items: T[]; complete: boolean }> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < maxPages; i += 1) {
    const page: Page<T> = await api.get<Page<T>>(path, { ...query, limit, cursor });
    items.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) return { items, complete: true };
  }
  return { items, complete: false };
}

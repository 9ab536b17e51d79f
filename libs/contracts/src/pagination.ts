export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const PAGE_LIMIT_DEFAULT = 50;
export const PAGE_LIMIT_MAX = 500;

type Env = Record<string, string | undefined>;

/** Redis Cluster seed nodes (issue 16); null: a single Redis at REDIS_URL. */
export function redisClusterNodes(_env: Env): string[] | null {
  return null;
}

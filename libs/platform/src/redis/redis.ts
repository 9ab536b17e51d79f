import { Redis, RedisOptions } from 'ioredis';

/**
 * A Redis connection from REDIS_URL (its db index honoured). `role` decides the
 * failure behaviour: producers fail fast while Redis is away (the outbox keeps the
 * work), blocking consumers wait for it forever.
 */
export function createRedis(
  url: string,
  role: 'producer' | 'consumer' | 'client',
  extra: RedisOptions = {},
): Redis {
  const base: RedisOptions = {
    lazyConnect: false,
    connectTimeout: 5_000,
    retryStrategy: (times) => Math.min(200 * times, 2_000),
  };
  const byRole: Record<typeof role, RedisOptions> = {
    producer: { enableOfflineQueue: false, maxRetriesPerRequest: 1 },
    consumer: { maxRetriesPerRequest: null },
    client: { enableOfflineQueue: false, maxRetriesPerRequest: 1 },
  };
  const redis = new Redis(url, { ...base, ...byRole[role], ...extra });
  // Errors surface on the commands that fail; without a listener ioredis would print every reconnect.
  redis.on('error', () => undefined);
  return redis;
}

export async function closeRedis(redis: Redis | undefined | null): Promise<void> {
  if (!redis) return;
  try {
    await redis.quit();
  } catch {
    redis.disconnect();
  }
}

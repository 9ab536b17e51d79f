import { Cluster, ClusterNode, Redis, RedisOptions } from 'ioredis';
import type { AppConfig } from '../config/config';

/** A single Redis or a Redis Cluster: the commands Cordon uses are the same on both. */
export type RedisConnection = Redis | Cluster;

/** Where Redis is: REDIS_URL, or the cluster's seed nodes (with REDIS_URL's credentials). */
export type RedisTarget = Pick<AppConfig, 'redisUrl' | 'redisCluster'>;

type Role = 'producer' | 'consumer' | 'client';

const retry = (times: number): number => Math.min(200 * times, 2_000);

/**
 * A Redis connection from REDIS_URL (its db index honoured), or an ioredis Cluster on
 * REDIS_CLUSTER_NODES. `role` decides the failure behaviour: producers fail fast while
 * Redis is away (the outbox keeps the work), blocking consumers wait for it forever.
 */
export function createRedis(
  target: RedisTarget,
  role: Role,
  extra: RedisOptions = {},
): RedisConnection {
  const byRole: Record<Role, RedisOptions> = {
    producer: { enableOfflineQueue: false, maxRetriesPerRequest: 1 },
    consumer: { maxRetriesPerRequest: null },
    client: { enableOfflineQueue: false, maxRetriesPerRequest: 1 },
  };
  const redis = target.redisCluster
    ? createCluster(target.redisUrl, target.redisCluster, role, extra)
    : new Redis(target.redisUrl, {
        lazyConnect: false,
        connectTimeout: 5_000,
        retryStrategy: retry,
        ...byRole[role],
        ...extra,
      });
  // Errors surface on the commands that fail; without a listener ioredis would print every reconnect.
  redis.on('error', () => undefined);
  return redis;
}

/** REDIS_CLUSTER_NODES' `host:port` / `[v6]:port` entries as ioredis takes them. */
export function clusterNodes(seeds: string[]): ClusterNode[] {
  return seeds.map((seed) => {
    const colon = seed.lastIndexOf(':');
    const host = seed.slice(0, colon).replace(/^\[|\]$/g, '');
    return { host, port: Number(seed.slice(colon + 1)) };
  });
}

/**
 * The cluster: every node with REDIS_URL's user, password and TLS; the role's options
 * per node (BullMQ reads `maxRetriesPerRequest` there) and its offline queue on the
 * cluster itself (ioredis always queues per node while a node connects). A lost cluster
 * is reconnected with the same backoff as a single Redis.
 */
function createCluster(url: string, seeds: string[], role: Role, extra: RedisOptions): Cluster {
  const parsed = new URL(url);
  const { keyPrefix, lazyConnect, ...rest } = extra;
  const nodes = clusterNodes(seeds);
  return new Cluster(nodes, {
    lazyConnect: lazyConnect ?? false,
    enableOfflineQueue: role === 'consumer',
    clusterRetryStrategy: retry,
    keyPrefix,
    redisOptions: {
      connectTimeout: 5_000,
      maxRetriesPerRequest: role === 'consumer' ? null : 1,
      username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
      password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
      tls: parsed.protocol === 'rediss:' ? {} : undefined,
      ...rest,
    },
  });
}

/** QUIT, or a hard disconnect when it fails or takes longer than `graceMs` (a node is gone). */
export async function closeRedis(
  redis: RedisConnection | undefined | null,
  graceMs = 2_000,
): Promise<void> {
  if (!redis) return;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      redis.quit(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('QUIT timed out')), graceMs);
      }),
    ]);
  } catch {
    redis.disconnect();
  } finally {
    clearTimeout(timer);
  }
}

import { randomBytes } from 'node:crypto';
import { Cluster } from 'ioredis';
import { AppConfig, loadConfig } from '../config/config';
import type { RedisConnection } from '../redis/redis';

/** A config for one test file: its own database, its own Redis key prefix. */
export function testConfig(databaseUrl: string, overrides: Partial<AppConfig> = {}): AppConfig {
  const base = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379/0',
    QUEUE_PREFIX: `t_${randomBytes(5).toString('hex')}`,
    JWT_SECRET: randomBytes(24).toString('hex'),
    LOG_LEVEL: 'error',
  });
  return { ...base, ...overrides };
}

/** Deletes every Redis key a test wrote under its prefix (on every master of a cluster). */
export async function clearPrefix(redis: RedisConnection, prefix: string): Promise<void> {
  const nodes = redis instanceof Cluster ? redis.nodes('master') : [redis];
  for (const node of nodes) {
    let cursor = '0';
    do {
      const [next, keys] = await node.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      // one DEL per key: a cluster refuses a DEL over keys of different slots
      if (keys.length) await node.pipeline(keys.map((key) => ['del', key])).exec();
    } while (cursor !== '0');
  }
}

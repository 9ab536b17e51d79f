import { randomBytes } from 'node:crypto';
import { AppConfig, loadConfig } from '../config/config';

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

/** Deletes every Redis key a test wrote under its prefix. */
export async function clearPrefix(redis: import('ioredis').Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length) await redis.del(...keys);
  } while (cursor !== '0');
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HealthView } from '@cordon/contracts';
import { RedisClient } from '../redis/redis.module';

@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly redis: RedisClient,
  ) {}

  private async postgresUp(timeoutMs: number): Promise<boolean> {
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('timeout')), timeoutMs).unref(),
        ),
      ]);
      return true;
    } catch {
      return false;
    }
  }

  async check(timeoutMs = 1_000): Promise<HealthView> {
    const [postgres, redis] = await Promise.all([
      this.postgresUp(timeoutMs),
      this.redis.ping(timeoutMs),
    ]);
    return {
      status: postgres && redis ? 'ok' : 'unavailable',
      checks: { postgres: postgres ? 'up' : 'down', redis: redis ? 'up' : 'down' },
    };
  }
}

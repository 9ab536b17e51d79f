import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheckResult, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { HealthView } from '@cordon/contracts';
import { RedisHealthIndicator } from './redis.health';

const up = (result: HealthCheckResult, key: string): 'up' | 'down' =>
  result.details[key]?.status === 'up' ? 'up' : 'down';

/**
 * Readiness through @nestjs/terminus: PostgreSQL (`SELECT 1`) and Redis (`PING`), each
 * within the timeout, told in the contract's HealthView (`status: 'unavailable'` when
 * either is down, for a 503).
 */
@Injectable()
export class HealthService {
  constructor(
    private readonly health: HealthCheckService,
    private readonly postgres: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  async check(timeoutMs = 1_000): Promise<HealthView> {
    let result: HealthCheckResult;
    try {
      result = await this.health.check([
        () => this.postgres.pingCheck('postgres', { timeout: timeoutMs }),
        () => this.redis.pingCheck('redis', timeoutMs),
      ]);
    } catch (err) {
      if (!(err instanceof ServiceUnavailableException)) throw err;
      result = err.getResponse() as HealthCheckResult;
    }
    return {
      status: result.status === 'ok' ? 'ok' : 'unavailable',
      checks: { postgres: up(result, 'postgres'), redis: up(result, 'redis') },
    };
  }
}

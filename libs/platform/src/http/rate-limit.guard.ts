import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { RateLimiter } from './rate-limiter';

export interface RateLimitRule {
  /** Bucket name, e.g. 'login'. */
  name: string;
  limit: number;
  windowSeconds: number;
}

const RATE_LIMIT = 'cordon:rate-limit';

/** Limits a route per client address; past the limit it answers 429 with Retry-After. */
export const RateLimit = (rule: RateLimitRule) => SetMetadata(RATE_LIMIT, rule);

export class RateLimitedError extends Error {
  override readonly name = 'CodedError';
  readonly code = 'rate_limited' as const;

  constructor(readonly retryAfterSeconds: number) {
    super(`Too many requests; try again in ${retryAfterSeconds} s`);
  }
}

@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const rule = this.reflector.getAllAndOverride<RateLimitRule | undefined>(RATE_LIMIT, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) return true;
    const req = context.switchToHttp().getRequest<Request>();
    const decision = await this.limiter.hit(
      `${rule.name}:${req.ip ?? 'unknown'}`,
      rule.limit,
      rule.windowSeconds,
    );
    const res = context.switchToHttp().getResponse<Response>();
    res.setHeader('RateLimit-Limit', String(rule.limit));
    res.setHeader('RateLimit-Remaining', String(decision.remaining));
    if (!decision.allowed) throw new RateLimitedError(decision.retryAfterSeconds);
    return true;
  }
}

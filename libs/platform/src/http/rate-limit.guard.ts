import { ExecutionContext, Inject, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  ThrottlerLimitDetail,
  type ThrottlerModuleOptions,
  ThrottlerRequest,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import type { Request } from 'express';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';

export interface RateLimitRule {
  /** Bucket name, e.g. 'login': routes naming the same bucket share one budget. */
  name: string;
  /** Requests allowed per window and client address; from the config when it is a function. */
  limit: number | ((config: AppConfig) => number);
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

  /** In the problem body too, for clients that cannot read Retry-After. */
  get extra(): { retryAfterSeconds: number } {
    return { retryAfterSeconds: this.retryAfterSeconds };
  }
}

/**
 * @nestjs/throttler's guard, applied only to routes that carry a `@RateLimit` rule: the
 * rule gives the limit and the window, the bucket is the rule's name and the client's
 * address (`req.ip`: the peer's address, or X-Forwarded-For from the proxies TRUST_PROXY
 * names, as `configureHttp` sets), and the counters live in the shared Redis store (`RateLimitStore`). Past the
 * limit the address is refused for one window: 429 `rate_limited` with Retry-After.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override headerPrefix = 'RateLimit';

  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super(options, storage, reflector);
  }

  private ruleOf(context: ExecutionContext): RateLimitRule | undefined {
    return this.reflector.getAllAndOverride<RateLimitRule | undefined>(RATE_LIMIT, [
      context.getHandler(),
      context.getClass(),
    ]);
  }

  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return context.getType() !== 'http' || !this.ruleOf(context);
  }

  protected override handleRequest(request: ThrottlerRequest): Promise<boolean> {
    const rule = this.ruleOf(request.context);
    if (!rule) return Promise.resolve(true);
    const ttl = rule.windowSeconds * 1000;
    const limit = typeof rule.limit === 'function' ? rule.limit(this.config) : rule.limit;
    return super.handleRequest({ ...request, limit, ttl, blockDuration: ttl });
  }

  protected override getTracker(req: Record<string, unknown>): Promise<string> {
    return Promise.resolve((req as unknown as Request).ip ?? 'unknown');
  }

  protected override generateKey(context: ExecutionContext, tracker: string): string {
    return `rl:${this.ruleOf(context)?.name ?? 'route'}:${tracker}`;
  }

  protected override throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    throw new RateLimitedError(Math.max(1, detail.timeToBlockExpire));
  }
}

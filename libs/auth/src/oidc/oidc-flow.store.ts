import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DomainError } from '@cordon/domain';
import { RedisClient } from '@cordon/platform';
import type { OidcFlow } from './oidc-client';

/** How long a browser has between leaving for the provider and coming back. */
export const FLOW_TTL_SECONDS = 600;

const key = (id: string) => `oidc:flow:${id}`;

/**
 * Sign-ins in progress, in the shared Redis (under QUEUE_PREFIX) so any api process can
 * take the callback: the flow's state, nonce and PKCE verifier under a random id that
 * only the browser holds (an httpOnly cookie). Taken once: a replayed callback finds nothing.
 */
@Injectable()
export class OidcFlowStore {
  constructor(private readonly client: RedisClient) {}

  async put(flow: OidcFlow): Promise<string> {
    const id = randomBytes(24).toString('base64url');
    try {
      await this.client.redis.set(key(id), JSON.stringify(flow), 'EX', FLOW_TTL_SECONDS);
    } catch {
      throw new DomainError('unavailable', 'Sign-in is unavailable for a moment; try again');
    }
    return id;
  }

  /** The flow, removed so it is used once; null when unknown or expired. */
  async take(id: string | null): Promise<OidcFlow | null> {
    if (!id || !/^[A-Za-z0-9_-]{32}$/.test(id)) return null;
    let raw: string | null;
    try {
      raw = await this.client.redis.getdel(key(id));
    } catch {
      throw new DomainError('unavailable', 'Sign-in is unavailable for a moment; try again');
    }
    return raw ? (JSON.parse(raw) as OidcFlow) : null;
  }
}

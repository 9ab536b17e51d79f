import {
  CanActivate,
  createParamDecorator,
  ExecutionContext,
  Inject,
  Injectable,
} from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import type { ActorRef } from '@cordon/contracts';
import { actorOf, AuthUser, bearerToken, TokenService } from '@cordon/auth';
import { DomainError, hasAnyRole } from '@cordon/domain';
import { APP_CONFIG, AppConfig } from '@cordon/platform';

type DetectionRequest = Request & { user?: AuthUser; detectionActor?: ActorRef };

/** Monitoring's key, compared in constant time; false when no key is configured. */
export function keyMatches(given: string, expected: string | null): boolean {
  if (!expected) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * `POST /detections` takes either monitoring's `X-Api-Key` (DETECTION_API_KEY) or a
 * bearer token of command staff or an admin. The route is @Public for the global guard;
 * this guard decides.
 */
@Injectable()
export class DetectionAuthGuard implements CanActivate {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: TokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<DetectionRequest>();
    const key = req.header('x-api-key');
    if (key !== undefined) {
      if (!keyMatches(key, this.config.detectionApiKey)) {
        throw new DomainError('unauthorized', 'The API key is not valid');
      }
      req.detectionActor = { id: null, name: 'Monitoring (API key)', kind: 'api_key' };
      return true;
    }
    const user = await this.tokens.authenticate(bearerToken(req.header('authorization')));
    if (!user) {
      throw new DomainError('unauthorized', 'A valid bearer token or X-Api-Key is required');
    }
    if (!hasAnyRole(user, ['command'])) {
      throw new DomainError('forbidden', 'Only command staff or monitoring record detections');
    }
    req.user = user;
    req.detectionActor = actorOf(user);
    return true;
  }
}

/** Who reported the detection: monitoring's key or the user. */
export const DetectionActor = createParamDecorator(
  (_: unknown, context: ExecutionContext): ActorRef =>
    context.switchToHttp().getRequest<DetectionRequest>().detectionActor as ActorRef,
);

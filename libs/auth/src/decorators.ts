import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@cordon/contracts';
import type { AuthUser } from './auth-user';

export const IS_PUBLIC = 'cordon:public';
export const ROLES = 'cordon:roles';

/** The route needs no token (only those the contract names). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The caller must hold one of these roles (admin holds them all). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthUser => {
    return context.switchToHttp().getRequest<{ user: AuthUser }>().user;
  },
);

import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActiveUsersCache } from './active-users.cache';
import { AdminBootstrap } from './admin-bootstrap';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { GroupMappingsController } from './group-mappings/group-mappings.controller';
import { GroupMappingsRepository } from './group-mappings/group-mappings.repository';
import { GroupMappingsService } from './group-mappings/group-mappings.service';
import { UserAccessService } from './group-mappings/user-access.service';
import { LoginThrottleStore } from './login-throttle.store';
import { OidcClient } from './oidc/oidc-client';
import { OidcController } from './oidc/oidc.controller';
import { OidcFlowStore } from './oidc/oidc-flow.store';
import { OidcSignInService } from './oidc/oidc-sign-in.service';
import { UserIdentitiesRepository } from './oidc/user-identities.repository';
import { AUTH_ENTITIES } from './entities';
import { TokenService } from './token.service';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

/** Logins, tokens and the global guard: every HTTP route needs a token unless @Public(). */
@Module({
  imports: [TypeOrmModule.forFeature(AUTH_ENTITIES)],
  controllers: [AuthController, UsersController, GroupMappingsController, OidcController],
  providers: [
    UsersRepository,
    ActiveUsersCache,
    TokenService,
    AuthService,
    LoginThrottleStore,
    UsersService,
    AdminBootstrap,
    GroupMappingsRepository,
    GroupMappingsService,
    UserAccessService,
    OidcClient,
    OidcFlowStore,
    OidcSignInService,
    UserIdentitiesRepository,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [TokenService, UsersService, GroupMappingsService, UserAccessService],
})
export class AuthModule {}

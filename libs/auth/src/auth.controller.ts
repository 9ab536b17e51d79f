import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { LoginResponse, UserView } from '@cordon/contracts';
import { ApiProblems, ApiView, RateLimit, RateLimitRule } from '@cordon/platform';
import { AuthService } from './auth.service';
import { bearerToken } from './auth.guard';
import { AuthUser, toUserView } from './auth-user';
import { CurrentUser, Public } from './decorators';
import { LoginDto } from './dto/login.dto';

/**
 * LOGIN_RATE_PER_MINUTE attempts a minute per client address (the real one: proxies are
 * believed only as TRUST_PROXY says), counted before the password, whatever the account.
 */
const LOGIN_LIMIT: RateLimitRule = {
  name: 'login',
  limit: (config) => config.login.perMinute,
  windowSeconds: 60,
};

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @RateLimit(LOGIN_LIMIT)
  @ApiOperation({
    summary:
      'Exchange email and password for an access token (rate limited per address; repeated failures for one account wait longer and longer, never a lockout)',
  })
  @ApiView('LoginResponse')
  @ApiProblems(
    'validation_failed',
    'malformed_json',
    'invalid_credentials',
    'local_login_disabled',
    'rate_limited',
  )
  login(@Body() dto: LoginDto, @Req() req: Request): Promise<LoginResponse> {
    return this.auth.login(dto, req.ip ?? 'unknown');
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Sign out: the token stops working at once' })
  @ApiNoContentResponse({ description: 'Signed out' })
  @ApiProblems('unauthorized')
  async logout(@Req() req: Request): Promise<void> {
    const token = bearerToken(req.header('authorization'));
    if (token) await this.auth.logout(token);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiView('UserView')
  @ApiProblems('unauthorized')
  me(@CurrentUser() user: AuthUser): UserView {
    return toUserView(user);
  }
}

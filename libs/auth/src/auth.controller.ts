import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { LoginResponse, UserView } from '@cordon/contracts';
import { ApiProblems, ApiView, RateLimit, RateLimitRule } from '@cordon/platform';
import { AuthService } from './auth.service';
import { AuthUser, toUserView } from './auth-user';
import { CurrentUser, Public } from './decorators';
import { LoginDto } from './dto/login.dto';

/** LOGIN_RATE_PER_MINUTE attempts a minute per client address, counted before the password. */
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
  @ApiOperation({ summary: 'Exchange email and password for an access token (rate limited)' })
  @ApiView('LoginResponse')
  @ApiProblems(
    'validation_failed',
    'malformed_json',
    'invalid_credentials',
    'account_locked',
    'rate_limited',
  )
  login(@Body() dto: LoginDto): Promise<LoginResponse> {
    return this.auth.login(dto);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiView('UserView')
  @ApiProblems('unauthorized')
  me(@CurrentUser() user: AuthUser): UserView {
    return toUserView(user);
  }
}

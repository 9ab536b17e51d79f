import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { LoginResponse, UserView } from '@cordon/contracts';
import { ApiProblems, ApiView } from '@cordon/platform';
import { AuthService } from './auth.service';
import { AuthUser, toUserView } from './auth-user';
import { CurrentUser, Public } from './decorators';
import { LoginDto } from './dto/login.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange email and password for an access token (rate limited)' })
  @ApiView('LoginResponse')
  @ApiProblems(
    'validation_failed',
    'malformed_json',
    'invalid_credentials',
    'account_locked',
    'rate_limited',
  )
  login(@Body() dto: LoginDto, @Ip() ip: string): Promise<LoginResponse> {
    return this.auth.login(dto, ip);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiView('UserView')
  @ApiProblems('unauthorized')
  me(@CurrentUser() user: AuthUser): UserView {
    return toUserView(user);
  }
}

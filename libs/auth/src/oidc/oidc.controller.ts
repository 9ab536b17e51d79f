import { Controller, Get, Inject, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { AuthMethodsView } from '@cordon/contracts';
import {
  ApiProblems,
  ApiView,
  AppConfig,
  APP_CONFIG,
  RateLimit,
  RateLimitRule,
} from '@cordon/platform';
import { Public } from '../decorators';
import { OidcClient } from './oidc-client';
import { cookieValue, FLOW_COOKIE, FLOW_COOKIE_PATH } from './oidc-cookie';
import { FLOW_TTL_SECONDS } from './oidc-flow.store';
import { OidcPageFilter } from './oidc-page.filter';
import { OidcSignInService } from './oidc-sign-in.service';

/** Single sign-on's two steps share one budget per client address: twice the login limit. */
const SSO_LIMIT: RateLimitRule = {
  name: 'sso',
  limit: (config) => config.login.perMinute * 2,
  windowSeconds: 60,
};

@ApiTags('auth')
@Controller('auth')
export class OidcController {
  constructor(
    private readonly sso: OidcSignInService,
    private readonly oidc: OidcClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('methods')
  @ApiOperation({ summary: 'What the sign-in page offers: password sign-in, single sign-on' })
  @ApiView('AuthMethodsView')
  @ApiProblems('internal')
  methods(): AuthMethodsView {
    const oidc = this.config.oidc;
    return {
      localLogin: this.config.localLogin,
      sso: oidc ? { displayName: oidc.displayName, loginUrl: '/api/v1/auth/oidc/login' } : null,
    };
  }

  @Public()
  @Get('oidc/login')
  @RateLimit(SSO_LIMIT)
  @UseFilters(OidcPageFilter)
  // a page the browser navigates to (302 to the provider), not an API call: docs/sso.md
  @ApiExcludeEndpoint()
  async login(@Res() res: Response): Promise<void> {
    const { url, flowId } = await this.sso.begin();
    res
      .cookie(FLOW_COOKIE, flowId, {
        httpOnly: true,
        sameSite: 'lax',
        secure: this.config.publicUrl.startsWith('https:'),
        path: FLOW_COOKIE_PATH,
        maxAge: FLOW_TTL_SECONDS * 1000,
      })
      .setHeader('Cache-Control', 'no-store')
      .redirect(302, url);
  }

  /** The provider sends the browser here; the console takes the token from the fragment. */
  @Public()
  @Get('oidc/callback')
  @RateLimit(SSO_LIMIT)
  @UseFilters(OidcPageFilter)
  @ApiExcludeEndpoint()
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const url = new URL(this.oidc.redirectUrl);
    url.search = new URL(req.originalUrl, 'http://x').search;
    const signedIn = await this.sso.complete(url, cookieValue(req.header('cookie'), FLOW_COOKIE));
    res
      .clearCookie(FLOW_COOKIE, { path: FLOW_COOKIE_PATH })
      .setHeader('Cache-Control', 'no-store')
      .setHeader('Referrer-Policy', 'no-referrer')
      .redirect(303, `/signed-in#token=${encodeURIComponent(signedIn.accessToken)}`);
  }
}

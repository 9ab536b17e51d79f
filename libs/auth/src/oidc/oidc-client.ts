import { Inject, Injectable, Logger } from '@nestjs/common';
// ESM only: webpack bundles it into the api (tools/webpack/bundle-esm-only.js) and jest
// transforms it (transformIgnorePatterns in jest.preset.js); see docs/sso.md.
import * as client from 'openid-client';
import { DomainError } from '@cordon/domain';
import { AppConfig, APP_CONFIG, OidcConfig } from '@cordon/platform';

/** What a sign-in keeps server-side between the redirect and the callback. */
export interface OidcFlow {
  state: string;
  nonce: string;
  codeVerifier: string;
}

const LOOPBACK = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/;

/**
 * Cordon's side of OpenID Connect through openid-client: discovery (cached, retried after
 * a failure), the authorisation URL (code flow, PKCE S256, state, nonce) and the code
 * exchange, in which openid-client checks state, the ID token's signature, issuer,
 * audience, expiry and nonce, and sends the PKCE verifier.
 */
@Injectable()
export class OidcClient {
  private readonly log = new Logger(OidcClient.name);
  private discovered: Promise<client.Configuration> | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get settings(): OidcConfig {
    if (!this.config.oidc) throw new DomainError('not_found', 'Single sign-on is not configured');
    return this.config.oidc;
  }

  get redirectUrl(): string {
    return this.settings.redirectUrl ?? `${this.config.publicUrl}/api/v1/auth/oidc/callback`;
  }

  private configuration(): Promise<client.Configuration> {
    if (!this.discovered) {
      const { issuerUrl, clientId, clientSecret } = this.settings;
      const insecure = LOOPBACK.test(issuerUrl);
      this.discovered = client
        .discovery(
          new URL(issuerUrl),
          clientId,
          clientSecret ?? undefined,
          clientSecret ? client.ClientSecretPost(clientSecret) : client.None(),
          { execute: insecure ? [client.allowInsecureRequests] : [], timeout: 10 },
        )
        .catch((err: unknown) => {
          this.discovered = null;
          this.log.warn({ msg: 'OpenID provider discovery failed', error: String(err) });
          throw new DomainError('unavailable', 'The sign-in provider cannot be reached');
        });
    }
    return this.discovered;
  }

  /** A new flow and the provider's URL to send the browser to. */
  async start(): Promise<{ url: string; flow: OidcFlow }> {
    const config = await this.configuration();
    const flow: OidcFlow = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
    };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUrl,
      scope: this.settings.scopes.join(' '),
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(flow.codeVerifier),
      code_challenge_method: 'S256',
      state: flow.state,
      nonce: flow.nonce,
    });
    return { url: url.href, flow };
  }

  /**
   * Exchanges the code on the callback URL for validated claims (the ID token's, with
   * userinfo's added when the groups claim is not in the token). Any mismatch (state,
   * nonce, PKCE, signature, audience) or an error from the provider is `sso_failed`.
   */
  async finish(callbackUrl: URL, flow: OidcFlow): Promise<Record<string, unknown>> {
    const config = await this.configuration();
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: flow.codeVerifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
    } catch (err) {
      throw this.refusal(err);
    }
    const claims = tokens.claims();
    if (!claims) throw new DomainError('sso_failed', 'The provider returned no ID token');
    const groupsClaim = this.settings.groupsClaim;
    if (claims[groupsClaim] !== undefined || !config.serverMetadata().userinfo_endpoint)
      return { ...claims };
    try {
      const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
      return { ...info, ...claims, [groupsClaim]: info[groupsClaim] };
    } catch (err) {
      throw this.refusal(err);
    }
  }

  private refusal(err: unknown): DomainError {
    const reason =
      err instanceof client.AuthorizationResponseError
        ? `the provider answered ${err.error}${err.error_description ? `: ${err.error_description}` : ''}`
        : err instanceof Error
          ? // openid-client wraps oauth4webapi's precise reason (which claim, which parameter)
            err.cause instanceof Error
            ? `${err.message}: ${err.cause.message}`
            : err.message
          : String(err);
    this.log.warn({ msg: 'single sign-on refused', reason });
    return new DomainError('sso_failed', `Single sign-on failed: ${reason}`);
  }
}

import { LOCAL_LOGIN_MODES, LocalLoginMode } from '@cordon/contracts';
import { ConfigError } from './config';

type Env = Record<string, string | undefined>;

/** Single sign-on with OpenID Connect (issue 17, docs/sso.md). null: not configured. */
export interface OidcConfig {
  /** The provider's issuer; its discovery document is `<issuer>/.well-known/openid-configuration`. */
  issuerUrl: string;
  clientId: string;
  /** Secret: never logged. null: a public client (PKCE alone). */
  clientSecret: string | null;
  /** Always holds `openid`. */
  scopes: string[];
  /** The ID token (or userinfo) claim that lists the user's groups. */
  groupsClaim: string;
  /** Shown on the sign-in button: "Sign in with <displayName>". */
  displayName: string;
  /** Where the provider sends the browser back; null: `PUBLIC_URL/api/v1/auth/oidc/callback`. */
  redirectUrl: string | null;
}

const text = (env: Env, name: string): string | undefined => {
  const value = env[name]?.trim();
  return value ? value : undefined;
};

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** An http(s) URL; plain http only on loopback (a provider run for tests or development). */
function webUrl(name: string, value: string): string {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(`${name} is not a valid URL`);
  }
  if (parsed.protocol === 'https:') return value;
  if (parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname)) return value;
  throw new ConfigError(`${name} must use https:// (http:// only on localhost)`);
}

function scopes(raw: string | undefined): string[] {
  const list = (raw ?? 'openid profile email').split(/[\s,]+/).filter(Boolean);
  const bad = list.find((s) => !/^[\x21\x23-\x5b\x5d-\x7e]+$/.test(s));
  if (bad !== undefined) throw new ConfigError(`OIDC_SCOPES holds an invalid scope "${bad}"`);
  if (!list.includes('openid')) throw new ConfigError('OIDC_SCOPES must include openid');
  return [...new Set(list)];
}

export function oidcConfig(env: Env): OidcConfig | null {
  const names = Object.keys(env).filter((k) => k.startsWith('OIDC_') && text(env, k));
  if (names.length === 0) return null;
  const issuer = text(env, 'OIDC_ISSUER_URL');
  if (!issuer)
    throw new ConfigError(
      `OIDC_ISSUER_URL is required when any OIDC_ variable is set (${names[0]})`,
    );
  const clientId = text(env, 'OIDC_CLIENT_ID');
  if (!clientId) throw new ConfigError('OIDC_CLIENT_ID is required when OIDC_ISSUER_URL is set');
  const groupsClaim = text(env, 'OIDC_GROUPS_CLAIM') ?? 'groups';
  if (!/^[A-Za-z0-9_:./-]{1,100}$/.test(groupsClaim))
    throw new ConfigError('OIDC_GROUPS_CLAIM must be a claim name (letters, digits, _ : . / -)');
  const displayName = text(env, 'OIDC_DISPLAY_NAME') ?? 'single sign-on';
  if (displayName.length > 60)
    throw new ConfigError('OIDC_DISPLAY_NAME must be at most 60 characters');
  const redirect = text(env, 'OIDC_REDIRECT_URL');
  return {
    issuerUrl: webUrl('OIDC_ISSUER_URL', issuer),
    clientId,
    clientSecret: text(env, 'OIDC_CLIENT_SECRET') ?? null,
    scopes: scopes(text(env, 'OIDC_SCOPES')),
    groupsClaim,
    displayName,
    redirectUrl: redirect ? webUrl('OIDC_REDIRECT_URL', redirect) : null,
  };
}

/**
 * LOCAL_LOGIN: who may sign in with email and password. `all` (the default); `admins`,
 * break-glass accounts only, everyone else through single sign-on; `off`, nobody.
 * Anything but `all` needs single sign-on configured, or nobody could sign in.
 */
export function localLoginMode(env: Env, oidc: OidcConfig | null): LocalLoginMode {
  const raw = text(env, 'LOCAL_LOGIN') ?? 'all';
  if (!(LOCAL_LOGIN_MODES as readonly string[]).includes(raw))
    throw new ConfigError(`LOCAL_LOGIN must be one of ${LOCAL_LOGIN_MODES.join(', ')}`);
  if (raw !== 'all' && !oidc)
    throw new ConfigError(`LOCAL_LOGIN=${raw} needs single sign-on (set OIDC_ISSUER_URL)`);
  return raw as LocalLoginMode;
}

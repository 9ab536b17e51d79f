import { ConfigError, loadConfig } from './config';

const base = {
  OIDC_ISSUER_URL: 'https://login.microsoftonline.com/tid/v2.0',
  OIDC_CLIENT_ID: 'c1',
};

describe('loadConfig: OIDC_* and LOCAL_LOGIN', () => {
  it('has no single sign-on and lets everyone sign in with a password by default', () => {
    const config = loadConfig({});
    expect(config.oidc).toBeNull();
    expect(config.localLogin).toBe('all');
  });

  it('reads a provider with its defaults', () => {
    expect(loadConfig(base).oidc).toEqual({
      issuerUrl: base.OIDC_ISSUER_URL,
      clientId: 'c1',
      clientSecret: null,
      scopes: ['openid', 'profile', 'email'],
      groupsClaim: 'groups',
      displayName: 'single sign-on',
      redirectUrl: null,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      ...base,
      OIDC_CLIENT_SECRET: ' s3cret ',
      OIDC_SCOPES: 'openid,profile  offline_access openid',
      OIDC_GROUPS_CLAIM: 'roles',
      OIDC_DISPLAY_NAME: 'Council account',
      OIDC_REDIRECT_URL: 'https://cordon.council.example/api/v1/auth/oidc/callback',
      LOCAL_LOGIN: 'admins',
    });
    expect(config.oidc).toMatchObject({
      clientSecret: 's3cret',
      scopes: ['openid', 'profile', 'offline_access'],
      groupsClaim: 'roles',
      displayName: 'Council account',
      redirectUrl: 'https://cordon.council.example/api/v1/auth/oidc/callback',
    });
    expect(config.localLogin).toBe('admins');
  });

  it('allows plain http for a provider on loopback only', () => {
    const local = { ...base, OIDC_ISSUER_URL: 'http://127.0.0.1:4010' };
    expect(loadConfig(local).oidc?.issuerUrl).toBe('http://127.0.0.1:4010');
  });

  it.each([
    [{ OIDC_CLIENT_ID: 'c1' }, 'OIDC_ISSUER_URL'],
    [{ OIDC_ISSUER_URL: 'https://idp.example' }, 'OIDC_CLIENT_ID'],
    [{ ...base, OIDC_ISSUER_URL: 'http://idp.example' }, 'OIDC_ISSUER_URL'],
    [{ ...base, OIDC_ISSUER_URL: 'not a url' }, 'OIDC_ISSUER_URL'],
    [{ ...base, OIDC_SCOPES: 'profile email' }, 'OIDC_SCOPES'],
    [{ ...base, OIDC_SCOPES: 'openid "x"' }, 'OIDC_SCOPES'],
    [{ ...base, OIDC_GROUPS_CLAIM: 'group s' }, 'OIDC_GROUPS_CLAIM'],
    [{ ...base, OIDC_DISPLAY_NAME: 'x'.repeat(61) }, 'OIDC_DISPLAY_NAME'],
    [{ ...base, OIDC_REDIRECT_URL: 'ftp://x' }, 'OIDC_REDIRECT_URL'],
    [{ ...base, LOCAL_LOGIN: 'some' }, 'LOCAL_LOGIN'],
    [{ LOCAL_LOGIN: 'off' }, 'LOCAL_LOGIN'],
    [{ LOCAL_LOGIN: 'admins' }, 'LOCAL_LOGIN'],
  ] as [Record<string, string>, string][])('refuses %j in one line naming %s', (env, name) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(new RegExp(`^${name}[ =]`));
    expect((error as Error).message).not.toContain('\n');
  });
});

import { ConfigError, loadConfig } from './config';

describe('loadConfig: TRUST_PROXY, CORS_ORIGINS, HSTS_MAX_AGE', () => {
  it('trusts no proxy, allows no origin and sends no HSTS by default', () => {
    expect(loadConfig({}).security).toEqual({
      trustProxy: false,
      corsOrigins: [],
      hstsMaxAgeSeconds: null,
    });
    expect(loadConfig({ TRUST_PROXY: 'false' }).security.trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '0' }).security.trustProxy).toBe(false);
  });

  it('takes a hop count or a list of addresses, ranges and Express names', () => {
    expect(loadConfig({ TRUST_PROXY: '1' }).security.trustProxy).toBe(1);
    expect(
      loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,192.0.2.7 , fd00::/8' }).security.trustProxy,
    ).toEqual(['loopback', '10.0.0.0/8', '192.0.2.7', 'fd00::/8']);
  });

  it.each(['true', '*', '11', '10.0.0.0/33', '10.0.0.300', 'proxy.example', '10.0.0.0/8/1'])(
    'refuses TRUST_PROXY=%s, naming the variable',
    (value) => {
      expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(ConfigError);
      expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/^TRUST_PROXY /);
    },
  );

  it('takes origins, refusing anything with a path or another scheme', () => {
    expect(
      loadConfig({ CORS_ORIGINS: 'https://console.council.example, http://localhost:5173' })
        .security.corsOrigins,
    ).toEqual(['https://console.council.example', 'http://localhost:5173']);
    for (const bad of ['*', 'https://a.example/path', 'ftp://a.example', 'a.example'])
      expect(() => loadConfig({ CORS_ORIGINS: bad })).toThrow(/^CORS_ORIGINS entry/);
  });

  it('takes an HSTS max-age in seconds, at most two years', () => {
    expect(loadConfig({ HSTS_MAX_AGE: '31536000' }).security.hstsMaxAgeSeconds).toBe(31_536_000);
    expect(() => loadConfig({ HSTS_MAX_AGE: '1y' })).toThrow(/^HSTS_MAX_AGE /);
    expect(() => loadConfig({ HSTS_MAX_AGE: '99999999' })).toThrow(/^HSTS_MAX_AGE /);
  });

  it('reads the sign-in throttling from LOGIN_ variables', () => {
    expect(loadConfig({}).login).toEqual({
      perMinute: 10,
      freeFailures: 3,
      maxDelaySeconds: 300,
      accountFailures: 50,
      windowMinutes: 15,
    });
    expect(loadConfig({ LOGIN_FREE_FAILURES: '5' }).login.freeFailures).toBe(5);
    expect(() => loadConfig({ LOGIN_MAX_DELAY_SECONDS: '0' })).toThrow(/^LOGIN_MAX_DELAY_SECONDS/);
  });
});

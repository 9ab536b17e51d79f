import { ConfigError, loadConfig } from './config';

describe('loadConfig: WARP_EMAIL', () => {
  it('is null when unset or blank: summaries are recorded as sent by hand', () => {
    expect(loadConfig({}).warpEmail).toBeNull();
    expect(loadConfig({ WARP_EMAIL: '  ' }).warpEmail).toBeNull();
  });

  it('takes one email address', () => {
    expect(loadConfig({ WARP_EMAIL: ' warp@sector.example ' }).warpEmail).toBe(
      'warp@sector.example',
    );
  });

  it.each(['warp', 'a@b', 'Warp <warp@sector.example>', 'a@b.example,c@d.example'])(
    'refuses %s, naming the variable',
    (value) => {
      expect(() => loadConfig({ WARP_EMAIL: value })).toThrow(
        new ConfigError('WARP_EMAIL is not an email address'),
      );
    },
  );
});

import { ConfigError, loadConfig } from './config';

describe('loadConfig: QUEUE_PREFIX', () => {
  it('takes a plain prefix, or one in braces (a Redis Cluster hash tag)', () => {
    expect(loadConfig({}).queuePrefix).toBe('cordon');
    expect(loadConfig({ QUEUE_PREFIX: 'cordon-prod' }).queuePrefix).toBe('cordon-prod');
    expect(loadConfig({ QUEUE_PREFIX: '{cordon}' }).queuePrefix).toBe('{cordon}');
  });

  it.each(['{cordon', 'cordon}', '{}', '{a}b', 'a b', 'a:b', '{a{b}}'])('refuses %s', (value) => {
    expect(() => loadConfig({ QUEUE_PREFIX: value })).toThrow(
      new ConfigError(
        'QUEUE_PREFIX may hold only letters, digits, _ . - (at most 64), or those in braces',
      ),
    );
  });
});

import { ConfigError, loadConfig } from './config';

describe('loadConfig: REDIS_CLUSTER_NODES', () => {
  const cluster = { QUEUE_PREFIX: '{cordon}' };

  it('is a single Redis at REDIS_URL when unset or blank', () => {
    expect(loadConfig({}).redisCluster).toBeNull();
    expect(loadConfig({ REDIS_CLUSTER_NODES: '  ' }).redisCluster).toBeNull();
  });

  it('takes host:port seed nodes, names, IPv4 and bracketed IPv6, without repeats', () => {
    expect(
      loadConfig({
        ...cluster,
        REDIS_CLUSTER_NODES: '10.0.0.1:7000, redis-a.internal:7001,[fd00::1]:7002,10.0.0.1:7000',
      }).redisCluster,
    ).toEqual(['10.0.0.1:7000', 'redis-a.internal:7001', '[fd00::1]:7002']);
  });

  it.each([
    '10.0.0.1',
    '10.0.0.1:0',
    '10.0.0.1:65536',
    'redis://10.0.0.1:7000',
    'fd00::1:7000',
    '[not-v6]:7000',
    'bad_host:7000',
    '10.0.0.1:7000,,10.0.0.2:7000',
  ])('refuses REDIS_CLUSTER_NODES=%s, naming the variable', (value) => {
    const load = () => loadConfig({ ...cluster, REDIS_CLUSTER_NODES: value });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/^REDIS_CLUSTER_NODES entry "/);
  });

  it('refuses a QUEUE_PREFIX that is not a hash tag, default included', () => {
    for (const env of [{}, { QUEUE_PREFIX: 'cordon' }, { QUEUE_PREFIX: 'cordon.prod' }]) {
      const load = () => loadConfig({ ...env, REDIS_CLUSTER_NODES: '127.0.0.1:7000' });
      expect(load).toThrow(ConfigError);
      expect(load).toThrow(/^QUEUE_PREFIX must be a hash tag in braces/);
    }
    expect(
      loadConfig({ QUEUE_PREFIX: '{cordon-prod}', REDIS_CLUSTER_NODES: '127.0.0.1:7000' })
        .queuePrefix,
    ).toBe('{cordon-prod}');
  });

  it('refuses a REDIS_URL naming a database other than 0', () => {
    const load = (url: string) =>
      loadConfig({ ...cluster, REDIS_URL: url, REDIS_CLUSTER_NODES: '127.0.0.1:7000' });
    expect(() => load('redis://:secret@cache.internal:6379/2')).toThrow(
      /^REDIS_URL must name db 0/,
    );
    expect(load('rediss://:secret@cache.internal:6379/0').redisCluster).toEqual(['127.0.0.1:7000']);
    expect(load('redis://cache.internal').redisCluster).toEqual(['127.0.0.1:7000']);
  });
});

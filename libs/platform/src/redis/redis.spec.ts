import { Cluster, Redis } from 'ioredis';
import { closeRedis, clusterNodes, createRedis } from './redis';

describe('createRedis', () => {
  const cluster = (role: 'producer' | 'consumer' | 'client', url = 'redis://127.0.0.1:6379/0') =>
    createRedis({ redisUrl: url, redisCluster: ['10.0.0.1:7000', '[fd00::1]:7001'] }, role, {
      keyPrefix: '{cordon}:',
      lazyConnect: true,
    }) as Cluster;

  it('is a single Redis when no cluster is configured', async () => {
    const redis = createRedis(
      { redisUrl: 'redis://127.0.0.1:6379/3', redisCluster: null },
      'client',
      {
        lazyConnect: true,
      },
    );
    expect(redis).toBeInstanceOf(Redis);
    expect((redis as Redis).options.db).toBe(3);
    await closeRedis(redis);
  });

  it('is a Cluster with the keyPrefix and the role offline queue on the cluster', async () => {
    const [producer, consumer, client] = [
      cluster('producer'),
      cluster('consumer'),
      cluster('client'),
    ];
    expect(producer).toBeInstanceOf(Cluster);
    expect(producer.options.keyPrefix).toBe('{cordon}:');
    expect(producer.options.enableOfflineQueue).toBe(false);
    expect(client.options.enableOfflineQueue).toBe(false);
    expect(consumer.options.enableOfflineQueue).toBe(true);
    // BullMQ reads a cluster's node options: a blocking worker needs null retries
    expect(consumer.options.redisOptions?.maxRetriesPerRequest).toBeNull();
    expect(producer.options.redisOptions?.maxRetriesPerRequest).toBe(1);
    expect(producer.options.redisOptions?.keyPrefix).toBeUndefined();
    await Promise.all([producer, consumer, client].map((c) => closeRedis(c)));
  });

  it("gives every node REDIS_URL's user, password and TLS", async () => {
    const plain = cluster('client');
    expect(plain.options.redisOptions?.password).toBeUndefined();
    expect(plain.options.redisOptions?.tls).toBeUndefined();
    const secure = cluster('client', 'rediss://cordon:s%3Acret@cache.internal:6380/0');
    expect(secure.options.redisOptions).toMatchObject({
      username: 'cordon',
      password: 's:cret',
      tls: {},
    });
    await Promise.all([plain, secure].map((c) => closeRedis(c)));
  });
});

describe('clusterNodes', () => {
  it('splits host:port and bracketed IPv6 entries', () => {
    expect(clusterNodes(['10.0.0.1:7000', 'redis-a.internal:7001', '[fd00::1]:7002'])).toEqual([
      { host: '10.0.0.1', port: 7000 },
      { host: 'redis-a.internal', port: 7001 },
      { host: 'fd00::1', port: 7002 },
    ]);
  });
});

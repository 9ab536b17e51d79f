import { ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { freePort } from './throwaway-redis';

const run = promisify(execFile);

interface Master {
  port: number;
  dir: string;
  child: ChildProcess;
}

function probe(port: number): Redis {
  const redis = new Redis(port, '127.0.0.1', {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  return redis;
}

/** Asks `ask` of the node on `port` until `ok` holds or `ms` pass. */
async function until(
  port: number,
  ask: (redis: Redis) => Promise<boolean>,
  ms: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    const redis = probe(port);
    try {
      await redis.connect();
      if (await ask(redis)) return;
    } catch {
      // not up yet
    } finally {
      redis.disconnect();
    }
    if (Date.now() > deadline) throw new Error(`redis cluster node ${port}: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * A Redis Cluster of the test's own: `masters` redis-server processes with
 * `--cluster-enabled yes` on spare ports (and spare bus ports), each in its own temp
 * directory, no persistence, joined by `redis-cli --cluster create` with no replicas,
 * ready once every node reports `cluster_state:ok`. It never touches the shared Redis.
 */
export class ThrowawayRedisCluster {
  private readonly masters: Master[] = [];

  static async start(masters = 3): Promise<ThrowawayRedisCluster> {
    const cluster = new ThrowawayRedisCluster();
    try {
      for (let i = 0; i < masters; i++) cluster.masters.push(await cluster.spawnMaster());
      for (const m of cluster.masters)
        await until(m.port, async (r) => (await r.ping()) === 'PONG', 5_000, 'did not start');
      await run(
        'redis-cli',
        ['--cluster', 'create', ...cluster.nodes, '--cluster-replicas', '0', '--cluster-yes'],
        { timeout: 30_000 },
      );
      for (const m of cluster.masters)
        await until(
          m.port,
          async (r) => (await r.cluster('INFO')).includes('cluster_state:ok'),
          20_000,
          'cluster_state did not become ok',
        );
      return cluster;
    } catch (err) {
      await cluster.destroy();
      throw err;
    }
  }

  /** The seed nodes, `127.0.0.1:port`, as REDIS_CLUSTER_NODES lists them. */
  get nodes(): string[] {
    return this.masters.map((m) => `127.0.0.1:${m.port}`);
  }

  get ports(): number[] {
    return this.masters.map((m) => m.port);
  }

  /** Every key matching `match` on each node (SCAN on each master alone), by port. */
  async keysByNode(match: string): Promise<Map<number, string[]>> {
    const found = new Map<number, string[]>();
    for (const { port } of this.masters) {
      const redis = probe(port);
      try {
        await redis.connect();
        const keys: string[] = [];
        let cursor = '0';
        do {
          const [next, batch] = await redis.scan(cursor, 'MATCH', match, 'COUNT', 1000);
          keys.push(...batch);
          cursor = next;
        } while (cursor !== '0');
        found.set(port, keys);
      } finally {
        redis.disconnect();
      }
    }
    return found;
  }

  /** Runs `command` on the node on `port` alone (CLUSTER KEYSLOT, COUNTKEYSINSLOT …). */
  async on(port: number, command: string, ...args: (string | number)[]): Promise<unknown> {
    const redis = probe(port);
    try {
      await redis.connect();
      return await redis.call(command, ...args);
    } finally {
      redis.disconnect();
    }
  }

  /** Kills the node on `port` (a crash: the cluster loses the slots it held). */
  async kill(port: number): Promise<void> {
    const m = this.masters.find((x) => x.port === port);
    if (!m || m.child.exitCode !== null || m.child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      m.child.once('exit', () => resolve());
      m.child.kill('SIGKILL');
    });
  }

  /** Kills every node and removes their directories; safe to call twice or after a failed start. */
  async destroy(): Promise<void> {
    const masters = this.masters.splice(0);
    await Promise.all(
      masters.map(
        (m) =>
          new Promise<void>((resolve) => {
            if (m.child.exitCode !== null || m.child.signalCode !== null) return resolve();
            m.child.once('exit', () => resolve());
            m.child.kill('SIGKILL');
          }),
      ),
    );
    for (const m of masters) rmSync(m.dir, { recursive: true, force: true });
  }

  private async spawnMaster(): Promise<Master> {
    const port = await freePort();
    const bus = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'cordon-redis-cluster-'));
    const child = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--cluster-port',
        String(bus),
        '--bind',
        '127.0.0.1',
        '--cluster-enabled',
        'yes',
        '--cluster-config-file',
        join(dir, 'nodes.conf'),
        '--cluster-node-timeout',
        '5000',
        '--dir',
        dir,
        '--save',
        '',
        '--appendonly',
        'no',
        '--maxmemory-policy',
        'noeviction',
      ],
      { stdio: 'ignore' },
    );
    child.on('error', () => undefined);
    // a test process that exits without teardown (a hook timing out, --forceExit) takes them along
    const reap = () => child.kill('SIGKILL');
    process.once('exit', reap);
    child.once('exit', () => process.removeListener('exit', reap));
    return { port, dir, child };
  }
}

import { isIP } from 'node:net';
import { ConfigError } from './config';

type Env = Record<string, string | undefined>;

const HOST_NAME =
  /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

/** `host:port` or `[v6-address]:port`, as ioredis's Cluster takes its seed nodes. */
function node(entry: string): string | null {
  const match = /^(?:\[([^\]]+)\]|([^:[\]]+)):(\d{1,5})$/.exec(entry);
  if (!match) return null;
  const v6 = match[1];
  const host = v6 ?? match[2] ?? '';
  const port = Number(match[3]);
  if (port < 1 || port > 65535) return null;
  if (v6 !== undefined ? isIP(v6) !== 6 : !isIP(host) && !HOST_NAME.test(host)) return null;
  return `${v6 !== undefined ? `[${host}]` : host}:${port}`;
}

/**
 * Redis Cluster seed nodes (issue 16, docs/operations.md) from REDIS_CLUSTER_NODES
 * (`host:port,host:port`); null: a single Redis at REDIS_URL. With a cluster, REDIS_URL
 * gives only the credentials and TLS (`rediss://`) of every node, and QUEUE_PREFIX must
 * be a hash tag in braces (`{cordon}`): BullMQ's scripts touch several keys of a queue
 * at once and the sign-in counters move in one MULTI, which a cluster allows only
 * within one slot.
 */
export function redisClusterNodes(env: Env): string[] | null {
  const raw = env['REDIS_CLUSTER_NODES']?.trim();
  if (!raw) return null;
  const entries = raw.split(',').map((e) => e.trim());
  const nodes: string[] = [];
  for (const entry of entries) {
    const parsed = node(entry);
    if (!parsed) throw new ConfigError(`REDIS_CLUSTER_NODES entry "${entry}" is not host:port`);
    if (!nodes.includes(parsed)) nodes.push(parsed);
  }
  if (nodes.length > 64) throw new ConfigError('REDIS_CLUSTER_NODES may list at most 64 nodes');
  const prefix = env['QUEUE_PREFIX']?.trim() || 'cordon';
  if (!/^\{[^{}]+\}$/.test(prefix))
    throw new ConfigError(
      'QUEUE_PREFIX must be a hash tag in braces (e.g. {cordon}) when REDIS_CLUSTER_NODES is set',
    );
  const url = env['REDIS_URL']?.trim();
  if (url) {
    const db = /^rediss?:\/\/[^/]*\/(\d+)\/?$/.exec(url)?.[1];
    if (db !== undefined && Number(db) !== 0)
      throw new ConfigError(
        'REDIS_URL must name db 0 (or none) when REDIS_CLUSTER_NODES is set: a cluster has one',
      );
  }
  return nodes;
}

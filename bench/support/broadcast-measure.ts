// One timed broadcast of bench/broadcast.ts: from the POST to `completed`, checked
// against the sinks, with the CPU each process used and the api's and worker's
// resident memory sampled through it.
import type { Redis } from 'ioredis';
import { Client } from 'pg';
import type { SinksRequest, SinkTimes } from '../raw-senders-sinks';
import { BENCH_TEMPLATE } from './bench-message';
import { committedTransactions as commits } from './pg-stats.repository';
import { cpuOf, cpuSeconds, RssSamples, sampleRss } from './proc-stats';

export interface Measured {
  deliveries: number;
  acceptedMs: number;
  completedMs: number;
  mailMs: number;
  smsMs: number;
  /** Emails the sink had when the last SMS arrived. */
  mailAtSms: number;
  workerCpu: number;
  sinksCpu: number;
  apiCpu: number;
  pgCpu: number;
  redisCpu: number;
  pgCommits: number;
  /** From the POST to each message's arrival at the sink or double, ms, sorted. */
  arrivals: number[];
  /** Redis's used_memory (the whole server) before the POST and at `completed`, MB. */
  redisMb: { before: number; after: number };
  /** api's and worker's resident memory, sampled every 100 ms from before the POST to `completed`. */
  rss: Record<string, RssSamples>;
}

export interface MeasureContext {
  url: string;
  headers: Record<string, string>;
  incidentId: string;
  staff: number;
  pids: { api?: number; worker?: number; sinks?: number };
  dbName: string;
  stats: Client;
  ask: <T>(request: SinksRequest) => Promise<T>;
  redis: Redis;
}

const redisUsedMb = async (redis: Redis): Promise<number> =>
  Number(/used_memory:(\d+)/.exec(await redis.info('memory'))?.[1]) / 1024 / 1024;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One broadcast to every member of staff on `channels`, timed from the POST to `completed`. */
export async function measure(
  ctx: MeasureContext,
  key: string,
  channels: ('email' | 'sms')[],
): Promise<Measured> {
  const { url, headers, staff: STAFF, pids } = ctx;
  const pgCpu = () =>
    cpuOf('postgres', (cmd) => cmd.includes(` ${ctx.dbName} `) || !/\d+\)|\[local\]/.test(cmd));
  await ctx.ask('reset');
  const cpu = {
    worker: cpuSeconds(pids.worker),
    sinks: cpuSeconds(pids.sinks),
    api: cpuSeconds(pids.api),
    pg: pgCpu(),
    commits: await commits(ctx.stats),
    redis: cpuOf('redis-server'),
  };
  const redisBefore = await redisUsedMb(ctx.redis);
  const rss = sampleRss({ api: pids.api, worker: pids.worker });
  const started = performance.now();
  const startedAt = Date.now();
  const res = await fetch(`${url}/api/v1/incidents/${ctx.incidentId}/broadcasts`, {
    method: 'POST',
    headers: { ...headers, 'idempotency-key': key },
    body: JSON.stringify({
      audience: { all: true },
      channels,
      ...BENCH_TEMPLATE,
      requireAck: true,
    }),
  });
  if (res.status !== 202) throw new Error(`broadcast: ${res.status} ${await res.text()}`);
  const accepted = (await res.json()) as { id: string };
  const acceptedMs = performance.now() - started;
  let lastMail = 0;
  let lastSms = 0;
  let totals: Record<string, number> = {};
  let polled = 0;
  let mailAtSms = 0;
  // the sinks' counts are cheap to ask: polled often; the api (which counts the
  // deliveries in PostgreSQL, in proportion to them) every 10 s and once everything has
  // arrived, so the bench's own polling does not load the database it measures
  for (;;) {
    const counts = await ctx.ask<{ mail: number; sms: number }>('count');
    const now = performance.now() - started;
    if (counts.mail >= STAFF && !lastMail) lastMail = now;
    if (counts.sms >= STAFF && !lastSms) {
      lastSms = now;
      mailAtSms = counts.mail;
    }
    if (now > 1_800_000) throw new Error(`not sent: ${JSON.stringify(counts)}`);
    const arrived =
      (!channels.includes('email') || counts.mail >= STAFF) &&
      (!channels.includes('sms') || counts.sms >= STAFF);
    if (arrived || now - polled > 10_000) {
      polled = now;
      const view = (await (
        await fetch(`${url}/api/v1/broadcasts/${accepted.id}`, { headers })
      ).json()) as { status: string; totals: Record<string, number> };
      totals = view.totals;
      if (view.status === 'completed') break;
    }
    await sleep(arrived ? 20 : 50);
  }
  const completedMs = performance.now() - started;
  const memory = rss.stop();
  const redisMb = { before: redisBefore, after: await redisUsedMb(ctx.redis) };
  const counts = await ctx.ask<{ mail: number; sms: number }>('count');
  const want = {
    mail: channels.includes('email') ? STAFF : 0,
    sms: channels.includes('sms') ? STAFF : 0,
  };
  if (
    counts.mail !== want.mail ||
    counts.sms !== want.sms ||
    totals['sent'] !== want.mail + want.sms
  )
    throw new Error(
      `${key}: sink ${counts.mail}, double ${counts.sms}, totals ${JSON.stringify(totals)}`,
    );
  const times = await ctx.ask<SinkTimes>('times');
  const arrivals = [...times.mail, ...times.sms].map((t) => t - startedAt).sort((a, b) => a - b);
  return {
    arrivals,
    deliveries: want.mail + want.sms,
    acceptedMs,
    completedMs,
    mailMs: lastMail,
    smsMs: lastSms,
    mailAtSms,
    workerCpu: cpuSeconds(pids.worker) - cpu.worker,
    sinksCpu: cpuSeconds(pids.sinks) - cpu.sinks,
    apiCpu: cpuSeconds(pids.api) - cpu.api,
    pgCpu: pgCpu() - cpu.pg,
    pgCommits: (await commits(ctx.stats)) - cpu.commits,
    redisCpu: cpuOf('redis-server') - cpu.redis,
    rss: memory,
    redisMb,
  };
}

import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Balancer, Upstream } from './cluster-balancer';
import { workspaceRoot } from './test-database';

async function sparePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface ClusterOptions {
  apis?: number;
  workers?: number;
  /** The processes' environment (DATABASE_URL, REDIS_URL, QUEUE_PREFIX, SMTP_URL …); PORT is set per api. */
  env: NodeJS.ProcessEnv;
  /**
   * `source`: each process runs its TypeScript through @swc-node/register (as
   * tools/run-ts.mjs does; no build); `dist`: the production build (dist/apps/*).
   */
  runner?: 'source' | 'dist';
  /** With runner `dist`: the folder holding api/main.js and worker/main.js (dist/apps). */
  distDir?: string;
  /** The balancer's port (0: a spare one); the apis take spare ports behind it. */
  port?: number;
  /** Each process logs to <logDir>/<name>.log (appended across restarts). */
  logDir: string;
  /** How long a process may take to be ready (api: health 200; worker: its "worker running" line). */
  readyTimeoutMs?: number;
}

export interface ClusterProcess {
  name: string;
  kind: 'api' | 'worker';
  /** The api's own port (0 for a worker). */
  port: number;
  child: ChildProcess | null;
  /** Times it was started (1 after the first start). */
  starts: number;
  /** Told to stop (kill, restart, stop): its exit is no crash. */
  told: boolean;
}

/**
 * N api and M worker processes on one PostgreSQL and one Redis, behind a round-robin
 * balancer (`url`). For `npm run cluster` (tools/cluster.mjs) and for tests, which kill
 * and restart single processes (`kill`, `restart`) and stop it all (`stop`).
 */
export class Cluster {
  readonly processes: ClusterProcess[] = [];
  private readonly upstreams: Upstream[] = [];
  private balancer!: Balancer;
  url = '';
  private stopping = false;

  private constructor(
    private readonly options: Required<Omit<ClusterOptions, 'port'>> & { port: number },
  ) {}

  static async start(options: ClusterOptions): Promise<Cluster> {
    const cluster = Cluster.create(options);
    await cluster.launch();
    return cluster;
  }

  /** A cluster not started yet: `launch()` starts it, `stop()` may be called meanwhile. */
  static create(options: ClusterOptions): Cluster {
    const env = { ...options.env };
    // one secret for every api: a token issued by one is accepted by the other
    env['JWT_SECRET'] ??= randomBytes(32).toString('hex');
    const cluster = new Cluster({
      apis: options.apis ?? 2,
      workers: options.workers ?? 2,
      runner: options.runner ?? 'source',
      port: options.port ?? 0,
      logDir: options.logDir,
      distDir: options.distDir ?? '',
      readyTimeoutMs: options.readyTimeoutMs ?? 120_000,
      env,
    });
    mkdirSync(options.logDir, { recursive: true });
    return cluster;
  }

  /** Starts the balancer and every process; resolves once all are ready (or once stopped). */
  async launch(): Promise<void> {
    const { apis, workers } = this.options;
    for (let i = 1; i <= apis; i++) {
      const port = await sparePort();
      this.processes.push({
        name: `api-${i}`,
        kind: 'api',
        port,
        child: null,
        starts: 0,
        told: false,
      });
      this.upstreams.push({ port, out: false });
    }
    for (let i = 1; i <= workers; i++)
      this.processes.push({
        name: `worker-${i}`,
        kind: 'worker',
        port: 0,
        child: null,
        starts: 0,
        told: false,
      });
    this.balancer = new Balancer(this.upstreams);
    this.url = `http://127.0.0.1:${await this.balancer.listen(this.options.port)}`;
    try {
      // the first api alone, then the rest together: the first start creates what is
      // created once (the bootstrap admin) without several processes queueing on it
      const [first, ...rest] = this.processes;
      if (first) await this.startProcess(first);
      await Promise.all(rest.map((p) => this.startProcess(p)));
    } catch (err) {
      await this.stop();
      throw err;
    }
  }

  get apis(): ClusterProcess[] {
    return this.processes.filter((p) => p.kind === 'api');
  }

  get workers(): ClusterProcess[] {
    return this.processes.filter((p) => p.kind === 'worker');
  }

  process(name: string): ClusterProcess {
    const found = this.processes.find((p) => p.name === name);
    if (!found) throw new Error(`no process ${name}`);
    return found;
  }

  apiUrl(name: string): string {
    return `http://127.0.0.1:${this.process(name).port}`;
  }

  logFile(name: string): string {
    return join(this.options.logDir, `${name}.log`);
  }

  /** Websocket connections the balancer holds open to this api. */
  liveConnections(name: string): number {
    return this.balancer.connections(this.process(name).port);
  }

  private command(kind: 'api' | 'worker'): { args: string[]; env: NodeJS.ProcessEnv } {
    const root = workspaceRoot();
    if (this.options.runner === 'dist')
      return {
        args: [
          '--enable-source-maps',
          join(this.options.distDir || join(root, 'dist/apps'), kind, 'main.js'),
        ],
        env: {},
      };
    return {
      args: ['-r', '@swc-node/register', join(root, `apps/${kind}/src/main.ts`)],
      env: { SWC_NODE_PROJECT: join(root, 'tsconfig.base.json') },
    };
  }

  private async startProcess(p: ClusterProcess): Promise<void> {
    if (this.stopping) return;
    const { args, env } = this.command(p.kind);
    const log = this.logFile(p.name);
    const out = openSync(log, 'a');
    const offset = existsSync(log) ? readFileSync(log).length : 0;
    const child = spawn(process.execPath, args, {
      cwd: workspaceRoot(),
      env: { ...this.options.env, ...env, ...this.own(p) },
      stdio: ['ignore', out, out],
    });
    closeSync(out);
    p.child = child;
    p.starts += 1;
    p.told = false;
    const deadline = Date.now() + this.options.readyTimeoutMs;
    for (;;) {
      if (this.stopping) return;
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(`${p.name} exited while starting:\n${tail(log, offset)}`);
      if (await this.ready(p, log, offset)) break;
      if (Date.now() > deadline) throw new Error(`${p.name} not ready:\n${tail(log, offset)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const upstream = this.upstreams.find((u) => u.port === p.port);
    if (upstream) upstream.out = false;
  }

  /** An api's port; a worker logs at least at info: its "worker running" line says it is ready. */
  private own(p: ClusterProcess): NodeJS.ProcessEnv {
    if (p.kind === 'api') return { PORT: String(p.port) };
    return this.options.env['LOG_LEVEL'] === 'debug' ? {} : { LOG_LEVEL: 'info' };
  }

  private async ready(p: ClusterProcess, log: string, offset: number): Promise<boolean> {
    if (p.kind === 'worker') return tail(log, offset).includes('worker running');
    return fetch(`http://127.0.0.1:${p.port}/api/v1/health`, {
      signal: AbortSignal.timeout(1_000),
    }).then(
      (res) => res.status === 200,
      () => false,
    );
  }

  /** Ends one process (SIGKILL: a crash; SIGTERM: a graceful stop) and waits for it to exit. */
  async kill(name: string, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const p = this.process(name);
    const upstream = this.upstreams.find((u) => u.port === p.port);
    if (upstream) upstream.out = true;
    p.told = true;
    const child = p.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  }

  /** Starts a stopped or killed process again (an api on its own port), once it is ready. */
  async restart(name: string): Promise<void> {
    const p = this.process(name);
    if (p.child && p.child.exitCode === null && p.child.signalCode === null)
      await this.kill(name, 'SIGTERM');
    await this.startProcess(p);
  }

  /** Processes that exited without being told to (kill/stop): a crash the caller did not cause. */
  unexpectedExits(): string[] {
    const exited = (c: ChildProcess | null) =>
      !!c && (c.exitCode !== null || c.signalCode !== null);
    return this.processes.filter((p) => !p.told && exited(p.child)).map((p) => p.name);
  }

  /** SIGTERM to every process (SIGKILL after 10 s), then the balancer closes. */
  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    await Promise.all(
      this.processes.map(async (p) => {
        p.told = true;
        const child = p.child;
        if (!child || child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }),
    );
    await this.balancer?.close();
  }
}

function tail(log: string, offset: number): string {
  try {
    return readFileSync(log).subarray(offset).toString('utf8').slice(-4_000);
  } catch {
    return '';
  }
}

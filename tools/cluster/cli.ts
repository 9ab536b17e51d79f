// The body of `npm run cluster` (tools/cluster.mjs): migrates DATABASE_URL, starts N api
// and M worker processes behind a local round-robin balancer, prints where they are,
// and stops them all on Ctrl-C (SIGINT) or SIGTERM.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Cluster, workspaceRoot } from '@cordon/platform/testing';

const { values } = parseArgs({
  options: {
    apis: { type: 'string', default: process.env['CLUSTER_APIS'] ?? '2' },
    workers: { type: 'string', default: process.env['CLUSTER_WORKERS'] ?? '2' },
    port: { type: 'string', default: process.env['PORT'] ?? '3000' },
    runner: { type: 'string', default: 'dist' },
    'no-migrate': { type: 'boolean', default: false },
  },
});
const count = (name: string, text: string, min: number): number => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > 32) {
    process.stderr.write(`cordon cluster: --${name} must be a whole number from ${min} to 32\n`);
    process.exit(2);
  }
  return n;
};

async function main(): Promise<void> {
  const root = workspaceRoot();
  const apis = count('apis', values.apis, 1);
  const workers = count('workers', values.workers, 0);
  const port = Number(values.port);
  const runner = values.runner === 'source' ? 'source' : 'dist';
  if (!values['no-migrate']) {
    const migrate = spawnSync(
      process.execPath,
      [join(root, 'tools/run-ts.mjs'), 'tools/migrate.ts'],
      { cwd: root, stdio: 'inherit' },
    );
    if (migrate.status !== 0) process.exit(migrate.status ?? 1);
  }
  const logDir = join(root, 'tmp', 'cluster');
  const publicUrl = process.env['PUBLIC_URL'] ?? `http://localhost:${port}`;
  process.stdout.write(
    `Starting ${apis} api and ${workers} worker process(es); logs in ${logDir}\n`,
  );
  const cluster = Cluster.create({
    apis,
    workers,
    runner,
    port,
    logDir,
    env: {
      ...process.env,
      PUBLIC_URL: publicUrl,
      CONSOLE_DIR: process.env['CONSOLE_DIR'] ?? join(root, 'dist/apps/console'),
    },
  });
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    process.stdout.write('\nStopping the cluster…\n');
    void cluster.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await cluster.launch();
  if (stopping) return;
  const lines = cluster.processes.map(
    (p) =>
      `  ${p.name.padEnd(10)} pid ${p.child?.pid}${p.port ? `  http://127.0.0.1:${p.port}` : ''}`,
  );
  process.stdout.write(
    `\nCordon cluster is ready: ${publicUrl} (balancer ${cluster.url})\n${lines.join('\n')}\nCtrl-C stops them all.\n`,
  );
  // a process that dies by itself is reported, not restarted (the operator decides)
  setInterval(() => {
    for (const name of cluster.unexpectedExits()) {
      process.stderr.write(`cordon cluster: ${name} exited; stopping\n`);
      stop();
    }
  }, 1_000);
}

main().catch((err: unknown) => {
  process.stderr.write(`cordon cluster: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});

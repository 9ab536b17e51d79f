import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from './throwaway-redis';

/** The newest PostgreSQL server binaries installed (Debian: /usr/lib/postgresql/<major>/bin). */
function serverBin(): string {
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!majors[0]) throw new Error(`no PostgreSQL server binaries under ${root}`);
  return join(root, majors[0], 'bin');
}

/**
 * initdb and postgres refuse to run as root: as root they run as the `postgres` user
 * (setpriv execs in place, so the spawned process is the server itself and takes
 * signals directly); as anyone else, as that user.
 */
function asServerUser(): { prefix: string[]; owner?: { uid: number; gid: number } } {
  if (process.getuid?.() !== 0) return { prefix: [] };
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  return {
    prefix: ['setpriv', `--reuid=${uid}`, `--regid=${gid}`, '--clear-groups', '--'],
    owner: { uid, gid },
  };
}

/**
 * A PostgreSQL cluster of the test's own (initdb in a temporary folder, a spare port,
 * trust auth for `postgres`), which the test may stop and start again. It never touches
 * the shared server.
 */
export class ThrowawayPostgres {
  private child: ChildProcess | null = null;
  private readonly dir = mkdtempSync(join(tmpdir(), 'cordon-pg-'));
  private readonly bin = serverBin();
  private readonly user = asServerUser();

  private constructor(readonly port: number) {}

  static async start(): Promise<ThrowawayPostgres> {
    const pg = new ThrowawayPostgres(await freePort());
    pg.init();
    await pg.start();
    return pg;
  }

  /** The `postgres` database of the cluster (`database` for another one). */
  url(database = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  private get dataDir(): string {
    return join(this.dir, 'data');
  }

  private init(): void {
    if (this.user.owner) chownSync(this.dir, this.user.owner.uid, this.user.owner.gid);
    const [cmd, ...args] = [
      ...this.user.prefix,
      join(this.bin, 'initdb'),
      ...['-D', this.dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync'],
    ] as [string, ...string[]];
    execFileSync(cmd, args, { stdio: 'ignore', cwd: this.dir });
  }

  async start(): Promise<void> {
    if (this.child) return;
    const [cmd, ...args] = [
      ...this.user.prefix,
      join(this.bin, 'postgres'),
      ...['-D', this.dataDir, '-p', String(this.port), '-k', this.dir],
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'full_page_writes=off'],
    ] as [string, ...string[]];
    const child = spawn(cmd, args, { stdio: 'ignore', cwd: this.dir });
    this.child = child;
    const deadline = Date.now() + 15_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`postgres exited with ${child.exitCode}`);
      const probe = new Client({ connectionString: this.url(), connectionTimeoutMillis: 1_000 });
      try {
        await probe.connect();
        await probe.query('SELECT 1');
        await probe.end();
        return;
      } catch {
        await probe.end().catch(() => undefined);
        if (Date.now() > deadline) throw new Error(`postgres did not start on ${this.port}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  /** SIGINT is PostgreSQL's fast shutdown (sessions ended, clean stop); SIGQUIT a crash. */
  async stop(signal: 'SIGINT' | 'SIGQUIT' = 'SIGINT'): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = null;
    if (child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  }

  async destroy(): Promise<void> {
    await this.stop('SIGQUIT');
    rmSync(this.dir, { recursive: true, force: true });
  }
}

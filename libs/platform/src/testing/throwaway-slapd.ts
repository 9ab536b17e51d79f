import { ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'ldapts';
import { freePort } from './throwaway-redis';

export const SLAPD = '/usr/sbin/slapd';

/**
 * Debian's slapd of the test's own on a spare loopback port, in a temporary directory
 * (an mdb database, the core, cosine and inetOrgPerson schemas, a root DN and password,
 * the suffix's top entry and `ou=staff` under it). `destroy()` kills it and removes the
 * directory, and is safe to call when the start failed half-way.
 */
export class ThrowawaySlapd {
  readonly suffix = 'dc=council,dc=example';
  readonly rootDn = `cn=admin,${this.suffix}`;
  readonly rootPassword = 'slapd-test-secret';
  readonly staffDn = `ou=staff,${this.suffix}`;
  private child: ChildProcess | null = null;
  private readonly dir = mkdtempSync(join(tmpdir(), 'cordon-slapd-'));
  private output = '';

  private constructor(readonly port: number) {}

  static async start(): Promise<ThrowawaySlapd> {
    const slapd = new ThrowawaySlapd(await freePort());
    try {
      await slapd.run();
      return slapd;
    } catch (err) {
      await slapd.destroy();
      throw err;
    }
  }

  get url(): string {
    return `ldap://127.0.0.1:${this.port}`;
  }

  /** A client bound as the root DN; the caller unbinds it. */
  async client(): Promise<Client> {
    const client = new Client({ url: this.url, timeout: 30_000 });
    await client.bind(this.rootDn, this.rootPassword);
    return client;
  }

  private async run(): Promise<void> {
    const db = join(this.dir, 'db');
    mkdirSync(db);
    const conf = join(this.dir, 'slapd.conf');
    writeFileSync(
      conf,
      [
        'include /etc/ldap/schema/core.schema',
        'include /etc/ldap/schema/cosine.schema',
        'include /etc/ldap/schema/inetorgperson.schema',
        'modulepath /usr/lib/ldap',
        'moduleload back_mdb',
        `pidfile ${join(this.dir, 'slapd.pid')}`,
        'sizelimit unlimited',
        'database mdb',
        'maxsize 268435456',
        `suffix "${this.suffix}"`,
        `rootdn "${this.rootDn}"`,
        `rootpw ${this.rootPassword}`,
        `directory ${db}`,
        // no fsync per write: a throwaway directory loads 3,000 entries in a second or two
        'dbnosync',
        '',
      ].join('\n'),
    );
    // -d 0: in the foreground (killed by pid with the test), logging nothing
    this.child = spawn(SLAPD, ['-h', `${this.url}/`, '-f', conf, '-d', '0'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    this.child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    const exited = new Promise<never>((_, reject) =>
      this.child?.once('exit', (code) =>
        reject(new Error(`slapd exited (${code}) before answering: ${this.output.trim()}`)),
      ),
    );
    exited.catch(() => undefined);
    await Promise.race([this.waitForBind(), exited]);
    const client = await this.client();
    try {
      await client.add(this.suffix, {
        objectClass: ['dcObject', 'organization'],
        dc: 'council',
        o: 'Council',
      });
      await client.add(this.staffDn, { objectClass: 'organizationalUnit', ou: 'staff' });
    } finally {
      await client.unbind();
    }
  }

  private async waitForBind(): Promise<void> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      try {
        const client = await this.client();
        await client.unbind();
        return;
      } catch (err) {
        if (Date.now() > deadline)
          throw new Error(`slapd did not answer on ${this.port}: ${(err as Error).message}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  }

  async destroy(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (child && child.exitCode === null && child.signalCode === null)
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      });
    rmSync(this.dir, { recursive: true, force: true });
  }
}

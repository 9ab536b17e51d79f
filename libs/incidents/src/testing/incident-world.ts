import { INestApplicationContext, Type } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Role } from '@cordon/contracts';
import type { AuthUser } from '@cordon/auth';
import { RedisClient } from '@cordon/platform';
import { clearPrefix, FeatureTestApp, startFeatureTestApp } from '@cordon/platform/testing';
import { IncidentsModule } from '../incidents.module';

/** Evidence that meets the baseline `seedBaseline` sets. */
export const GOOD_EVIDENCE = {
  patches: ['MS03-026'],
  avSignatureDate: '2026-02-10',
  scanClean: true,
};

/**
 * The incidents feature with its real repositories on a database of its own (a clone
 * of the migrated template) and a Redis key prefix of its own: one per spec file.
 * Each test makes the rows it needs with the helpers below.
 */
export class IncidentWorld {
  readonly app: INestApplicationContext;
  readonly ds: DataSource;

  private constructor(private readonly feature: FeatureTestApp) {
    this.app = feature.app;
    this.ds = feature.ds;
  }

  static async start(): Promise<IncidentWorld> {
    return new IncidentWorld(await startFeatureTestApp({ imports: [IncidentsModule] }));
  }

  get<T>(type: Type<T>): T {
    return this.feature.get(type);
  }

  async stop(): Promise<void> {
    const prefix = this.feature.config.queuePrefix;
    await clearPrefix(this.app.get(RedisClient).redis, prefix).catch(() => undefined);
    await this.feature.close();
  }

  private n = 0;
  /** A short name no other row of this file has. */
  unique(what: string): string {
    this.n += 1;
    return `${what}${this.n}`;
  }

  async department(): Promise<string> {
    const code = this.unique('D');
    const [{ id }] = await this.ds.query(
      `INSERT INTO departments (code, name) VALUES ($1, $1) RETURNING id`,
      [code],
    );
    return id;
  }

  async user(roles: Role[], departmentId: string | null = null): Promise<AuthUser> {
    const name = this.unique('User ');
    const email = `${name.replace(' ', '').toLowerCase()}@council.example`;
    const [{ id }] = await this.ds.query(
      `INSERT INTO users (email, name, password_hash, roles, department_id)
       VALUES ($1, $2, 'x', $3, $4) RETURNING id`,
      [email, name, roles, departmentId],
    );
    return { id, email, name, roles, departmentId };
  }

  /** A LAN of the department at a new site, `cidr` its address block. */
  async lan(
    departmentId: string,
    cidr: string | null = null,
  ): Promise<{ id: string; code: string }> {
    const code = this.unique('LAN-');
    const [{ id: siteId }] = await this.ds.query(
      `INSERT INTO sites (code, name) VALUES ($1, $1) RETURNING id`,
      [this.unique('S')],
    );
    const [{ id }] = await this.ds.query(
      `INSERT INTO lans (code, name, site_id, department_id, cidr)
       VALUES ($1, $1, $2, $3, $4) RETURNING id`,
      [code, siteId, departmentId, cidr],
    );
    return { id, code };
  }

  async device(
    lan: { id: string },
    departmentId: string,
    ip: string | null = null,
  ): Promise<{ id: string; hostname: string }> {
    const hostname = this.unique('pc-');
    const [{ id }] = await this.ds.query(
      `INSERT INTO devices (hostname, ip, lan_id, department_id, av_product)
       VALUES ($1, $2, $3, $4, 'Sophos') RETURNING id`,
      [hostname, ip, lan.id, departmentId],
    );
    return { id, hostname };
  }

  async seedBaseline(): Promise<void> {
    await this.ds.query(
      `INSERT INTO baselines (id, required_patches, min_av_signature_date)
       VALUES (1, '{MS03-026}', '2026-01-01') ON CONFLICT (id) DO NOTHING`,
    );
  }

  /** The incident's events, oldest first, as `type` (and their data). */
  async events(incidentId: string): Promise<{ type: string; data: Record<string, unknown> }[]> {
    return this.ds.query(`SELECT type, data FROM events WHERE incident_id = $1 ORDER BY seq`, [
      incidentId,
    ]);
  }

  async outbox(
    jobPrefix: string,
  ): Promise<{ job_name: string; payload: Record<string, unknown> }[]> {
    return this.ds.query(
      `SELECT job_name, payload FROM outbox WHERE job_id LIKE $1 ORDER BY job_id`,
      [`${jobPrefix}%`],
    );
  }
}

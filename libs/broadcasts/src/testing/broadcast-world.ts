import { randomBytes, randomInt } from 'node:crypto';
import type { IncidentStatus, Role } from '@cordon/contracts';
import type { AuthUser } from '@cordon/auth';
import { RedisClient } from '@cordon/platform';
import { clearPrefix, FeatureTestApp, startFeatureTestApp } from '@cordon/platform/testing';
import { BroadcastsModule } from '../broadcasts.module';

/**
 * Test support for the broadcasts services' integration specs: the broadcasts module
 * (with the real incidents feature behind its port) on a database and Redis prefix of
 * the spec file's own, and a council each test makes for itself.
 */
export async function startBroadcasts(): Promise<FeatureTestApp> {
  return startFeatureTestApp({ imports: [BroadcastsModule] });
}

export async function stopBroadcasts(app: FeatureTestApp | undefined): Promise<void> {
  if (!app) return;
  const redis = app.app.get(RedisClient).redis;
  await clearPrefix(redis, app.config.queuePrefix).catch(() => undefined);
  await app.close();
}

export interface Council {
  departmentId: string;
  lanId: string;
  /** Email, a valid mobile and SMS consent: reachable on both channels. */
  ann: { id: string; name: string };
  /** Email only: SMS skipped (no_mobile). */
  bob: { id: string; name: string };
  owner: AuthUser;
  admin: AuthUser;
  /** An ITU member: may not send or read an incident's broadcasts. */
  itu: AuthUser;
}

/** A council of its own (unique codes, names and emails): one LAN with two staff on it. */
export async function council(app: FeatureTestApp): Promise<Council> {
  const { ds } = app;
  const tag = randomBytes(4).toString('hex');
  const [{ id: departmentId }]: { id: string }[] = await ds.query(
    `INSERT INTO departments (code, name) VALUES ($1, 'Housing') RETURNING id`,
    [`HOU-${tag}`],
  );
  const [{ id: siteId }]: { id: string }[] = await ds.query(
    `INSERT INTO sites (code, name) VALUES ($1, 'Town Hall') RETURNING id`,
    [`TH-${tag}`],
  );
  const [{ id: lanId }]: { id: string }[] = await ds.query(
    `INSERT INTO lans (code, name, site_id, department_id) VALUES ($1, 'Housing LAN', $2, $3)
     RETURNING id`,
    [`HOU-LAN-${tag}`, siteId, departmentId],
  );
  const staff = async (name: string, mobile: string | null, consent: boolean) => {
    const [{ id }]: { id: string }[] = await ds.query(
      `INSERT INTO staff (name, email, mobile, sms_consent, department_id, site_id, lan_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        name,
        `${name.toLowerCase()}-${tag}@council.example`,
        mobile,
        consent,
        departmentId,
        siteId,
        lanId,
      ],
    );
    return { id, name };
  };
  const user = async (name: string, roles: Role[], dept: string | null): Promise<AuthUser> => {
    const email = `${name.toLowerCase()}-${tag}@council.example`;
    const [{ id }]: { id: string }[] = await ds.query(
      `INSERT INTO users (email, name, password_hash, roles, department_id)
       VALUES ($1, $2, 'x', $3, $4) RETURNING id`,
      [email, name, roles, dept],
    );
    return { id, email, name, roles, departmentId: dept };
  };
  return {
    departmentId,
    lanId,
    ann: await staff('Ann', '+447700900123', true),
    bob: await staff('Bob', null, false),
    owner: await user('Olivia', ['owner'], null),
    admin: await user('Ada', ['admin'], null),
    itu: await user('Ian', ['itu'], departmentId),
  };
}

/** An incident owned by `owner`, its last update `minutesAgo` back (hourly cadence). */
export async function incident(
  app: FeatureTestApp,
  owner: AuthUser,
  status: IncidentStatus = 'active',
  minutesAgo = 0,
): Promise<string> {
  const [{ id }]: { id: string }[] = await app.ds.query(
    `INSERT INTO incidents (reference, year, number, title, severity, summary, status, owner_id,
       owner_name, update_cadence_minutes, last_update_at, closed_at)
     VALUES ($1, 2026, $2, 'Blaster', 1, 'RPC worm', $3, $4, $5, 60,
       now() - make_interval(mins => $6), CASE WHEN $3 = 'closed' THEN now() END)
     RETURNING id`,
    [
      `INC-B-${randomBytes(4).toString('hex')}`,
      randomInt(1, 1e9),
      status,
      owner.id,
      owner.name,
      minutesAgo,
    ],
  );
  return id;
}

/** The incident's events, oldest first. */
export function eventsOf(
  app: FeatureTestApp,
  incidentId: string,
): Promise<{ type: string; data: Record<string, unknown> }[]> {
  return app.ds.query(`SELECT type, data FROM events WHERE incident_id = $1 ORDER BY seq`, [
    incidentId,
  ]);
}

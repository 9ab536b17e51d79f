import { randomBytes, randomInt } from 'node:crypto';
import type { AuthUser } from '@cordon/auth';
import { RedisClient } from '@cordon/platform';
import { clearPrefix, FeatureTestApp, startFeatureTestApp } from '@cordon/platform/testing';
import { NotifyProcessor } from '../jobs/notify.processor';
import { UpdateRemindersProcessor } from '../jobs/update-reminders.processor';
import { NoticesModule } from '../notices.module';

/**
 * Test support for the notices' integration specs: the notices module (broadcasts,
 * incidents and directory real behind it) on a database and Redis prefix of the spec
 * file's own. Its workers are paused: a spec hands jobs to the processors itself.
 */
export async function startNotices(): Promise<FeatureTestApp> {
  const app = await startFeatureTestApp({ imports: [NoticesModule] });
  try {
    await app.get(NotifyProcessor).worker.pause();
    await app.get(UpdateRemindersProcessor).worker.pause();
    return app;
  } catch (err) {
    await stopNotices(app);
    throw err;
  }
}

export async function stopNotices(app: FeatureTestApp | undefined): Promise<void> {
  if (!app) return;
  const redis = app.app.get(RedisClient).redis;
  await clearPrefix(redis, app.config.queuePrefix).catch(() => undefined);
  await app.close();
}

export interface NoticeCouncil {
  departmentId: string;
  departmentCode: string;
  /** A login with a staff record (mobile and SMS consent): reached by email and SMS. */
  owner: AuthUser;
  /** A login with no staff record: reached by email only. */
  deputy: AuthUser;
}

/** A department and two owners of its own (unique codes and emails). */
export async function noticeCouncil(app: FeatureTestApp): Promise<NoticeCouncil> {
  const { ds } = app;
  const tag = randomBytes(4).toString('hex');
  const departmentCode = `HOU-${tag}`;
  const [{ id: departmentId }]: { id: string }[] = await ds.query(
    `INSERT INTO departments (code, name) VALUES ($1, 'Housing') RETURNING id`,
    [departmentCode],
  );
  const user = async (name: string): Promise<AuthUser> => {
    const email = `${name.toLowerCase()}-${tag}@council.example`;
    const [{ id }]: { id: string }[] = await ds.query(
      `INSERT INTO users (email, name, password_hash, roles) VALUES ($1, $2, 'x', '{owner}')
       RETURNING id`,
      [email, name],
    );
    return { id, email, name, roles: ['owner'], departmentId: null };
  };
  const owner = await user('Olivia');
  await ds.query(
    `INSERT INTO staff (name, email, mobile, sms_consent, department_id)
     VALUES ($1, $2, '+447700900456', true, $3)`,
    [owner.name, owner.email, departmentId],
  );
  return { departmentId, departmentCode, owner, deputy: await user('Dan') };
}

/** An active incident owned by `owner`, its last update `minutesAgo` back (hourly cadence). */
export async function noticeIncident(
  app: FeatureTestApp,
  owner: AuthUser,
  minutesAgo = 0,
): Promise<string> {
  const [{ id }]: { id: string }[] = await app.ds.query(
    `INSERT INTO incidents (reference, year, number, title, severity, summary, owner_id,
       owner_name, update_cadence_minutes, last_update_at)
     VALUES ($1, 2026, $2, 'Blaster', 1, 'RPC worm', $3, $4, 60, now() - make_interval(mins => $5))
     RETURNING id`,
    [
      `INC-N-${randomBytes(4).toString('hex')}`,
      randomInt(1, 1e9),
      owner.id,
      owner.name,
      minutesAgo,
    ],
  );
  return id;
}

/** The notices (broadcasts) of an incident, oldest first, with their deliveries. */
export async function noticesOf(
  app: FeatureTestApp,
  incidentId: string,
): Promise<
  {
    id: string;
    kind: string;
    idempotency_key: string;
    subject: string;
    body: string;
    deliveries: { recipient_id: string; channel: string; status: string; address: string | null }[];
  }[]
> {
  return app.ds.query(
    `SELECT b.id, b.kind, b.idempotency_key, b.subject, b.body,
       (SELECT coalesce(jsonb_agg(jsonb_build_object('recipient_id', d.recipient_id,
          'channel', d.channel, 'status', d.status, 'address', d.address) ORDER BY d.channel), '[]')
        FROM deliveries d WHERE d.broadcast_id = b.id) AS deliveries
     FROM broadcasts b WHERE b.incident_id = $1 ORDER BY b.created_at, b.id`,
    [incidentId],
  );
}

/** The incident's events of `type`, oldest first. */
export async function eventsOf(
  app: FeatureTestApp,
  incidentId: string,
  type: string,
): Promise<Record<string, unknown>[]> {
  const rows: { data: Record<string, unknown> }[] = await app.ds.query(
    `SELECT data FROM events WHERE incident_id = $1 AND type = $2 ORDER BY seq`,
    [incidentId, type],
  );
  return rows.map((r) => r.data);
}

/** A LAN of the council's department (on a site of its own) and its staff: Ann (SMS) and Bob (email only). */
export async function noticeLan(
  app: FeatureTestApp,
  c: NoticeCouncil,
): Promise<{ lanId: string; lanCode: string; ann: string; bob: string }> {
  const tag = randomBytes(4).toString('hex');
  const [{ id: siteId }]: { id: string }[] = await app.ds.query(
    `INSERT INTO sites (code, name) VALUES ($1, 'Town Hall') RETURNING id`,
    [`SITE-${tag}`],
  );
  const lanCode = `LAN-${tag}`;
  const [{ id: lanId }]: { id: string }[] = await app.ds.query(
    `INSERT INTO lans (code, name, site_id, department_id) VALUES ($1, 'Floor 2', $2, $3) RETURNING id`,
    [lanCode, siteId, c.departmentId],
  );
  const staff = async (name: string, mobile: string | null): Promise<string> => {
    const [{ id }]: { id: string }[] = await app.ds.query(
      `INSERT INTO staff (name, email, mobile, sms_consent, department_id, site_id, lan_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        name,
        `${name.toLowerCase()}-${tag}@council.example`,
        mobile,
        !!mobile,
        c.departmentId,
        siteId,
        lanId,
      ],
    );
    return id;
  };
  return {
    lanId,
    lanCode,
    ann: await staff('Ann', '+447700900111'),
    bob: await staff('Bob', null),
  };
}

/** An active ITU login of a department, with a staff record (mobile, SMS consent) if `mobile`. */
export async function ituMember(
  app: FeatureTestApp,
  departmentId: string,
  name: string,
  mobile: string | null = null,
): Promise<AuthUser> {
  const email = `${name.toLowerCase()}-${randomBytes(4).toString('hex')}@council.example`;
  const [{ id }]: { id: string }[] = await app.ds.query(
    `INSERT INTO users (email, name, password_hash, roles, department_id)
     VALUES ($1, $2, 'x', '{itu}', $3) RETURNING id`,
    [email, name, departmentId],
  );
  if (mobile)
    await app.ds.query(
      `INSERT INTO staff (name, email, mobile, sms_consent, department_id) VALUES ($1, $2, $3, true, $4)`,
      [name, email, mobile, departmentId],
    );
  return { id, email, name, roles: ['itu'], departmentId };
}

/** A directive of an incident, issued by `issuer` to some departments, due at `dueAt`. */
export async function noticeDirective(
  app: FeatureTestApp,
  incidentId: string,
  issuer: AuthUser,
  text: string,
  dueAt: Date,
  departmentIds: string[],
): Promise<string> {
  const [{ id }]: { id: string }[] = await app.ds.query(
    `INSERT INTO directives (incident_id, text, due_at, issued_by_id, issued_by_name)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [incidentId, text, dueAt, issuer.id, issuer.name],
  );
  await app.ds.query(
    `INSERT INTO directive_departments (directive_id, department_id) SELECT $1, unnest($2::uuid[])`,
    [id, departmentIds],
  );
  return id;
}

/** A machine on a LAN, of the LAN's department. */
export async function noticeDevice(
  app: FeatureTestApp,
  lanId: string,
  departmentId: string,
): Promise<{ id: string; hostname: string }> {
  const hostname = `pc-${randomBytes(4).toString('hex')}`;
  const [{ id }]: { id: string }[] = await app.ds.query(
    `INSERT INTO devices (hostname, lan_id, department_id, health) VALUES ($1, $2, $3, 'isolated')
     RETURNING id`,
    [hostname, lanId, departmentId],
  );
  return { id, hostname };
}

import { DataSource, EntityManager } from 'typeorm';

/** A row upserted by its code: the column values in the table's column order. */
interface ByCode {
  table: 'departments' | 'sites' | 'support_units' | 'lans';
  columns: { name: string; type: 'text' | 'uuid' | 'cidr'; values: (string | null)[] }[];
}

export interface DemoLoginRow {
  email: string;
  name: string;
  hash: string;
  roles: readonly string[];
  departmentId: string | null;
}

export interface DemoCleanupTask {
  id: string;
  hostname: string;
  departmentCode: string;
  avProduct: string | null;
}

export interface DemoIncidentCounts {
  reference: string;
  title: string;
  status: string;
  owner: string;
  total: number;
  open: number;
  claimed: number;
  done: number;
  detections: number;
  events: number;
}

const upsertByCode = ({ table, columns }: ByCode) => `
  INSERT INTO ${table} (${columns.map((c) => c.name).join(', ')})
  SELECT * FROM unnest(${columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ')})
  ON CONFLICT (code) DO UPDATE SET ${columns
    .filter((c) => c.name !== 'code')
    .map((c) => `${c.name} = EXCLUDED.${c.name}`)
    .join(', ')}`;

/**
 * The demo seed's reads and writes. The organisation and the logins are written set-based
 * by upsert on their codes and emails, inside the seed's transaction; staff, devices and
 * the incident go through the features' own services.
 */
export class DemoRepository {
  constructor(private readonly dataSource: DataSource) {}

  async passwordHashes(emails: string[]): Promise<Map<string, string>> {
    const rows: { email: string; password_hash: string }[] = await this.dataSource.query(
      `SELECT email, password_hash FROM users WHERE email = ANY($1)`,
      [emails],
    );
    return new Map(rows.map((r) => [r.email, r.password_hash]));
  }

  async upsertByCode(manager: EntityManager, rows: ByCode): Promise<void> {
    await manager.query(
      upsertByCode(rows),
      rows.columns.map((c) => c.values),
    );
  }

  /** Code → id of every row of a table the seed upserts by code. */
  async idsByCode(
    manager: EntityManager,
    table: 'departments' | 'sites',
  ): Promise<Map<string, string>> {
    const rows: { code: string; id: string }[] = await manager.query(
      `SELECT code, id FROM ${table}`,
    );
    return new Map(rows.map((r) => [r.code, r.id]));
  }

  /** Creates or resets the demo logins (active, unlocked, the demo password); email → id. */
  async upsertLogins(manager: EntityManager, logins: DemoLoginRow[]): Promise<Map<string, string>> {
    const rows: { id: string; email: string }[] = await manager.query(
      `INSERT INTO users (email, name, password_hash, roles, department_id)
       SELECT t.email, t.name, t.hash, string_to_array(t.roles, ','), t.department_id
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::uuid[])
         AS t(email, name, hash, roles, department_id)
       ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name, password_hash = EXCLUDED.password_hash,
         roles = EXCLUDED.roles, department_id = EXCLUDED.department_id, active = true,
         failed_logins = 0, locked_until = NULL
       RETURNING id, email`,
      [
        logins.map((l) => l.email),
        logins.map((l) => l.name),
        logins.map((l) => l.hash),
        logins.map((l) => l.roles.join(',')),
        logins.map((l) => l.departmentId),
      ],
    );
    return new Map(rows.map((u) => [u.email, u.id]));
  }

  async incidentIdByTitle(title: string): Promise<string | null> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM incidents WHERE title = $1 ORDER BY created_at LIMIT 1`,
      [title],
    );
    return rows[0]?.id ?? null;
  }

  lansWithDepartment(): Promise<{ id: string; code: string; department: string }[]> {
    return this.dataSource.query(
      `SELECT l.id, l.code, d.code AS department FROM lans l
       JOIN departments d ON d.id = l.department_id ORDER BY l.code`,
    );
  }

  async departmentIds(codes: readonly string[]): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM departments WHERE code = ANY($1) ORDER BY code`,
      [codes],
    );
    return rows.map((d) => d.id);
  }

  /** The device-cleaning tasks of an incident on one LAN, in host-name order. */
  cleanupTasks(incidentId: string, lanCode: string): Promise<DemoCleanupTask[]> {
    return this.dataSource.query(
      `SELECT t.id, v.hostname, d.code AS "departmentCode", v.av_product AS "avProduct"
       FROM tasks t JOIN devices v ON v.id = t.device_id JOIN lans l ON l.id = t.lan_id
       JOIN departments d ON d.id = t.department_id
       WHERE t.incident_id = $1 AND l.code = $2 AND t.kind = 'clean_device'
       ORDER BY v.hostname`,
      [incidentId, lanCode],
    );
  }

  /** A broadcast's recipients with their email's acknowledgement token, where one was sent. */
  recipientTokens(broadcastId: string): Promise<{ recipientId: string; token: string | null }[]> {
    return this.dataSource.query(
      `SELECT r.recipient_id AS "recipientId", d.ack_token AS token
       FROM broadcast_recipients r
       LEFT JOIN deliveries d ON d.broadcast_id = r.broadcast_id
         AND d.recipient_id = r.recipient_id AND d.channel = 'email' AND d.ack_token IS NOT NULL
       WHERE r.broadcast_id = $1 ORDER BY r.email, r.recipient_id`,
      [broadcastId],
    );
  }

  async incidentCounts(id: string): Promise<DemoIncidentCounts> {
    const [row] = await this.dataSource.query(
      `SELECT i.reference, i.title, i.status, i.owner_name AS owner,
         (SELECT count(*)::int FROM tasks t WHERE t.incident_id = i.id) AS total,
         (SELECT count(*)::int FROM tasks t WHERE t.incident_id = i.id AND t.status = 'open') AS open,
         (SELECT count(*)::int FROM tasks t WHERE t.incident_id = i.id AND t.status = 'claimed') AS claimed,
         (SELECT count(*)::int FROM tasks t WHERE t.incident_id = i.id AND t.status IN ('done', 'verified')) AS done,
         (SELECT count(*)::int FROM detections x WHERE x.incident_id = i.id) AS detections,
         (SELECT count(*)::int FROM events e WHERE e.stream = 'incident:' || i.id) AS events
       FROM incidents i WHERE i.id = $1`,
      [id],
    );
    return row;
  }

  /** Departments asked and acknowledged by the incident's first directive. */
  async firstDirectiveAcks(
    incidentId: string,
  ): Promise<{ departments: number; acknowledged: number } | null> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS departments, count(r.acknowledged_at)::int AS acknowledged
       FROM directives d JOIN directive_departments r ON r.directive_id = d.id
       WHERE d.incident_id = $1 GROUP BY d.id ORDER BY min(d.created_at) LIMIT 1`,
      [incidentId],
    );
    return row ?? null;
  }

  /** Recipients and acknowledgements of the incident's first staff broadcast. */
  async firstBroadcastAcks(
    incidentId: string,
  ): Promise<{ recipients: number; acknowledged: number } | null> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS recipients, count(r.acknowledged_at)::int AS acknowledged
       FROM broadcasts b JOIN broadcast_recipients r ON r.broadcast_id = b.id
       WHERE b.incident_id = $1 AND b.kind = 'broadcast' GROUP BY b.id ORDER BY min(b.created_at) LIMIT 1`,
      [incidentId],
    );
    return row ?? null;
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DenyTerm, WarpLogEvent } from '@cordon/domain';
import { incidentStream } from '@cordon/platform';

/** Reads for WARP summaries: an incident's log, its planned LANs' sizes, and what must not leak. */
@Injectable()
export class WarpRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The incident's whole event log, oldest first. */
  async events(incidentId: string): Promise<WarpLogEvent[]> {
    const rows: { seq: number; at: Date; type: string; data: unknown }[] =
      await this.dataSource.query(
        `SELECT seq::int AS seq, at, type, data FROM events WHERE stream = $1 ORDER BY seq`,
        [incidentStream(incidentId)],
      );
    return rows.map((r) => ({ seq: r.seq, at: r.at.toISOString(), type: r.type, data: r.data }));
  }

  /** Devices on each LAN in the incident's plan, by LAN id. */
  async devicesPerPlannedLan(incidentId: string): Promise<Map<string, number>> {
    const rows: { lanId: string; n: number }[] = await this.dataSource.query(
      `SELECT il.lan_id AS "lanId", count(d.id)::int AS n
       FROM incident_lans il LEFT JOIN devices d ON d.lan_id = il.lan_id
       WHERE il.incident_id = $1 GROUP BY il.lan_id`,
      [incidentId],
    );
    return new Map(rows.map((r) => [r.lanId, r.n]));
  }

  /** Department names by id. */
  async departmentNames(): Promise<Map<string, string>> {
    const rows: { id: string; name: string }[] = await this.dataSource.query(
      `SELECT id, name FROM departments`,
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /**
   * Everything the council knows that identifies someone or something: staff and
   * logins (names, emails, mobiles), devices (hostnames, IPs), departments, support
   * units, sites and LANs (names and codes, addresses, address ranges).
   */
  async denyTerms(): Promise<DenyTerm[]> {
    const rows: { text: string | null; kind: DenyTerm['kind'] }[] = await this.dataSource.query(
      `SELECT name AS text, 'name' AS kind FROM staff
       UNION ALL SELECT email, 'email' FROM staff
       UNION ALL SELECT mobile, 'mobile' FROM staff
       UNION ALL SELECT name, 'name' FROM users
       UNION ALL SELECT email, 'email' FROM users
       UNION ALL SELECT hostname, 'hostname' FROM devices
       UNION ALL SELECT host(ip), 'ip' FROM devices
       UNION ALL SELECT name, 'department' FROM departments
       UNION ALL SELECT code, 'department' FROM departments
       UNION ALL SELECT name, 'department' FROM support_units
       UNION ALL SELECT code, 'department' FROM support_units
       UNION ALL SELECT email, 'email' FROM support_units
       UNION ALL SELECT name, 'site' FROM sites
       UNION ALL SELECT code, 'site' FROM sites
       UNION ALL SELECT address, 'site' FROM sites
       UNION ALL SELECT name, 'lan' FROM lans
       UNION ALL SELECT code, 'lan' FROM lans
       UNION ALL SELECT host(cidr), 'ip' FROM lans`,
    );
    return rows.filter((r): r is DenyTerm => typeof r.text === 'string' && r.text.length > 0);
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { IncidentStatus, Page } from '@cordon/contracts';
import {
  DepartmentScope,
  IncidentFacts,
  notFound,
  OPEN_INCIDENT_STATUSES,
  StatusDecision,
} from '@cordon/domain';
import { keysetOrder, keysetPage, KeysetRequest } from '@cordon/platform';
import { IncidentEntity } from './entities';

/** What a declaration writes; the reference and number come from `nextNumber`. */
export type NewIncident = Pick<
  IncidentEntity,
  | 'reference'
  | 'year'
  | 'number'
  | 'title'
  | 'severity'
  | 'summary'
  | 'ownerId'
  | 'ownerName'
  | 'updateCadenceMinutes'
  | 'lastUpdateAt'
  | 'createdById'
>;

/** What an owner may edit on an incident. */
export type IncidentEdit = Partial<
  Pick<IncidentEntity, 'title' | 'severity' | 'summary' | 'updateCadenceMinutes'>
>;

export interface IncidentFilter {
  scope: DepartmentScope;
  status?: IncidentStatus;
  open?: boolean;
}

const NEWEST_FIRST = keysetOrder<IncidentEntity>(
  ['i.createdAt', 'i.id'],
  (i) => [i.createdAt.toISOString(), i.id],
  'desc',
);

/**
 * The incidents table, its counter and its departments. Locks on an incident are always
 * taken before any lock on its plan rows (one order everywhere, so no two commands
 * deadlock): SHARE for commands that need it to stay open, UPDATE for those that change it.
 */
@Injectable()
export class IncidentRepository {
  constructor(private readonly dataSource: DataSource) {}

  async lock(db: EntityManager, id: string, mode: 'share' | 'update'): Promise<IncidentEntity> {
    const row = await db.getRepository(IncidentEntity).findOne({
      where: { id },
      lock: { mode: mode === 'share' ? 'pessimistic_read' : 'pessimistic_write' },
    });
    if (!row) throw notFound('Incident', id);
    return row;
  }

  get(id: string, db: EntityManager = this.dataSource.manager): Promise<IncidentEntity | null> {
    return db.getRepository(IncidentEntity).findOneBy({ id });
  }

  async getMany(db: EntityManager, ids: readonly string[]): Promise<IncidentEntity[]> {
    if (ids.length === 0) return [];
    return db
      .getRepository(IncidentEntity)
      .createQueryBuilder('i')
      .where('i.id IN (:...ids)', { ids: [...new Set(ids)] })
      .getMany();
  }

  /** The transaction's clock (`now()` is fixed for the whole transaction). */
  async now(db: EntityManager): Promise<Date> {
    const [{ now }]: { now: Date }[] = await db.query(`SELECT now() AS now`);
    return new Date(now);
  }

  /** The year's next number: the counter row's lock orders concurrent declarations. */
  async nextNumber(db: EntityManager): Promise<{ year: number; number: number }> {
    const [row]: { year: number; last_number: number }[] = await db.query(
      `INSERT INTO incident_counters (year, last_number)
       VALUES (extract(year FROM now() AT TIME ZONE 'UTC')::int, 1)
       ON CONFLICT (year) DO UPDATE SET last_number = incident_counters.last_number + 1
       RETURNING year, last_number`,
    );
    return { year: row.year, number: row.last_number };
  }

  insert(db: EntityManager, incident: NewIncident): Promise<IncidentEntity> {
    return db
      .getRepository(IncidentEntity)
      .save({ ...incident, status: 'active', closedAt: null, closeReason: null });
  }

  async setOwner(db: EntityManager, id: string, owner: { id: string; name: string }) {
    await db
      .getRepository(IncidentEntity)
      .update({ id }, { ownerId: owner.id, ownerName: owner.name });
  }

  async edit(db: EntityManager, id: string, changes: IncidentEdit): Promise<void> {
    await db.getRepository(IncidentEntity).update({ id }, changes);
  }

  /**
   * Writes the status the domain decided, from the status it decided on; a status change
   * is an update to staff, and closing records when and why.
   */
  async applyStatus(
    db: EntityManager,
    id: string,
    from: IncidentStatus,
    decision: StatusDecision,
    reason: string | null,
  ): Promise<Pick<IncidentEntity, 'status' | 'lastUpdateAt'> & Partial<IncidentEntity>> {
    const closing = decision.next === 'closed';
    // an UPDATE answers [rows, count] through TypeORM: wrapped so that it answers rows
    const rows: { last_update_at: Date }[] = await db.query(
      `WITH changed AS (
         UPDATE incidents SET status = $3, last_update_at = now(), updated_at = now(),
           closed_at = CASE WHEN $4::boolean THEN now() ELSE closed_at END,
           close_reason = CASE WHEN $4::boolean THEN $5::text ELSE close_reason END
         WHERE id = $1 AND status = $2 RETURNING last_update_at
       ) SELECT last_update_at FROM changed`,
      [id, from, decision.next, closing, reason],
    );
    if (rows.length === 0) throw notFound('Incident', id);
    const at = new Date(rows[0].last_update_at);
    return {
      status: decision.next,
      lastUpdateAt: at,
      ...(closing ? { closedAt: at, closeReason: reason } : {}),
    };
  }

  /** Staff were updated: the clock starts again, on an open incident only. */
  async touchUpdate(db: EntityManager, id: string): Promise<boolean> {
    const rows: { id: string }[] = await db.query(
      `WITH touched AS (
         UPDATE incidents SET last_update_at = now(), updated_at = now()
         WHERE id = $1 AND status = ANY($2::text[]) RETURNING id
       ) SELECT id FROM touched`,
      [id, OPEN_INCIDENT_STATUSES],
    );
    return rows.length > 0;
  }

  /** The incident's owner and involved departments, as the permission rules read them. */
  async facts(db: EntityManager, incident: IncidentEntity): Promise<IncidentFacts> {
    return { ownerId: incident.ownerId, departmentIds: await this.departmentsOf(db, incident.id) };
  }

  async departmentsOf(db: EntityManager, incidentId: string): Promise<string[]> {
    return (await this.departmentsOfMany([incidentId], db)).get(incidentId) ?? [];
  }

  async departmentsOfMany(
    ids: readonly string[],
    db: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, string[]>> {
    const map = new Map<string, string[]>();
    if (ids.length === 0) return map;
    const rows: { incident_id: string; department_id: string }[] = await db.query(
      `SELECT incident_id, department_id FROM incident_departments
       WHERE incident_id = ANY($1::uuid[]) ORDER BY department_id`,
      [[...ids]],
    );
    for (const r of rows)
      map.set(r.incident_id, [...(map.get(r.incident_id) ?? []), r.department_id]);
    return map;
  }

  /** Records that the incident involves these departments (idempotent, no lock on the incident). */
  async involveDepartments(
    db: EntityManager,
    incidentId: string,
    departmentIds: readonly string[],
  ): Promise<void> {
    const ids = [...new Set(departmentIds)].sort();
    if (ids.length === 0) return;
    await db.query(
      `INSERT INTO incident_departments (incident_id, department_id)
       SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [incidentId, ids],
    );
  }

  /** Newest first, a page at a time. */
  page(filter: IncidentFilter, request: KeysetRequest): Promise<Page<IncidentEntity>> {
    const qb = this.dataSource.getRepository(IncidentEntity).createQueryBuilder('i');
    if (filter.scope.kind === 'department') {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM incident_departments d WHERE d.incident_id = i.id AND d.department_id = :dept)',
        { dept: filter.scope.departmentId },
      );
    }
    if (filter.status) qb.andWhere('i.status = :status', { status: filter.status });
    if (filter.open !== undefined) {
      qb.andWhere(`${filter.open ? '' : 'NOT '}(i.status = ANY(CAST(:open AS text[])))`, {
        open: OPEN_INCIDENT_STATUSES,
      });
    }
    return keysetPage(qb, NEWEST_FIRST, request, (i) => i);
  }

  /** The open incidents, most severe first, then oldest. */
  open(db: EntityManager = this.dataSource.manager): Promise<IncidentEntity[]> {
    return db
      .getRepository(IncidentEntity)
      .createQueryBuilder('i')
      .where('i.status = ANY(CAST(:open AS text[]))', { open: OPEN_INCIDENT_STATUSES })
      .orderBy('i.severity', 'ASC')
      .addOrderBy('i.createdAt', 'ASC')
      .getMany();
  }

  /**
   * Open incidents whose next update was due at or before `now`, oldest first: the SQL
   * twin of the domain's `updateOverdue` (same boundary, `<=`).
   */
  overdue(now: Date, db: EntityManager = this.dataSource.manager): Promise<IncidentEntity[]> {
    return db
      .getRepository(IncidentEntity)
      .createQueryBuilder('i')
      .where('i.status = ANY(CAST(:open AS text[]))', { open: OPEN_INCIDENT_STATUSES })
      .andWhere(`i.lastUpdateAt + make_interval(mins => i.updateCadenceMinutes) <= :now`, { now })
      .orderBy('i.lastUpdateAt', 'ASC')
      .limit(200)
      .getMany();
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { EligibleOwnerView, EventView, IncidentView, Page } from '@cordon/contracts';
import { AuthUser, UsersService } from '@cordon/auth';
import {
  BULK_EVENT_TYPES,
  departmentScope,
  DomainError,
  mayOwnIncident,
  OWNER_ROLES,
  SIGNIFICANT_TASK_KIND,
} from '@cordon/domain';
import {
  decodeCursor,
  EventEntity,
  EventStreamEntity,
  incidentStream,
  pageLimit,
  toPage,
} from '@cordon/platform';
import { EventsQueryDto, IncidentQueryDto } from './dto/incident.dto';
import { IncidentEntity } from './entities';
import { IncidentAccess } from './incident-access.service';
import { toIncidentView } from './views';

/** Reading incidents: one, the list (newest first), and the timeline in `seq` order. */
@Injectable()
export class IncidentQueriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: IncidentAccess,
    private readonly users: UsersService,
  ) {}

  /** Whom the incident could be handed to: active users who may own, but its owner, by name. */
  async eligibleOwners(id: string, user: AuthUser): Promise<Page<EligibleOwnerView>> {
    const { incident } = await this.access.load(id, user, 'list_eligible_owners');
    const candidates = await this.users.activeWithAnyRole(OWNER_ROLES);
    const items = candidates
      .filter((u) => u.id !== incident.ownerId && mayOwnIncident({ ...u, active: true }))
      .map(({ id, name, email, roles, departmentId }) => ({
        id,
        name,
        email,
        roles,
        departmentId,
      }));
    return { items, nextCursor: null };
  }

  async get(id: string, user: AuthUser): Promise<IncidentView> {
    const { incident, departmentIds } = await this.access.load(id, user, 'read');
    const seqs = await this.lastSeqs([id]);
    return toIncidentView(incident, departmentIds, seqs.get(id) ?? 0);
  }

  /** ITU members see the incidents that involve their department; the others see all. */
  async list(query: IncidentQueryDto, user: AuthUser): Promise<Page<IncidentView>> {
    const scope = departmentScope(user);
    if (scope.kind === 'none') {
      throw new DomainError('forbidden', 'Your roles give you no access to incidents');
    }
    const limit = pageLimit(query);
    const after = decodeCursor(query.cursor, 2);
    const qb = this.dataSource.getRepository(IncidentEntity).createQueryBuilder('i');
    if (scope.kind === 'department') {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM incident_departments d WHERE d.incident_id = i.id AND d.department_id = :dept)',
        { dept: scope.departmentId },
      );
    }
    if (query.status) qb.andWhere('i.status = :status', { status: query.status });
    if (query.open !== undefined)
      qb.andWhere(query.open ? `i.status <> 'closed'` : `i.status = 'closed'`);
    if (after) {
      qb.andWhere('(i.createdAt, i.id) < (:afterAt, :afterId)', {
        afterAt: String(after[0]),
        afterId: String(after[1]),
      });
    }
    const rows = await qb
      .orderBy('i.createdAt', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    const ids = rows.slice(0, limit).map((r) => r.id);
    const [departments, seqs] = await Promise.all([this.departmentsOf(ids), this.lastSeqs(ids)]);
    return toPage(
      rows,
      limit,
      (i) => [i.createdAt.toISOString(), i.id],
      (i) => toIncidentView(i, departments.get(i.id) ?? [], seqs.get(i.id) ?? 0),
    );
  }

  /**
   * The timeline: events after `sinceSeq` (or the cursor), oldest first; only the
   * significant ones (`isSignificantEvent`, the same rule in SQL) or only some `types`.
   */
  async events(id: string, query: EventsQueryDto, user: AuthUser): Promise<Page<EventView>> {
    await this.access.load(id, user, 'read');
    const limit = pageLimit(query);
    const after = decodeCursor(query.cursor, 1);
    const since = Math.max(query.sinceSeq ?? 0, after ? Number(after[0]) : 0);
    const qb = this.dataSource
      .getRepository(EventEntity)
      .createQueryBuilder('e')
      .where('e.stream = :stream AND e.seq > :since', { stream: incidentStream(id), since });
    if (query.significant) {
      qb.andWhere(
        `(e.type <> ALL(CAST(:bulk AS text[])) OR (e.type LIKE 'task.%' AND e.data->>'kind' = :kind))`,
        { bulk: [...BULK_EVENT_TYPES], kind: SIGNIFICANT_TASK_KIND },
      );
    }
    if (query.types) qb.andWhere('e.type = ANY(CAST(:types AS text[]))', { types: query.types });
    const rows = await qb
      .orderBy('e.seq', 'ASC')
      .limit(limit + 1)
      .getMany();
    return toPage(
      rows,
      limit,
      (e) => [e.seq],
      (e) => ({ seq: e.seq, at: e.at.toISOString(), type: e.type, actor: e.actor, data: e.data }),
    );
  }

  /** The seq of each incident's latest event (its stream's counter). */
  private async lastSeqs(ids: string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(EventStreamEntity).find({
      where: { stream: In(ids.map(incidentStream)) },
    });
    return new Map(rows.map((r) => [r.stream.slice(r.stream.indexOf(':') + 1), r.lastSeq]));
  }

  private async departmentsOf(ids: string[]): Promise<Map<string, string[]>> {
    if (ids.length === 0) return new Map();
    const rows: { incident_id: string; department_id: string }[] = await this.dataSource.query(
      `SELECT incident_id, department_id FROM incident_departments
       WHERE incident_id = ANY($1::uuid[]) ORDER BY department_id`,
      [ids],
    );
    const map = new Map<string, string[]>();
    for (const r of rows)
      map.set(r.incident_id, [...(map.get(r.incident_id) ?? []), r.department_id]);
    return map;
  }
}

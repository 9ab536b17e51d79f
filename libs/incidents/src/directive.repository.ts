import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Page } from '@cordon/contracts';
import { DepartmentScope, OPEN_INCIDENT_STATUSES } from '@cordon/domain';
import { keysetOrder, keysetPage, KeysetRequest } from '@cordon/platform';
import { DirectiveDepartmentEntity, DirectiveEntity } from './entities';

export type NewDirective = Pick<
  DirectiveEntity,
  'incidentId' | 'text' | 'dueAt' | 'issuedById' | 'issuedByName'
>;

/** A department's acknowledgement past due and not escalated yet, with whom to tell. */
export interface OverdueAcknowledgement {
  directiveId: string;
  departmentId: string;
  incidentId: string;
  dueAt: Date;
  text: string;
  ownerId: string;
}

const NEWEST_FIRST = keysetOrder<DirectiveEntity>(
  ['d.createdAt', 'd.id'],
  (d) => [d.createdAt.toISOString(), d.id],
  'desc',
);

/** Directives and the departments each is addressed to (`directive_departments`). */
@Injectable()
export class DirectiveRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The directive and one recipient row per department, in department order. */
  async insert(
    db: EntityManager,
    directive: NewDirective,
    departmentIds: readonly string[],
  ): Promise<DirectiveEntity> {
    const saved = await db.getRepository(DirectiveEntity).save({ ...directive });
    await db
      .getRepository(DirectiveDepartmentEntity)
      .insert(
        [...departmentIds].sort().map((departmentId) => ({ directiveId: saved.id, departmentId })),
      );
    return saved;
  }

  get(id: string, db: EntityManager = this.dataSource.manager): Promise<DirectiveEntity | null> {
    return db.getRepository(DirectiveEntity).findOneBy({ id });
  }

  recipients(
    directiveIds: readonly string[],
    db: EntityManager = this.dataSource.manager,
  ): Promise<DirectiveDepartmentEntity[]> {
    if (directiveIds.length === 0) return Promise.resolve([]);
    return db
      .getRepository(DirectiveDepartmentEntity)
      .findBy({ directiveId: In([...directiveIds]) });
  }

  /** An incident's directives, newest first; a department sees those addressed to it. */
  page(
    incidentId: string,
    scope: DepartmentScope,
    request: KeysetRequest,
  ): Promise<Page<DirectiveEntity>> {
    const qb = this.dataSource
      .getRepository(DirectiveEntity)
      .createQueryBuilder('d')
      .where('d.incidentId = :incidentId', { incidentId });
    if (scope.kind === 'department') {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM directive_departments r WHERE r.directive_id = d.id AND r.department_id = :dept)',
        { dept: scope.departmentId },
      );
    }
    return keysetPage(qb, NEWEST_FIRST, request, (d) => d);
  }

  /** The department's acknowledgement, once: null when it had acknowledged already. */
  async acknowledge(
    db: EntityManager,
    directiveId: string,
    departmentId: string,
    by: { id: string; name: string },
  ): Promise<Date | null> {
    const rows: { acknowledged_at: Date }[] = await db.query(
      `WITH ack AS (
         UPDATE directive_departments
         SET acknowledged_at = now(), acknowledged_by_id = $3, acknowledged_by_name = $4
         WHERE directive_id = $1 AND department_id = $2 AND acknowledged_at IS NULL
         RETURNING acknowledged_at
       ) SELECT acknowledged_at FROM ack`,
      [directiveId, departmentId, by.id, by.name],
    );
    return rows.length ? new Date(rows[0].acknowledged_at) : null;
  }

  /**
   * Up to `limit` acknowledgements of open incidents' directives due before `now`, not
   * acknowledged nor escalated, taken FOR UPDATE SKIP LOCKED (several scanners may run).
   */
  async lockOverdue(
    db: EntityManager,
    now: Date,
    limit: number,
  ): Promise<OverdueAcknowledgement[]> {
    const rows: {
      directive_id: string;
      department_id: string;
      incident_id: string;
      due_at: Date;
      text: string;
      owner_id: string;
    }[] = await db.query(
      `SELECT r.directive_id, r.department_id, d.incident_id, d.due_at, d.text, i.owner_id
       FROM directive_departments r
       JOIN directives d ON d.id = r.directive_id
       JOIN incidents i ON i.id = d.incident_id
       WHERE r.acknowledged_at IS NULL AND r.escalated_at IS NULL AND d.due_at < $1
         AND i.status = ANY($3::text[])
       ORDER BY d.incident_id, d.due_at, r.directive_id, r.department_id
       LIMIT $2
       FOR UPDATE OF r SKIP LOCKED`,
      [now, limit, OPEN_INCIDENT_STATUSES],
    );
    return rows.map((r) => ({
      directiveId: r.directive_id,
      departmentId: r.department_id,
      incidentId: r.incident_id,
      dueAt: new Date(r.due_at),
      text: r.text,
      ownerId: r.owner_id,
    }));
  }

  /** Marks these acknowledgements escalated, in one statement. */
  async markEscalated(
    db: EntityManager,
    due: readonly { directiveId: string; departmentId: string }[],
  ): Promise<void> {
    if (due.length === 0) return;
    await db.query(
      `UPDATE directive_departments SET escalated_at = now()
       FROM unnest($1::uuid[], $2::uuid[]) AS d(directive_id, department_id)
       WHERE directive_departments.directive_id = d.directive_id
         AND directive_departments.department_id = d.department_id`,
      [due.map((r) => r.directiveId), due.map((r) => r.departmentId)],
    );
  }
}

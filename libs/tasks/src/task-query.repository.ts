import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  TASK_STATUSES,
  type Page,
  type TaskKind,
  type TaskStatus,
  type TaskSummaryRow,
} from '@cordon/contracts';
import { LIVE_TASK_STATUSES } from '@cordon/domain';
import { KeysetRequest, keysetOrder, keysetPage } from '@cordon/platform';
import { TaskEntity } from './entities/task.entity';

/** What a task list is narrowed to; every field optional. */
export interface TaskListFilter {
  departmentId?: string | null;
  incidentId?: string;
  status?: TaskStatus;
  kind?: TaskKind;
  deviceId?: string;
  lanId?: string;
  claimedById?: string;
  overdue?: boolean;
}

/**
 * The domain's overdue rule (`isTaskOverdue`) as a predicate over `tasks` aliased `t`:
 * a due time before `now` and a status that still needs work. With its parameters, so
 * the list's filter and the summary's count judge `now` exactly as the view's flag does.
 * Never NULL (a task without a due time is not overdue), so that `NOT` it is the rest.
 */
export const overduePredicate = (now: Date) => ({
  sql: `(t.dueAt IS NOT NULL AND t.dueAt < :overdueNow AND t.status IN (:...overdueStatuses))`,
  params: { overdueNow: now, overdueStatuses: [...LIVE_TASK_STATUSES] },
});

/** Newest first; the key carries the creation time in milliseconds (precision 3) and the id. */
const NEWEST_FIRST = keysetOrder<TaskEntity>(
  ['t.createdAt', 't.id'],
  (t) => [t.createdAt.toISOString(), t.id],
  'desc',
);

/** The reads of the task queues: lists, one task, an incident's counts. */
@Injectable()
export class TaskQueryRepository {
  constructor(private readonly dataSource: DataSource) {}

  get(id: string): Promise<TaskEntity | null> {
    return this.dataSource.getRepository(TaskEntity).findOneBy({ id });
  }

  /** A page of tasks, newest first. */
  list(filter: TaskListFilter, page: KeysetRequest, now: Date): Promise<Page<TaskEntity>> {
    const qb = this.dataSource.getRepository(TaskEntity).createQueryBuilder('t');
    const f = filter;
    if (f.departmentId) qb.andWhere('t.departmentId = :dept', { dept: f.departmentId });
    if (f.incidentId) qb.andWhere('t.incidentId = :incident', { incident: f.incidentId });
    if (f.status) qb.andWhere('t.status = :status', { status: f.status });
    if (f.kind) qb.andWhere('t.kind = :kind', { kind: f.kind });
    if (f.deviceId) qb.andWhere('t.deviceId = :device', { device: f.deviceId });
    if (f.lanId) qb.andWhere('t.lanId = :lan', { lan: f.lanId });
    if (f.claimedById) qb.andWhere('t.claimedById = :claimer', { claimer: f.claimedById });
    if (f.overdue !== undefined) {
      const overdue = overduePredicate(now);
      qb.andWhere(f.overdue ? overdue.sql : `NOT ${overdue.sql}`, overdue.params);
    }
    return keysetPage(qb, NEWEST_FIRST, page, (t) => t);
  }

  /**
   * An incident's tasks counted per department and status in one statement (one
   * department's row only when `departmentId` is given); departments by name.
   */
  summary(incidentId: string, departmentId: string | null, now: Date): Promise<TaskSummaryRow[]> {
    const overdue = overduePredicate(now);
    const qb = this.dataSource
      .getRepository(TaskEntity)
      .createQueryBuilder('t')
      .innerJoin('departments', 'd', 'd.id = t.departmentId')
      .select('t.departmentId', 'departmentId')
      .addSelect('d.code', 'code')
      .addSelect('d.name', 'name');
    for (const status of TASK_STATUSES) {
      qb.addSelect(`count(*) FILTER (WHERE t.status = :status_${status})::int`, status);
      qb.setParameter(`status_${status}`, status);
    }
    qb.addSelect(`count(*) FILTER (WHERE ${overdue.sql})::int`, 'overdue')
      .setParameters(overdue.params)
      .where('t.incidentId = :incident', { incident: incidentId })
      .groupBy('t.departmentId')
      .addGroupBy('d.code')
      .addGroupBy('d.name')
      .orderBy('d.name')
      .addOrderBy('t.departmentId');
    if (departmentId) qb.andWhere('t.departmentId = :dept', { dept: departmentId });
    return qb.getRawMany<TaskSummaryRow>();
  }
}

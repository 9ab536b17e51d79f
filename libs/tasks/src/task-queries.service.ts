import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  TASK_STATUSES,
  type Page,
  type TaskDeviceView,
  type TaskSummary,
  type TaskSummaryRow,
  type TaskView,
} from '@cordon/contracts';
import type { AuthUser } from '@cordon/auth';
import { DirectoryLookup } from '@cordon/directory';
import { assessCompliance, notFound, readableDepartment } from '@cordon/domain';
import { BaselineService, DeviceRecordsService } from '@cordon/inventory';
import { decodeCursor, pageLimit, toPage } from '@cordon/platform';
import { TaskQueryDto, TaskSummaryQueryDto } from './dto/task-query.dto';
import { TaskEntity } from './entities/task.entity';
import { OVERDUE_SQL } from './task-overdue';
import { toTaskView } from './task-views';

/**
 * The task queues. ITU members see their own department's tasks only; command staff,
 * owners and admins see all. Newest first, each with its machine, its LAN and what the
 * machine lacks against the standard build.
 */
@Injectable()
export class TaskQueriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly devices: DeviceRecordsService,
    private readonly baselines: BaselineService,
    private readonly directory: DirectoryLookup,
  ) {}

  async list(query: TaskQueryDto, user: AuthUser): Promise<Page<TaskView>> {
    const departmentId = readableDepartment(user, query.departmentId);
    const limit = pageLimit(query);
    const after = decodeCursor(query.cursor, 2);
    const qb = this.dataSource.getRepository(TaskEntity).createQueryBuilder('t');
    if (departmentId) qb.andWhere('t.departmentId = :dept', { dept: departmentId });
    if (query.incidentId) qb.andWhere('t.incidentId = :incident', { incident: query.incidentId });
    if (query.status) qb.andWhere('t.status = :status', { status: query.status });
    if (query.kind) qb.andWhere('t.kind = :kind', { kind: query.kind });
    if (query.deviceId) qb.andWhere('t.deviceId = :device', { device: query.deviceId });
    if (query.lanId) qb.andWhere('t.lanId = :lan', { lan: query.lanId });
    if (query.claimedBy) {
      qb.andWhere('t.claimedById = :claimer', {
        claimer: query.claimedBy === 'me' ? user.id : query.claimedBy,
      });
    }
    if (query.overdue !== undefined) {
      qb.andWhere(query.overdue ? OVERDUE_SQL : `NOT ${OVERDUE_SQL}`);
    }
    if (after) {
      qb.andWhere('(t.createdAt, t.id) < (:afterAt, :afterId)', {
        afterAt: String(after[0]),
        afterId: String(after[1]),
      });
    }
    const rows = await qb
      .orderBy('t.createdAt', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    const page = rows.slice(0, limit);
    const devices = await this.deviceViews(page);
    return toPage(
      rows,
      limit,
      (t) => [t.createdAt.toISOString(), t.id],
      (t) => toTaskView(t, new Date(), t.deviceId ? (devices.get(t.deviceId) ?? null) : null),
    );
  }

  /**
   * An incident's tasks counted per department and status in one statement, scoped as
   * `list` is (an ITU member gets his own department's row only); departments by name.
   */
  async summary(query: TaskSummaryQueryDto, user: AuthUser): Promise<TaskSummary> {
    const departmentId = readableDepartment(user);
    const qb = this.dataSource
      .getRepository(TaskEntity)
      .createQueryBuilder('t')
      .innerJoin('departments', 'd', 'd.id = t.departmentId')
      .select('t.departmentId', 'departmentId')
      .addSelect('d.code', 'code')
      .addSelect('d.name', 'name');
    for (const status of TASK_STATUSES) {
      qb.addSelect(`count(*) FILTER (WHERE t.status = '${status}')::int`, status);
    }
    qb.addSelect(`count(*) FILTER (WHERE ${OVERDUE_SQL})::int`, 'overdue')
      .where('t.incidentId = :incident', { incident: query.incidentId })
      .groupBy('t.departmentId')
      .addGroupBy('d.code')
      .addGroupBy('d.name')
      .orderBy('d.name')
      .addOrderBy('t.departmentId');
    if (departmentId) qb.andWhere('t.departmentId = :dept', { dept: departmentId });
    return { items: await qb.getRawMany<TaskSummaryRow>() };
  }

  async get(id: string, user: AuthUser): Promise<TaskView> {
    const task = await this.dataSource.getRepository(TaskEntity).findOneBy({ id });
    if (!task) throw notFound('Task', id);
    readableDepartment(user, task.departmentId);
    const devices = await this.deviceViews([task]);
    return toTaskView(
      task,
      new Date(),
      task.deviceId ? (devices.get(task.deviceId) ?? null) : null,
    );
  }

  private async deviceViews(tasks: TaskEntity[]): Promise<Map<string, TaskDeviceView>> {
    const ids = tasks.map((t) => t.deviceId).filter((id): id is string => id !== null);
    if (ids.length === 0) return new Map();
    const manager = this.dataSource.manager;
    const [records, baseline, lans, sites] = await Promise.all([
      this.devices.byIds(manager, ids),
      this.baselines.current(manager),
      this.directory.lans(manager),
      this.directory.sites(manager),
    ]);
    const lanById = new Map(lans.map((l) => [l.id, l]));
    const siteById = new Map(sites.map((s) => [s.id, s]));
    return new Map(
      records.map((d) => {
        const compliance = assessCompliance(d, baseline);
        const lan = lanById.get(d.lanId);
        const site = lan?.siteId ? siteById.get(lan.siteId) : undefined;
        return [
          d.id,
          {
            hostname: d.hostname,
            ip: d.ip,
            lanId: d.lanId,
            lanCode: lan?.code ?? null,
            lanName: lan?.name ?? null,
            siteId: site?.id ?? null,
            siteCode: site?.code ?? null,
            siteName: site?.name ?? null,
            health: d.health,
            compliant: compliance.compliant,
            missingPatches: compliance.missingPatches,
            issues: compliance.issues,
          },
        ];
      }),
    );
  }
}

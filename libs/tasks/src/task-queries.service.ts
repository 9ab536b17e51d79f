import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Page, TaskDeviceView, TaskSummary, TaskView } from '@cordon/contracts';
import type { AuthUser } from '@cordon/auth';
import { DirectoryLookup } from '@cordon/directory';
import { assessCompliance, notFound, readableDepartment } from '@cordon/domain';
import { BaselineService, DeviceRecordsService } from '@cordon/inventory';
import { TaskQueryDto, TaskSummaryQueryDto } from './dto/task-query.dto';
import { TaskEntity } from './entities/task.entity';
import { TaskQueryRepository } from './task-query.repository';
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
    private readonly tasks: TaskQueryRepository,
  ) {}

  async list(query: TaskQueryDto, user: AuthUser): Promise<Page<TaskView>> {
    const departmentId = readableDepartment(user, query.departmentId);
    const { incidentId, status, kind, deviceId, lanId, overdue } = query;
    const claimedById = query.claimedBy === 'me' ? user.id : query.claimedBy;
    const filter = {
      departmentId,
      incidentId,
      status,
      kind,
      deviceId,
      lanId,
      claimedById,
      overdue,
    };
    const now = new Date();
    const page = await this.tasks.list(filter, query, now);
    const devices = await this.deviceViews(page.items);
    return {
      items: page.items.map((t) =>
        toTaskView(t, now, t.deviceId ? (devices.get(t.deviceId) ?? null) : null),
      ),
      nextCursor: page.nextCursor,
    };
  }

  /**
   * An incident's tasks counted per department and status in one statement, scoped as
   * `list` is (an ITU member gets his own department's row only); departments by name.
   */
  async summary(query: TaskSummaryQueryDto, user: AuthUser): Promise<TaskSummary> {
    const departmentId = readableDepartment(user);
    return { items: await this.tasks.summary(query.incidentId, departmentId, new Date()) };
  }

  async get(id: string, user: AuthUser): Promise<TaskView> {
    const task = await this.tasks.get(id);
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

import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type {
  ActorRef,
  DetectionView,
  EventData,
  EventType,
  LanPhase,
  Page,
  TaskView,
} from '@cordon/contracts';
import { DirectoryLookup } from '@cordon/directory';
import {
  DomainError,
  detectionEffect,
  invalidField,
  ipInCidr,
  normaliseHostname,
  parseCidr,
  parseIpv4,
  reopensCleanup,
  unknownHostname,
} from '@cordon/domain';
import { DeviceRecord, DeviceRecordsService } from '@cordon/inventory';
import { Spine, SpineTransaction } from '@cordon/platform';
import { IncidentTasks } from '@cordon/tasks';
import { DetectionDto, DetectionQueryDto } from './dto/detection.dto';
import { DetectionEntity } from './entities';
import { DetectionRepository } from './detection.repository';
import { IncidentRepository } from './incident.repository';
import { LanPlanRepository } from './lan-plan.repository';
import { notify } from './notify-outbox';

/** Detections outside any incident go on their own stream. */
export const DETECTIONS_STREAM = 'detections';
const ISOLATION_DUE_MS = 4 * 3600_000;

const toView = (d: DetectionEntity): DetectionView => ({
  id: d.id,
  hostname: d.hostname,
  ip: d.ip,
  signature: d.signature,
  source: d.source,
  deviceId: d.deviceId,
  lanId: d.lanId,
  incidentId: d.incidentId,
  phase: d.phase,
  action: d.action,
  taskId: d.taskId,
  unknownDevice: d.unknownDevice,
  at: d.createdAt.toISOString(),
});

/**
 * A host seen scanning, from monitoring (API key) or command staff. Matched by host
 * name or IP address; an unknown host is recorded on the LAN its address belongs to.
 * On a reopened LAN the device is isolated at once and an `isolate_and_clean` task
 * goes to its department (the LAN stays open); elsewhere it is marked infected, and a
 * finished cleanup task on a LAN not yet reopened is reopened.
 */
@Injectable()
export class DetectionsService {
  constructor(
    private readonly spine: Spine,
    private readonly devices: DeviceRecordsService,
    private readonly lookup: DirectoryLookup,
    private readonly tasks: IncidentTasks,
    private readonly detections: DetectionRepository,
    private readonly incidents: IncidentRepository,
    private readonly plans: LanPlanRepository,
  ) {}

  async record(dto: DetectionDto, actor: ActorRef): Promise<DetectionView> {
    const hostname = dto.hostname === undefined ? null : normaliseHostname(dto.hostname);
    if (dto.hostname !== undefined && !hostname) {
      throw invalidField('hostname', 'is not a host name');
    }
    const ip = dto.ip ?? null;
    return this.spine.run(actor, async (tx) => {
      const { device, unknownDevice } = await this.resolve(tx, hostname, ip);
      const placed = await this.placeInPlan(tx, device.lanId);
      const incidentId = placed?.incidentId ?? null;
      const phase = placed?.phase ?? null;
      const effect = detectionEffect(phase);
      // the detection's own events come before its task's on the timeline, though the
      // device's health is known only after the task's row is written
      const events = tx.reserve();
      const append = <T extends EventType>(type: T, data: EventData<T>) =>
        incidentId
          ? events.appendToIncident(incidentId, type, data)
          : events.append(DETECTIONS_STREAM, type, data);
      const id = randomUUID();
      const subject = {
        deviceId: device.id,
        hostname: device.hostname,
        lanId: device.lanId,
        departmentId: device.departmentId,
      };
      const action = effect === 'isolate' ? 'isolated' : 'marked_infected';
      append('detection.recorded', {
        detectionId: id,
        ...subject,
        ip,
        signature: dto.signature,
        source: dto.source,
        phase,
        action,
        unknownDevice,
      });
      // the task row before the device row, the order a completion takes them in
      let task: TaskView | null = null;
      if (effect === 'isolate' && incidentId) {
        task = await this.isolationTask(tx, incidentId, device);
      } else if (incidentId && reopensCleanup(phase)) {
        await this.tasks.reopenCleanup(
          tx,
          incidentId,
          device.id,
          `detected again: ${dto.signature}`,
        );
      }
      const health = await this.devices.setHealth(
        tx.manager,
        device.id,
        effect === 'isolate' ? 'isolated' : 'infected',
      );
      if (health.changed) {
        append(effect === 'isolate' ? 'device.isolated' : 'device.infected', {
          ...subject,
          previousHealth: health.previous,
        });
      }
      const row = await this.detections.insert(tx.manager, {
        id,
        hostname: device.hostname,
        ip,
        signature: dto.signature,
        source: dto.source,
        deviceId: device.id,
        lanId: device.lanId,
        incidentId,
        phase,
        action,
        taskId: task?.id ?? null,
        unknownDevice,
        reportedBy: actor,
      });
      return toView(row);
    });
  }

  async list(query: DetectionQueryDto): Promise<Page<DetectionView>> {
    const page = await this.detections.page(
      { incidentId: query.incidentId, deviceId: query.deviceId },
      query,
    );
    return { items: page.items.map(toView), nextCursor: page.nextCursor };
  }

  /** The device named, or an unknown one on the LAN whose block holds the address; else 422. */
  private async resolve(
    tx: SpineTransaction,
    hostname: string | null,
    ip: string | null,
  ): Promise<{ device: DeviceRecord; unknownDevice: boolean }> {
    const known = await this.devices.findByHost(tx.manager, { hostname, ip });
    if (known) return { device: known, unknownDevice: false };
    if (!ip) {
      throw new DomainError(
        'unprocessable',
        `No device is known as ${hostname}; give its IP address to place it on a LAN`,
        { field: 'ip' },
      );
    }
    const address = parseIpv4(ip) as number;
    const lan = (await this.lookup.lans(tx.manager)).find((l) => {
      const cidr = l.cidr ? parseCidr(l.cidr) : null;
      return cidr?.ok === true && ipInCidr(address, cidr.cidr);
    });
    if (!lan) {
      throw new DomainError(
        'unprocessable',
        `No device or LAN matches ${hostname ?? ip}: ${ip} is in no LAN's address block`,
        { field: 'ip' },
      );
    }
    const { device } = await this.devices.recordUnknown(tx.manager, {
      hostname: hostname ?? unknownHostname(ip),
      ip,
      lanId: lan.id,
      departmentId: lan.departmentId,
    });
    return { device, unknownDevice: true };
  }

  /**
   * The open incident whose plan holds the LAN, and the LAN's phase there. The incident
   * is locked (share) before the plan row (update): the same order as every command.
   */
  private async placeInPlan(
    tx: SpineTransaction,
    lanId: string,
  ): Promise<{ incidentId: string; phase: LanPhase } | null> {
    const [seen] = await this.plans.openOnLans(tx.manager, [lanId]);
    if (!seen) return null;
    await this.incidents.lock(tx.manager, seen.incidentId, 'share');
    const row = await this.plans.lockOpen(tx.manager, seen.incidentId, lanId);
    return row ? { incidentId: row.incidentId, phase: row.phase } : null;
  }

  /** The device's isolation task: created now, or the live one a repeated detection finds. */
  private async isolationTask(
    tx: SpineTransaction,
    incidentId: string,
    device: DeviceRecord,
  ): Promise<TaskView | null> {
    await this.incidents.involveDepartments(tx.manager, incidentId, [device.departmentId]);
    const now = await this.incidents.now(tx.manager);
    const [created] = await this.tasks.createForDevices(tx, {
      incidentId,
      kind: 'isolate_and_clean',
      devices: [
        {
          deviceId: device.id,
          hostname: device.hostname,
          lanId: device.lanId,
          departmentId: device.departmentId,
        },
      ],
      dueAt: new Date(now.getTime() + ISOLATION_DUE_MS),
    });
    if (created) {
      await tx.enqueue(
        notify('notify.device_isolated', `device-isolated:${created.id}`, {
          incidentId,
          taskId: created.id,
          deviceId: device.id,
          hostname: device.hostname,
          departmentId: device.departmentId,
        }),
      );
      return created;
    }
    return this.tasks.liveTaskFor(tx.manager, incidentId, device.id, 'isolate_and_clean');
  }
}

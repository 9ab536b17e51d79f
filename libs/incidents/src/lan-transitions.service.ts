import { Injectable } from '@nestjs/common';
import type { LanPlanView, WaiverView } from '@cordon/contracts';
import { actorOf, AuthUser } from '@cordon/auth';
import {
  assertIncidentOpen,
  assertMayActOnIncident,
  decideLanTransition,
  describeBlockers,
  DomainError,
  hasAnyRole,
  isIncidentOwner,
  notFound,
} from '@cordon/domain';
import { DeviceRecordsService } from '@cordon/inventory';
import { Spine, SpineTransaction } from '@cordon/platform';
import { IncidentTasks } from '@cordon/tasks';
import { LanTransitionDto, WaiveDto } from './dto/lan-plan.dto';
import { IncidentEntity } from './entities';
import { IncidentRepository } from './incident.repository';
import { LanPlanRepository } from './lan-plan.repository';
import { notify } from './notify-outbox';
import { PlanProgress, PlanRow } from './plan-progress.service';

const CLEANUP_DUE_MS = 24 * 3600_000;

/**
 * Moving a LAN through its phases. Locks: the incident (share: it must stay open), then
 * the plan row (update: one move at a time per LAN; detections on the LAN wait too).
 * Entering shut_down creates each device's cleanup task in the same transaction,
 * exactly once however often it is asked; reopening passes the gate or is refused
 * with every blocker.
 */
@Injectable()
export class LanTransitionsService {
  constructor(
    private readonly spine: Spine,
    private readonly progress: PlanProgress,
    private readonly devices: DeviceRecordsService,
    private readonly tasks: IncidentTasks,
    private readonly incidents: IncidentRepository,
    private readonly plans: LanPlanRepository,
  ) {}

  async transition(
    id: string,
    lanId: string,
    dto: LanTransitionDto,
    user: AuthUser,
  ): Promise<LanPlanView> {
    return this.spine.run(actorOf(user), async (tx) => {
      const incident = await this.incidents.lock(tx.manager, id, 'share');
      const facts = await this.incidents.facts(tx.manager, incident);
      assertMayActOnIncident(user, facts, 'read');
      assertIncidentOpen(incident);
      const plan = await this.planRow(tx, id, lanId);
      const decision = decideLanTransition(plan.phase, {
        to: dto.to,
        byOwner: isIncidentOwner(user, facts),
        byCommand: hasAnyRole(user, ['command']),
      });
      if (decision.kind === 'unchanged') return this.view(tx, id, plan);

      let blockersChecked = false;
      if (decision.effects.includes('check_reopen_gate')) {
        const gate = (await this.progress.forLans(tx.manager, id, [lanId])).get(lanId);
        if (gate && gate.blockers.length) {
          throw new DomainError(
            'reopen_blocked',
            `${plan.code} cannot reopen: ${gate.blockers.length} device(s) neither verified nor waived (${describeBlockers(gate.blocked)})`,
            { lanId, lanCode: plan.code, blockers: gate.blockers, counts: gate.blocked },
          );
        }
        blockersChecked = true;
      }
      await this.plans.applyPhase(tx.manager, plan.id, decision, dto.reason ?? null);
      tx.appendToIncident(id, 'lan.phase_changed', {
        lanId,
        code: plan.code,
        from: decision.from,
        to: decision.to,
        reason: dto.reason ?? null,
        ...(blockersChecked ? { gate: 'passed' } : {}),
      });
      if (decision.effects.includes('create_cleanup_tasks')) {
        await this.createCleanupTasks(tx, incident, lanId, dto);
      }
      if (decision.effects.includes('notify_lan_staff') && dto.notifyStaff !== false) {
        await tx.enqueue(
          notify('notify.lan_phase_changed', `lan-phase:${plan.id}:${decision.to}`, {
            incidentId: id,
            reference: incident.reference,
            lanId,
            code: plan.code,
            from: decision.from,
            to: decision.to,
            reason: dto.reason ?? null,
          }),
        );
      }
      const [after] = await this.progress.rows(tx.manager, id, [lanId]);
      return this.view(tx, id, after);
    });
  }

  /** The owner excuses a device from the gate, with a reason; its cleanup task is cancelled. */
  async waive(id: string, deviceId: string, dto: WaiveDto, user: AuthUser): Promise<WaiverView> {
    return this.spine.run(actorOf(user), async (tx) => {
      const incident = await this.incidents.lock(tx.manager, id, 'share');
      assertMayActOnIncident(
        user,
        await this.incidents.facts(tx.manager, incident),
        'waive_device',
      );
      assertIncidentOpen(incident);
      const [device] = await this.devices.byIds(tx.manager, [deviceId]);
      if (!device) throw notFound('Device', deviceId);
      const [plan] = await this.progress.rows(tx.manager, id, [device.lanId], true);
      if (!plan) {
        throw new DomainError(
          'unprocessable',
          `Device ${device.hostname} is not on a LAN in this incident's plan`,
          { field: 'deviceId' },
        );
      }
      const waivedAt = await this.plans.waive(tx.manager, {
        incidentId: id,
        deviceId,
        reason: dto.reason,
        by: { id: user.id, name: user.name },
      });
      tx.appendToIncident(id, 'device.waived', {
        deviceId,
        hostname: device.hostname,
        lanId: device.lanId,
        code: plan.code,
        reason: dto.reason,
      });
      await this.tasks.cancelCleanup(tx, id, deviceId, `waived by the owner: ${dto.reason}`);
      return {
        incidentId: id,
        deviceId,
        hostname: device.hostname,
        lanId: device.lanId,
        reason: dto.reason,
        waivedBy: { id: user.id, name: user.name },
        waivedAt: waivedAt.toISOString(),
      };
    });
  }

  private async planRow(tx: SpineTransaction, id: string, lanId: string): Promise<PlanRow> {
    const [plan] = await this.progress.rows(tx.manager, id, [lanId], true);
    if (!plan) throw notFound(`LAN ${lanId} in the plan of incident`, id);
    return plan;
  }

  private async createCleanupTasks(
    tx: SpineTransaction,
    incident: IncidentEntity,
    lanId: string,
    dto: LanTransitionDto,
  ): Promise<void> {
    const devices = await this.devices.onLans(tx.manager, [lanId]);
    await this.incidents.involveDepartments(
      tx.manager,
      incident.id,
      devices.map((d) => d.departmentId),
    );
    const now = await this.incidents.now(tx.manager);
    await this.tasks.createForDevices(tx, {
      incidentId: incident.id,
      kind: 'clean_device',
      devices: devices.map((d) => ({
        deviceId: d.id,
        hostname: d.hostname,
        lanId: d.lanId,
        departmentId: d.departmentId,
      })),
      dueAt: dto.taskDueAt ? new Date(dto.taskDueAt) : new Date(now.getTime() + CLEANUP_DUE_MS),
    });
  }

  private async view(tx: SpineTransaction, id: string, plan: PlanRow): Promise<LanPlanView> {
    const [view] = await this.progress.views(tx.manager, id, [plan]);
    return view;
  }
}

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { LanPhase, LanPlanView } from '@cordon/contracts';
import { DirectoryLookup } from '@cordon/directory';
import { GateDevice, GateResult, noBlockers, reopenGate } from '@cordon/domain';
import { BaselineService, DeviceRecordsService } from '@cordon/inventory';
import { IncidentTasks } from '@cordon/tasks';
import { FaultReportRepository } from './fault-report.repository';
import { LanPlanRepository } from './lan-plan.repository';

export interface PlanRow {
  id: string;
  lanId: string;
  code: string;
  name: string;
  departmentId: string;
  siteId: string;
  phase: LanPhase;
  phaseChangedAt: Date;
}

/**
 * How far each LAN of a plan is: every device on it measured by the reopen gate (the
 * same rule that refuses a reopening), so the board and the gate never disagree.
 */
@Injectable()
export class PlanProgress {
  constructor(
    private readonly devices: DeviceRecordsService,
    private readonly tasks: IncidentTasks,
    private readonly baselines: BaselineService,
    private readonly lookup: DirectoryLookup,
    private readonly plans: LanPlanRepository,
    private readonly faults: FaultReportRepository,
  ) {}

  /**
   * The plan's rows (or those of `lanIds`) with their LAN's code, name, department and
   * site from the directory, by code. `lock` takes the rows FOR UPDATE.
   */
  async rows(
    manager: EntityManager,
    incidentId: string,
    lanIds?: readonly string[],
    lock = false,
  ): Promise<PlanRow[]> {
    const rows = await this.plans.rows(manager, incidentId, lanIds, lock);
    if (rows.length === 0) return [];
    const lans = new Map((await this.lookup.lans(manager)).map((l) => [l.id, l]));
    return rows
      .map((r) => {
        const lan = lans.get(r.lanId);
        return {
          id: r.id,
          lanId: r.lanId,
          code: lan?.code ?? r.lanId,
          name: lan?.name ?? '',
          departmentId: lan?.departmentId ?? '',
          siteId: lan?.siteId ?? '',
          phase: r.phase,
          phaseChangedAt: r.phaseChangedAt,
        };
      })
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  }

  async forLans(
    manager: EntityManager,
    incidentId: string,
    lanIds: readonly string[],
  ): Promise<Map<string, GateResult>> {
    // one after another: a transaction's connection runs one query at a time
    const devices = await this.devices.onLans(manager, lanIds);
    const ids = devices.map((d) => d.id);
    const cleanups = await this.tasks.cleanupByDevice(manager, incidentId, ids);
    const waivers = await this.plans.waived(manager, incidentId, ids);
    const baseline = await this.baselines.current(manager);
    const byLan = new Map<string, GateDevice[]>(lanIds.map((id) => [id, []]));
    for (const d of devices) byLan.get(d.lanId)?.push(d);
    return new Map(
      [...byLan].map(([lanId, list]) => [lanId, reopenGate(list, cleanups, waivers, baseline)]),
    );
  }

  async views(manager: EntityManager, incidentId: string, rows: PlanRow[]): Promise<LanPlanView[]> {
    const progress = await this.forLans(
      manager,
      incidentId,
      rows.map((r) => r.lanId),
    );
    const faults = await this.faults.countsByLan(manager, incidentId);
    return rows.map((r) => {
      const gate = progress.get(r.lanId);
      return {
        lanId: r.lanId,
        code: r.code,
        name: r.name,
        departmentId: r.departmentId,
        siteId: r.siteId,
        phase: r.phase,
        phaseChangedAt: new Date(r.phaseChangedAt).toISOString(),
        devices: {
          total: gate?.total ?? 0,
          verified: gate?.verified ?? 0,
          waived: gate?.waived ?? 0,
          blocked: gate?.blocked ?? noBlockers(),
        },
        faultReports: faults.get(r.lanId) ?? 0,
      };
    });
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import type { ActorRef, FaultReportAnswer, FaultReportView, Page } from '@cordon/contracts';
import { actorOf, AuthUser } from '@cordon/auth';
import { DirectoryLookup } from '@cordon/directory';
import { faultAnswer, hasAnyRole, invalidField, DomainError, pickIncident } from '@cordon/domain';
import { APP_CONFIG, AppConfig, Spine } from '@cordon/platform';
import { FaultReportDto, FaultReportQueryDto } from './dto/fault-report.dto';
import { FaultReportEntity } from './entities';
import { FaultReportRepository } from './fault-report.repository';
import { IncidentRepository } from './incident.repository';
import { LanPlanRepository } from './lan-plan.repository';
import { nextDue } from './views';

export const FAULT_REPORTS_STREAM = 'fault-reports';

/** Who a report from the public status page (no login) is recorded as. */
const STATUS_PAGE: ActorRef = { id: null, name: 'status page', kind: 'system' };

const toView = (f: FaultReportEntity): FaultReportView => ({
  id: f.id,
  lanId: f.lanId,
  siteId: f.siteId,
  staffId: f.staffId,
  reporterName: f.reporterName,
  contact: f.contact,
  description: f.description,
  incidentId: f.incidentId,
  createdAt: f.createdAt.toISOString(),
});

const constraintOf = (err: unknown): string | null =>
  err instanceof QueryFailedError
    ? ((err.driverError as { constraint?: string }).constraint ?? null)
    : null;

/**
 * Fault reports from staff or the help desk: matched to the open incident covering the
 * caller's LAN (or any LAN at their site) and answered with its phase and the next
 * update time, so the help desk tells callers what is known instead of opening tickets.
 */
@Injectable()
export class FaultReportsService {
  constructor(
    private readonly spine: Spine,
    private readonly lookup: DirectoryLookup,
    private readonly reports: FaultReportRepository,
    private readonly incidents: IncidentRepository,
    private readonly plans: LanPlanRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `user` null: sent from the public status page without a login. */
  async report(dto: FaultReportDto, user: AuthUser | null): Promise<FaultReportAnswer> {
    let { lanId = null, siteId = null } = dto;
    if (dto.staffId) {
      const place = await this.lookup.staffPlace(dto.staffId);
      if (!place) throw invalidField('staffId', 'no such member of staff');
      lanId ??= place.lanId;
      siteId ??= place.siteId;
    }
    const lans = await this.lookup.lans();
    const lan = lanId ? lans.find((l) => l.id === lanId) : undefined;
    if (lanId && !lan) throw invalidField('lanId', 'no such LAN');
    siteId ??= lan?.siteId ?? null;
    if (!lanId && !siteId) {
      throw invalidField('lanId', 'the member of staff has no LAN or site on record; give one');
    }
    const nearby = lanId ? [lanId] : lans.filter((l) => l.siteId === siteId).map((l) => l.id);
    try {
      return await this.spine.run(user ? actorOf(user) : STATUS_PAGE, async (tx) => {
        const plans = await this.plans.openOnLans(tx.manager, nearby);
        const candidates = await this.incidents.getMany(
          tx.manager,
          plans.map((p) => p.incidentId),
        );
        const incident = pickIncident(
          candidates.map((i) => ({ ...i, nextUpdateDueAt: nextDue(i) })),
        );
        const report = await this.reports.insert(tx.manager, {
          incidentId: incident?.id ?? null,
          lanId,
          siteId,
          staffId: dto.staffId ?? null,
          reporterName: dto.reporterName ?? null,
          contact: dto.contact ?? null,
          description: dto.description,
          reportedById: user?.id ?? null,
        });
        const matched = incident
          ? plans
              .filter((p) => p.incidentId === incident.id)
              .map((p) => ({
                lanId: p.lanId,
                code: lans.find((l) => l.id === p.lanId)?.code ?? p.lanId,
                phase: p.phase,
              }))
              .sort((a, b) => (a.code < b.code ? -1 : 1))
          : [];
        const data = { faultReportId: report.id, lanId, siteId };
        if (incident) tx.appendToIncident(incident.id, 'fault.reported', data);
        else tx.append(FAULT_REPORTS_STREAM, 'fault.reported', data);
        return {
          ...toView(report),
          incident: incident
            ? {
                id: incident.id,
                reference: incident.reference,
                title: incident.title,
                status: incident.status,
                nextUpdateDueAt: incident.nextUpdateDueAt?.toISOString() ?? null,
              }
            : null,
          lans: matched,
          message: faultAnswer(incident, matched, this.config.comms.timeZone),
        };
      });
    } catch (err) {
      if (constraintOf(err) === 'fk_fault_reports_site')
        throw invalidField('siteId', 'no such site');
      throw err;
    }
  }

  /** Command staff and owners list reports (newest first), by incident or LAN. */
  async list(query: FaultReportQueryDto, user: AuthUser): Promise<Page<FaultReportView>> {
    if (!hasAnyRole(user, ['owner', 'command'])) {
      throw new DomainError('forbidden', 'Only command staff and owners list fault reports');
    }
    const page = await this.reports.page(
      { incidentId: query.incidentId, lanId: query.lanId },
      query,
    );
    return { items: page.items.map(toView), nextCursor: page.nextCursor };
  }
}

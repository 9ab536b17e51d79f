import { Inject, Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import type {
  ActorRef,
  FaultReportAnswer,
  FaultReportView,
  LanPhase,
  Page,
} from '@cordon/contracts';
import { actorOf, AuthUser } from '@cordon/auth';
import { DirectoryLookup } from '@cordon/directory';
import { faultAnswer, hasAnyRole, invalidField, DomainError, pickIncident } from '@cordon/domain';
import { APP_CONFIG, AppConfig, decodeCursor, pageLimit, Spine, toPage } from '@cordon/platform';
import { FaultReportDto, FaultReportQueryDto } from './dto/fault-report.dto';
import { FaultReportEntity, IncidentEntity } from './entities';
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
    private readonly dataSource: DataSource,
    private readonly spine: Spine,
    private readonly lookup: DirectoryLookup,
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
        const plans: { incident_id: string; lan_id: string; phase: LanPhase }[] = nearby.length
          ? await tx.manager.query(
              `SELECT incident_id, lan_id, phase FROM incident_lans
               WHERE lan_id = ANY($1::uuid[]) AND incident_open`,
              [nearby],
            )
          : [];
        const candidates = plans.length
          ? await tx.manager
              .getRepository(IncidentEntity)
              .createQueryBuilder('i')
              .where('i.id IN (:...ids)', { ids: [...new Set(plans.map((p) => p.incident_id))] })
              .getMany()
          : [];
        const incident = pickIncident(
          candidates.map((i) => ({ ...i, nextUpdateDueAt: nextDue(i) })),
        );
        const report = await tx.manager.getRepository(FaultReportEntity).save({
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
              .filter((p) => p.incident_id === incident.id)
              .map((p) => ({
                lanId: p.lan_id,
                code: lans.find((l) => l.id === p.lan_id)?.code ?? p.lan_id,
                phase: p.phase,
              }))
              .sort((a, b) => (a.code < b.code ? -1 : 1))
          : [];
        const data = { faultReportId: report.id, lanId, siteId };
        if (incident) await tx.appendToIncident(incident.id, 'fault.reported', data);
        else await tx.append(FAULT_REPORTS_STREAM, 'fault.reported', data);
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
    const limit = pageLimit(query);
    const after = decodeCursor(query.cursor, 2);
    const qb = this.dataSource.getRepository(FaultReportEntity).createQueryBuilder('f');
    if (query.incidentId) qb.andWhere('f.incidentId = :incident', { incident: query.incidentId });
    if (query.lanId) qb.andWhere('f.lanId = :lan', { lan: query.lanId });
    if (after) {
      qb.andWhere('(f.createdAt, f.id) < (:afterAt, :afterId)', {
        afterAt: String(after[0]),
        afterId: String(after[1]),
      });
    }
    const rows = await qb
      .orderBy('f.createdAt', 'DESC')
      .addOrderBy('f.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    return toPage(rows, limit, (f) => [f.createdAt.toISOString(), f.id], toView);
  }
}

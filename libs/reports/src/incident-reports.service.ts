import { Inject, Injectable } from '@nestjs/common';
import type { IncidentReport, ReportFormat } from '@cordon/contracts';
import type { AuthUser } from '@cordon/auth';
import { buildIncidentReport } from '@cordon/domain';
import { IncidentAccess } from '@cordon/incidents';
import { APP_CONFIG, AppConfig } from '@cordon/platform';
import { reportHtml } from './render/report-html';
import { reportMarkdown } from './render/report-markdown';
import { ReportEventsRepository } from './report-events.repository';

export interface ReportFile {
  filename: string;
  contentType: string;
  body: string;
}

export const REPORT_CONTENT_TYPES: Record<Exclude<ReportFormat, 'json'>, string> = {
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
};

/**
 * An incident's report, computed from its event log alone each time it is asked for
 * (live while the incident runs, final once closed). The route is for owners, command
 * staff and admins (CONTRACT.md); here the viewer must also be able to read the incident.
 * Other features (reviews, the evidence pack) embed it
 * through `json`, `html` and `markdown`.
 */
@Injectable()
export class IncidentReports {
  constructor(
    private readonly access: IncidentAccess,
    private readonly events: ReportEventsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async json(viewer: AuthUser, incidentId: string): Promise<IncidentReport> {
    await this.access.load(incidentId, viewer, 'read');
    const [events, departments] = await Promise.all([
      this.events.incidentEvents(incidentId),
      this.events.departmentNames(),
    ]);
    return buildIncidentReport(events, { incidentId, now: new Date().toISOString(), departments });
  }

  async html(viewer: AuthUser, incidentId: string): Promise<string> {
    return reportHtml(await this.json(viewer, incidentId), this.config.comms.timeZone);
  }

  async markdown(viewer: AuthUser, incidentId: string): Promise<string> {
    return reportMarkdown(await this.json(viewer, incidentId), this.config.comms.timeZone);
  }

  /** The html or Markdown report as a file named for the incident. */
  async file(
    viewer: AuthUser,
    incidentId: string,
    format: Exclude<ReportFormat, 'json'>,
  ): Promise<ReportFile> {
    const report = await this.json(viewer, incidentId);
    const tz = this.config.comms.timeZone;
    return {
      filename: `${report.reference}-report.${format}`,
      contentType: REPORT_CONTENT_TYPES[format],
      body: format === 'html' ? reportHtml(report, tz) : reportMarkdown(report, tz),
    };
  }
}

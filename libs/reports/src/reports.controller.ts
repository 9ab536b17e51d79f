import { Controller, Get, Headers, Query, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { IncidentReport, MetricsView } from '@cordon/contracts';
import { AuthUser, CurrentUser, Roles } from '@cordon/auth';
import { ApiProblems, ApiView, schemaRef, UuidParam } from '@cordon/platform';
import { ReportQueryDto } from './dto/report-query.dto';
import { IncidentMetrics } from './incident-metrics.service';
import { IncidentReports } from './incident-reports.service';

const wantsHtml = (accept: string | undefined): boolean =>
  !!accept && /text\/html/.test(accept) && !/application\/json/.test(accept);

@ApiTags('reports')
@ApiBearerAuth()
@Controller()
export class ReportsController {
  constructor(
    private readonly reports: IncidentReports,
    private readonly metricsService: IncidentMetrics,
  ) {}

  @Get('incidents/:id/report')
  @Roles('owner', 'command')
  @ApiOperation({
    summary:
      'The incident report, computed from its event log: live while the incident runs, final once closed. JSON by default; ?format=html the printable page (inline SVG charts, A4 print CSS), ?format=md Markdown. Owners, command staff and admins (CONTRACT.md)',
  })
  @ApiResponse({
    status: 200,
    description:
      'IncidentReport (JSON), the printable page (text/html) or Markdown (text/markdown)',
    content: {
      'application/json': { schema: schemaRef('IncidentReport') },
      'text/html': { schema: { type: 'string' } },
      'text/markdown': { schema: { type: 'string' } },
    },
  })
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found')
  async report(
    @UuidParam('id') id: string,
    @Query() query: ReportQueryDto,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
    @Headers('accept') accept?: string,
  ): Promise<IncidentReport | StreamableFile> {
    const format = query.format ?? (wantsHtml(accept) ? 'html' : 'json');
    if (format === 'json') {
      const report = await this.reports.json(user, id);
      res.setHeader('Content-Disposition', `inline; filename="${report.reference}-report.json"`);
      return report;
    }
    const file = await this.reports.file(user, id, format);
    return new StreamableFile(Buffer.from(file.body, 'utf8'), {
      type: file.contentType,
      disposition: `${format === 'html' ? 'inline' : 'attachment'}; filename="${file.filename}"`,
    });
  }

  @Get('metrics')
  @Roles('owner', 'command')
  @ApiOperation({
    summary:
      'Metrics across incidents from their event logs: mean (median, p90) time to acknowledge, contain and recover, claim and completion times per department, and the devices below the standard build when their LANs were planned',
  })
  @ApiView('MetricsView')
  @ApiProblems('unauthorized', 'forbidden')
  metrics(): Promise<MetricsView> {
    return this.metricsService.metrics();
  }
}

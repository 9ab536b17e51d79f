import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { AuthUser } from '@cordon/auth';
import { AuditFormat, auditCsvHeader, auditLine } from '@cordon/platform';
import { IncidentAccess } from './incident-access.service';
import { IncidentTimelineRepository } from './incident-timeline.repository';

export interface AuditExport {
  filename: string;
  contentType: string;
  body: Readable;
}

export const AUDIT_CONTENT_TYPES: Record<AuditFormat, string> = {
  jsonl: 'application/x-ndjson',
  csv: 'text/csv; charset=utf-8',
};

/**
 * The audit export of an incident's event log, with its hash chain: whoever may read the
 * incident's timeline may export it. Access is checked before the first byte, so a
 * refusal is an ordinary problem+json answer; the body then streams batch by batch.
 */
@Injectable()
export class IncidentAuditService {
  constructor(
    private readonly access: IncidentAccess,
    private readonly timeline: IncidentTimelineRepository,
  ) {}

  async export(id: string, format: AuditFormat, user: AuthUser): Promise<AuditExport> {
    const { incident } = await this.access.load(id, user, 'read');
    const records = this.timeline.auditRecords(id);
    async function* lines(): AsyncGenerator<string> {
      if (format === 'csv') yield auditCsvHeader();
      for await (const record of records) yield auditLine(record, format);
    }
    return {
      filename: `${incident.reference}-audit.${format}`,
      contentType: AUDIT_CONTENT_TYPES[format],
      body: Readable.from(lines()),
    };
  }
}

import { Injectable } from '@nestjs/common';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Readable } from 'node:stream';
import { AuthUser } from '@cordon/auth';
import { isoEvidence, isoMappingCsv, isoMappingMarkdown, reviewMarkdown } from '@cordon/domain';
import { IncidentAccess, IncidentAuditService } from '@cordon/incidents';
import { parseAuditExport, verifyAuditChain } from '@cordon/platform';
import { IncidentReports } from '@cordon/reports';
import { ReviewRepository } from './review.repository';
import { ReviewsService } from './reviews.service';

export interface EvidencePack {
  filename: string;
  body: Buffer;
  files: string[];
}

async function text(stream: Readable): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(Buffer.from(chunk as string | Buffer));
  return Buffer.concat(parts).toString('utf8');
}

/**
 * The evidence pack of an incident's review, one zip: the incident report (libs/reports:
 * JSON, the printable HTML, Markdown), the audit export (JSON lines and
 * CSV, with the hash chain; the incidents feature's own export), the review (Markdown and
 * JSON), the mapping of what was recorded to ISO/IEC 27001:2022 5.24–5.28 and ISO/IEC
 * 20000-1 8.6.1 with this incident's counts, and a README with the chain's head and how
 * to verify it. Built in memory: an incident's log is thousands of events, not millions.
 */
@Injectable()
export class EvidencePackService {
  constructor(
    private readonly access: IncidentAccess,
    private readonly audit: IncidentAuditService,
    private readonly reviews: ReviewsService,
    private readonly rows: ReviewRepository,
    private readonly reports: IncidentReports,
  ) {}

  async build(incidentId: string, user: AuthUser): Promise<EvidencePack> {
    const { incident } = await this.access.load(incidentId, user, 'read');
    const jsonl = await text((await this.audit.export(incidentId, 'jsonl', user)).body);
    const csv = await text((await this.audit.export(incidentId, 'csv', user)).body);
    const records = parseAuditExport(jsonl, 'jsonl');
    const verdict = verifyAuditChain(records);
    const head = records.at(-1)?.record ?? null;
    const review = (await this.rows.byIncident(incidentId))
      ? await this.reviews.get(incidentId, user)
      : null;
    const iso = isoEvidence(await this.rows.eventCounts(incidentId));
    // the report is libs/reports' (the same json, printable html and Markdown as its route)
    const report = await this.reports.json(user, incidentId);
    const html = await this.reports.html(user, incidentId);
    const markdown = await this.reports.markdown(user, incidentId);

    const files: Record<string, string> = {
      'report.json': `${JSON.stringify(report, null, 2)}\n`,
      'report.html': html,
      'report.md': markdown,
      'audit.jsonl': jsonl,
      'audit.csv': csv,
      'iso-mapping.md': isoMappingMarkdown(incident.reference, iso),
      'iso-mapping.csv': isoMappingCsv(iso),
    };
    if (review) {
      files['review.json'] = `${JSON.stringify(review, null, 2)}\n`;
      files['review.md'] = reviewMarkdown(review);
    }
    files['README.txt'] = [
      `Evidence pack of ${incident.reference}: ${incident.title}`,
      `Built ${new Date().toISOString()} by ${user.name} from Cordon's event log.`,
      '',
      'Files:',
      ...Object.keys(files).map((name) => `  ${name}`),
      '',
      `Audit chain: ${records.length} events, seq 1 to ${head?.seq ?? 0}.`,
      `Chain head (hash of the last event): ${head?.hash ?? 'none'}`,
      `Checked when packed: ${verdict.ok ? 'the chain verifies' : `BROKEN at line ${verdict.line}: ${verdict.reason}`}.`,
      '',
      'To verify, from a Cordon checkout:',
      '  npm run audit:verify -- audit.jsonl',
      '  npm run audit:verify -- audit.csv',
      'Each exits 0 when every event hashes to its recorded hash and each names the hash',
      'of the one before; 1 naming the first edited, removed or reordered event. Compare',
      'the head above with the hash of the last line, and with the head Cordon reports',
      'for the incident now: events appended after this pack extend the same chain.',
      review ? '' : '\nNo review yet: the incident has not been closed.',
      '',
    ].join('\n');

    const zippable: Zippable = {};
    for (const [name, body] of Object.entries(files)) zippable[name] = strToU8(body);
    return {
      filename: `${incident.reference}-evidence.zip`,
      body: Buffer.from(zipSync(zippable, { level: 6, mtime: new Date() })),
      files: Object.keys(files),
    };
  }
}

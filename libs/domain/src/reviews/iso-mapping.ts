import { csvCell, type EventType } from '@cordon/contracts';

/**
 * What Cordon records, mapped to the incident-management controls a review is held
 * against: ISO/IEC 27001:2022 Annex A 5.24–5.28 and ISO/IEC 20000-1:2018 8.6.1. Each row
 * names the event types of an incident's log that evidence the control; the evidence pack
 * counts them in the incident's log (`isoEvidence`).
 */

export type IsoStandard = 'ISO/IEC 27001:2022' | 'ISO/IEC 20000-1:2018';

export interface IsoControl {
  standard: IsoStandard;
  control: string;
  title: string;
}

export const ISO_CONTROLS: readonly IsoControl[] = [
  {
    standard: 'ISO/IEC 27001:2022',
    control: '5.24',
    title: 'Incident management planning and preparation',
  },
  {
    standard: 'ISO/IEC 27001:2022',
    control: '5.25',
    title: 'Assessment and decision on information security events',
  },
  {
    standard: 'ISO/IEC 27001:2022',
    control: '5.26',
    title: 'Response to information security incidents',
  },
  {
    standard: 'ISO/IEC 27001:2022',
    control: '5.27',
    title: 'Learning from information security incidents',
  },
  { standard: 'ISO/IEC 27001:2022', control: '5.28', title: 'Collection of evidence' },
  { standard: 'ISO/IEC 20000-1:2018', control: '8.6.1', title: 'Incident management' },
];

export interface IsoMappingRow {
  control: string;
  /** What Cordon recorded, in words. */
  record: string;
  /** The event types of the incident's log that are that record. */
  eventTypes: readonly EventType[];
}

export const ISO_MAPPING: readonly IsoMappingRow[] = [
  {
    control: '5.24',
    record: 'Incident declared with one named owner, severity and update cadence',
    eventTypes: ['incident.created'],
  },
  {
    control: '5.24',
    record: 'Ownership handed over explicitly, with a reason',
    eventTypes: ['incident.owner_changed'],
  },
  {
    control: '5.24',
    record: 'LAN plan: the networks taken into the response',
    eventTypes: ['lan.planned'],
  },
  {
    control: '5.25',
    record: 'Detections and staff fault reports assessed',
    eventTypes: ['detection.recorded', 'fault.reported'],
  },
  {
    control: '5.25',
    record: 'Machines classified infected or isolated',
    eventTypes: ['device.infected', 'device.isolated'],
  },
  {
    control: '5.25',
    record: 'Severity and summary re-assessed; status decisions',
    eventTypes: ['incident.updated', 'incident.status_changed'],
  },
  {
    control: '5.26',
    record: 'Containment: LANs shut down, cleaned and reopened behind the gate',
    eventTypes: ['lan.phase_changed', 'device.waived'],
  },
  {
    control: '5.26',
    record: 'Cleanup tasks claimed, completed with evidence and verified',
    eventTypes: ['task.created', 'task.claimed', 'task.completed', 'task.verified'],
  },
  {
    control: '5.26',
    record: 'Directives to departments and their acknowledgements',
    eventTypes: ['directive.issued', 'directive.acknowledged', 'directive.escalated'],
  },
  {
    control: '5.26',
    record: 'Communication to staff: broadcasts, updates and acknowledgements',
    eventTypes: ['broadcast.created', 'broadcast.acknowledged', 'incident.update_posted'],
  },
  {
    control: '5.27',
    record: 'Post-incident review opened, written and signed off',
    eventTypes: ['review.opened', 'review.updated', 'review.completed'],
  },
  {
    control: '5.27',
    record: 'Action items with owners and due days, tracked to done, reminded when late',
    eventTypes: [
      'review.action_added',
      'review.action_changed',
      'review.action_done',
      'review.action_reminded',
    ],
  },
  {
    control: '5.28',
    record: 'Evidence of each cleanup (patches, anti-virus date, clean scan) on the completed task',
    eventTypes: ['task.completed'],
  },
  {
    control: '5.28',
    record: 'Detections as received (signature, source, machine)',
    eventTypes: ['detection.recorded'],
  },
  {
    control: '8.6.1',
    record: 'Incidents recorded, classified by severity and owned',
    eventTypes: ['incident.created', 'incident.owner_changed'],
  },
  {
    control: '8.6.1',
    record: 'Escalations when updates or acknowledgements are late',
    eventTypes: ['incident.update_overdue', 'directive.escalated'],
  },
  {
    control: '8.6.1',
    record: 'Resolved and closed through its statuses, users kept informed',
    eventTypes: ['incident.status_changed', 'incident.update_posted', 'broadcast.created'],
  },
];

/** One row of the mapping with this incident's evidence for it. */
export interface IsoEvidenceRow extends IsoMappingRow, IsoControl {
  /** How many events of each named type the incident's log holds. */
  counts: Partial<Record<EventType, number>>;
  total: number;
}

/** The mapping with the counts of one incident's log (event type → number of events). */
export function isoEvidence(countsByType: Readonly<Record<string, number>>): IsoEvidenceRow[] {
  return ISO_MAPPING.map((row) => {
    const control = ISO_CONTROLS.find((c) => c.control === row.control);
    if (!control) throw new Error(`ISO mapping names an unknown control ${row.control}`);
    const counts: Partial<Record<EventType, number>> = {};
    for (const type of row.eventTypes) counts[type] = countsByType[type] ?? 0;
    const total = Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
    return { ...control, ...row, counts, total };
  });
}

const evidenceText = (row: IsoEvidenceRow): string =>
  row.eventTypes.map((type) => `${type} ×${row.counts[type] ?? 0}`).join('; ');

export const ISO_CSV_COLUMNS = [
  'standard',
  'control',
  'title',
  'record',
  'event_types',
  'evidence',
  'total',
] as const;

/** The mapping as CSV (RFC 4180, CRLF), one line per row. */
export function isoMappingCsv(rows: readonly IsoEvidenceRow[]): string {
  const lines = rows.map((row) =>
    [
      row.standard,
      row.control,
      row.title,
      row.record,
      row.eventTypes.join(' '),
      evidenceText(row),
      String(row.total),
    ]
      .map(csvCell)
      .join(','),
  );
  return [ISO_CSV_COLUMNS.join(','), ...lines].map((line) => `${line}\r\n`).join('');
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** The mapping as a Markdown table, with what is missing named. */
export function isoMappingMarkdown(reference: string, rows: readonly IsoEvidenceRow[]): string {
  const out = [
    `# ${reference}: what Cordon recorded, against the incident-management controls`,
    '',
    'Counts are events of this incident’s log (the audit export, hash-chained).',
    '',
    '| Standard | Control | Record | Event types | Evidence in this incident |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${row.standard} | ${row.control} ${cell(row.title)} | ${cell(row.record)} | ${row.eventTypes.map((t) => `\`${t}\``).join(', ')} | ${row.total === 0 ? 'none recorded' : cell(evidenceText(row))} |`,
    ),
    '',
  ];
  const bare = ISO_CONTROLS.filter(
    (c) => !rows.some((r) => r.control === c.control && r.total > 0),
  );
  if (bare.length) {
    out.push(
      `Controls with no evidence in this incident: ${bare.map((c) => `${c.control} ${c.title}`).join('; ')}.`,
      '',
    );
  }
  return out.join('\n');
}

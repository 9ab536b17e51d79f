import { CONTRACT_SCHEMAS } from '@cordon/contracts';
import {
  ISO_CONTROLS,
  ISO_MAPPING,
  isoEvidence,
  isoMappingCsv,
  isoMappingMarkdown,
} from './iso-mapping';

/** Every event type of the EventMap, as the generated OpenAPI schema lists them. */
const EVENT_TYPES = Object.keys(
  (CONTRACT_SCHEMAS.EventMap as { properties: Record<string, unknown> }).properties,
);

describe('ISO_MAPPING', () => {
  it('names only event types of the EventMap', () => {
    expect(EVENT_TYPES).toContain('incident.created');
    const named = [...new Set(ISO_MAPPING.flatMap((row) => row.eventTypes))];
    expect(named.filter((type) => !EVENT_TYPES.includes(type))).toEqual([]);
  });

  it('gives every control at least one record, and names no other control', () => {
    expect(ISO_CONTROLS.map((c) => c.control)).toEqual([
      '5.24',
      '5.25',
      '5.26',
      '5.27',
      '5.28',
      '8.6.1',
    ]);
    for (const control of ISO_CONTROLS) {
      const rows = ISO_MAPPING.filter((row) => row.control === control.control);
      expect({ control: control.control, rows: rows.length > 0 }).toEqual({
        control: control.control,
        rows: true,
      });
      expect(rows.every((row) => row.eventTypes.length > 0)).toBe(true);
    }
    expect(
      ISO_MAPPING.filter((row) => !ISO_CONTROLS.some((c) => c.control === row.control)),
    ).toEqual([]);
  });
});

describe(isoEvidence.name, () => {
  const rows = isoEvidence({
    'incident.created': 1,
    'task.completed': 4,
    'task.claimed': 5,
    'lan.planned': 2,
  });

  it('counts each row’s event types in the log', () => {
    const cleanup = rows.find((r) => r.record.startsWith('Cleanup tasks'));
    expect(cleanup?.counts).toEqual({
      'task.created': 0,
      'task.claimed': 5,
      'task.completed': 4,
      'task.verified': 0,
    });
    expect(cleanup?.total).toBe(9);
    expect(cleanup?.standard).toBe('ISO/IEC 27001:2022');
    expect(rows.find((r) => r.control === '8.6.1')?.standard).toBe('ISO/IEC 20000-1:2018');
  });

  it('writes CSV with a header and quoted fields, one line per row', () => {
    const csv = isoMappingCsv(rows).split('\r\n');
    expect(csv[0]).toBe('standard,control,title,record,event_types,evidence,total');
    expect(csv).toHaveLength(ISO_MAPPING.length + 2);
    expect(csv).toContain(
      'ISO/IEC 27001:2022,5.24,Incident management planning and preparation,LAN plan: the networks taken into the response,lan.planned,lan.planned ×2,2',
    );
    expect(csv.find((l) => l.includes('Ownership handed over'))).toContain(
      '"Ownership handed over explicitly, with a reason"',
    );
  });

  it('writes a Markdown table naming the controls without evidence', () => {
    const md = isoMappingMarkdown('INC-2026-0001', rows);
    expect(md).toContain(
      '| ISO/IEC 27001:2022 | 5.26 Response to information security incidents |',
    );
    expect(md).toContain('task.claimed ×5; task.completed ×4');
    expect(md).toContain('Controls with no evidence in this incident: 5.25');
    expect(md).toContain('5.27 Learning from information security incidents');
    expect(md).not.toMatch(/no evidence[^\n]*5\.24/);
  });
});

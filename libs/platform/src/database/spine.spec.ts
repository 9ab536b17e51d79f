import type { EntityManager } from 'typeorm';
import { parseEventsNotice, SpineTransaction, SYSTEM_ACTOR } from './spine';

const INCIDENT = '6f1c0c4e-0000-4000-8000-000000000001';

/**
 * A manager that answers the stream's counter with its new last seq and the spine's event
 * insert with the seqs it gave, and records every query.
 */
function recordingTx(): { tx: SpineTransaction; sql: string[]; types: unknown[] } {
  const sql: string[] = [];
  const types: unknown[] = [];
  let seq = 0;
  const manager = {
    query: async (text: string, params: unknown[] = []) => {
      sql.push(text.trim().split(/\s+/).slice(0, 3).join(' '));
      if (text.startsWith('WITH locked AS')) {
        // one event in one statement: its type is the third parameter
        types.push(params[2]);
        seq += 1;
        return [{ id: String(seq), seq, at: new Date(0) }];
      }
      if (text.includes('INSERT INTO event_streams')) {
        return [{ last_seq: seq + (params[1] as number), last_hash: null, at: new Date(0) }];
      }
      if (text.includes('INSERT INTO events')) {
        // one statement per chunk: the events as a JSON array, answered in any order
        const events = JSON.parse(params[2] as string) as { type: string }[];
        const rows = events.map((e) => {
          types.push(e.type);
          seq += 1;
          return { id: String(seq), seq, at: new Date(0) };
        });
        return rows.reverse();
      }
      return [];
    },
  } as unknown as EntityManager;
  return { tx: new SpineTransaction(manager, SYSTEM_ACTOR), sql, types };
}

const planned = { lanId: 'l1', code: 'CIV-A', departmentId: 'd1', siteId: 's1' };

describe(SpineTransaction.name, () => {
  it('writes the events after the rows, whatever order the command appended in', async () => {
    const { tx, sql } = recordingTx();
    tx.appendToIncident(INCIDENT, 'lan.planned', planned);
    await tx.manager.query('UPDATE incident_lans SET phase = $1', ['shut_down']);
    expect(sql).toEqual(['UPDATE incident_lans SET']);
    await tx.finish();
    // one event: the append carries the NOTIFY, nothing after it but commit
    expect(sql).toEqual(['UPDATE incident_lans SET', 'WITH locked AS']);
  });

  it('appends a chunk of events in two statements, then NOTIFY', async () => {
    const { tx, sql } = recordingTx();
    tx.appendToIncident(INCIDENT, 'lan.planned', planned);
    tx.appendToIncident(INCIDENT, 'lan.planned', planned);
    await tx.finish();
    expect(sql).toEqual(['INSERT INTO event_streams', 'WITH head AS', 'SELECT pg_notify($1, $2)']);
  });

  it('keeps the order of appends, with a reserved place filled later in its place', async () => {
    const { tx, types } = recordingTx();
    tx.appendToIncident(INCIDENT, 'fault.reported', {
      faultReportId: 'f',
      lanId: null,
      siteId: null,
    });
    const later = tx.reserve();
    const unused = tx.reserve();
    tx.appendToIncident(INCIDENT, 'lan.planned', planned);
    later.appendToIncident(INCIDENT, 'incident.update_posted', {
      message: 'm',
      nextUpdateDueAt: null,
    });
    expect(unused).toBeDefined();
    await tx.finish();
    expect(types).toEqual(['fault.reported', 'incident.update_posted', 'lan.planned']);
  });

  it('knows an event’s seq only once it is written, and runs afterAppend work then', async () => {
    const { tx } = recordingTx();
    const first = tx.appendToIncident(INCIDENT, 'lan.planned', planned);
    const second = tx.appendToIncident(INCIDENT, 'lan.planned', planned);
    expect(() => first.seq).toThrow(/written after the command's rows/);
    const seen: number[] = [];
    tx.afterAppend(async () => {
      seen.push(second.seq);
    });
    await tx.finish();
    expect(seen).toEqual([2]);
    expect([first.seq, second.seq]).toEqual([1, 2]);
    expect(tx.events).toEqual([first, second]);
  });

  it('refuses an append once the command has returned', async () => {
    const { tx } = recordingTx();
    const place = tx.reserve();
    await tx.finish();
    expect(() => tx.appendToIncident(INCIDENT, 'lan.planned', planned)).toThrow(
      /appended by the command, before it returns/,
    );
    expect(() => place.appendToIncident(INCIDENT, 'lan.planned', planned)).toThrow(
      /before it returns/,
    );
  });

  // `npx tsc -p tsconfig.json` checks these lines: each must be a type error, or tsc fails.
  it('takes only the event map’s types, each with its own data', async () => {
    const { tx, types } = recordingTx();
    // @ts-expect-error a type the event map does not have
    tx.appendToIncident(INCIDENT, 'test.happened', {});
    // @ts-expect-error lan.planned without its siteId
    tx.appendToIncident(INCIDENT, 'lan.planned', { lanId: 'l1', code: 'A', departmentId: 'd1' });
    tx.append('directory', 'staff.sms_consent_changed', {
      staffIds: [],
      names: [],
      // @ts-expect-error smsConsent is a boolean
      smsConsent: 'yes',
      via: 'console',
    });
    // @ts-expect-error a field lan.planned does not carry
    tx.appendToIncident(INCIDENT, 'lan.planned', { ...planned, phase: 'planned' as const, x: 1 });
    // @ts-expect-error data of another type
    tx.appendToIncident(INCIDENT, 'task.claimed', planned);
    const event = tx.appendToIncident(INCIDENT, 'lan.planned', planned);
    const code: string = event.data.code;
    await tx.finish();
    // nothing is checked at run time: the map is the compiler's
    expect(types).toHaveLength(6);
    expect(code).toBe('CIV-A');
  });
});

describe(parseEventsNotice.name, () => {
  const event = {
    seq: 7,
    at: '2026-12-03T21:00:00.000Z',
    type: 'task.claimed',
    actor: SYSTEM_ACTOR,
    data: {},
  };

  it('reads the streams, and the one event a single-stream notice carries after a newline', () => {
    expect(parseEventsNotice(`incident:${INCIDENT}\n${JSON.stringify(event)}`)).toEqual({
      streams: [`incident:${INCIDENT}`],
      event,
    });
  });

  it('carries no event for several streams, all streams, or a payload it cannot read', () => {
    expect(parseEventsNotice('a:1,b:2')).toEqual({ streams: ['a:1', 'b:2'], event: null });
    expect(parseEventsNotice(`a:1,b:2\n${JSON.stringify(event)}`).event).toBeNull();
    expect(parseEventsNotice('*')).toEqual({ streams: '*', event: null });
    expect(parseEventsNotice('')).toEqual({ streams: '*', event: null });
    expect(parseEventsNotice('a:1\n{"seq":')).toEqual({ streams: ['a:1'], event: null });
  });
});

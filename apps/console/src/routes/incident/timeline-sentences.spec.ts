import type { EventView } from '../../api/types';
import { groupTimeline } from './timeline-groups';
import { describeRow } from './timeline-rows';
import { broadcastSubjects, describeEvent, TimelineNames } from './timeline-sentences';

const margaret = { id: 'u1', name: 'Margaret Hale', kind: 'user' as const };
const ev = (
  seq: number,
  type: string,
  data: Record<string, unknown>,
  actor: EventView['actor'] = margaret,
): EventView => ({ seq, at: '2026-12-03T14:02:00.000Z', type, actor, data });

const names: TimelineNames = {
  departments: new Map([
    ['soc', 'SOC'],
    ['edu', 'EDU'],
  ]),
  lans: new Map([['hall', 'SOC-HALL']]),
  taskHosts: new Map([['t42', 'SOC-PC-0042']]),
  broadcasts: new Map([['b1', 'Network closed for cleaning']]),
  directives: new Map([['dx', 'Install the RPC patch']]),
};

describe('describeEvent', () => {
  it.each([
    [
      ev(1, 'lan.phase_changed', {
        lanId: 'hall',
        code: 'SOC-HALL',
        to: 'shut_down',
        reason: 'cleaning before reopening',
      }),
      'Margaret Hale shut down SOC-HALL: cleaning before reopening',
    ],
    [
      ev(2, 'task.claimed', {
        taskId: 't42',
        kind: 'clean_device',
        departmentId: 'soc',
        claimedBy: { id: 'i', name: 'Ivan' },
      }),
      'Ivan (SOC) claimed the cleanup of SOC-PC-0042',
    ],
    [
      ev(3, 'broadcast.completed', {
        broadcastId: 'b1',
        totals: {
          recipients: 2950,
          sent: 2000,
          delivered: 900,
          failed: 50,
          acknowledged: 2400,
          silent: 550,
        },
      }),
      "Broadcast 'Network closed for cleaning' sent to 2,950 staff — 2,900 messages out, 50 failed, 2,400 acknowledged",
    ],
    [
      ev(
        4,
        'detection.recorded',
        { hostname: 'EDU-PC-7', signature: 'W32.Welchia', source: 'ids-1', action: 'isolated' },
        { id: null, name: 'ids', kind: 'api_key' },
      ),
      'Monitoring (ids) detected EDU-PC-7 — W32.Welchia (ids-1): isolated',
    ],
    [
      ev(5, 'directive.acknowledged', {
        directiveId: 'dx',
        departmentId: 'edu',
        acknowledgedBy: { id: 'x', name: 'Ana' },
        late: true,
      }),
      "Ana acknowledged the directive 'Install the RPC patch' for EDU, late",
    ],
    [
      ev(6, 'device.waived', {
        hostname: 'SOC-PC-9',
        code: 'SOC-HALL',
        reason: 'unplugged for good',
      }),
      'Margaret Hale waived SOC-PC-9 on SOC-HALL: unplugged for good',
    ],
    [
      ev(7, 'incident.updated', { changes: { severity: 2 } }),
      "Margaret Hale changed the incident: severity to '2'",
    ],
    [ev(8, 'tasks.cancelled', { count: 3, reason: 'closed' }), '3 open tasks cancelled: closed'],
    [
      ev(9, 'something.new', {}, { id: null, name: 'system', kind: 'system' }),
      'Cordon: something new',
    ],
  ])('%#: reads %s', (event, sentence) => {
    expect(describeEvent(event, names)).toBe(sentence);
  });

  it('names the broadcast from its created event', () => {
    const created = ev(1, 'broadcast.created', {
      broadcastId: 'b9',
      subject: 'Next update',
      recipients: 1,
      channels: ['email', 'sms'],
    });
    const subjects = broadcastSubjects([created]);
    expect(describeEvent(created, { broadcasts: subjects })).toBe(
      "Margaret Hale sent broadcast 'Next update' to 1 member of staff by email and SMS",
    );
    expect(
      describeEvent(ev(2, 'broadcast.sending', { broadcastId: 'b9' }), { broadcasts: subjects }),
    ).toBe("Sending broadcast 'Next update'");
  });
});

describe('describeRow', () => {
  it('says how many tasks a shutdown created on the LAN', () => {
    const events = Array.from({ length: 313 }, (_, i) =>
      ev(i + 1, 'task.created', {
        kind: 'clean_device',
        lanId: 'hall',
        departmentId: 'soc',
        hostname: `H${i}`,
      }),
    );
    expect(describeRow(groupTimeline(events)[0], names)).toBe(
      '313 cleanup tasks created on SOC-HALL',
    );
  });

  it('names the first claimers and counts the others', () => {
    const claim = (seq: number, who: string) =>
      ev(seq, 'task.claimed', { departmentId: 'soc', claimedBy: { id: who, name: who } });
    const rows = groupTimeline([
      claim(1, 'Ivan'),
      claim(2, 'Ana'),
      claim(3, 'Ivan'),
      claim(4, 'Bo'),
      claim(5, 'Cy'),
    ]);
    expect(describeRow(rows[0], names)).toBe('5 cleanups claimed in SOC by Ivan, Ana and 2 others');
  });

  it('counts the notices Cordon sent at once, and their delivery, in a row each', () => {
    const system = { id: null, name: 'system', kind: 'system' as const };
    const created = (seq: number, id: string, recipients: number) =>
      ev(
        seq,
        'broadcast.created',
        { broadcastId: id, kind: 'directive_notice', subject: id, recipients },
        system,
      );
    const done = (seq: number, id: string, type = 'broadcast.completed') =>
      ev(
        seq,
        type,
        {
          broadcastId: id,
          totals: {
            recipients: 2,
            deliveries: 4,
            sent: 4,
            delivered: 0,
            failed: 0,
            acknowledged: 0,
            silent: 0,
          },
        },
        system,
      );
    const rows = groupTimeline([
      ev(1, 'directive.issued', {
        departmentIds: ['soc', 'edu'],
        dueAt: '2026-12-03T18:00:00.000Z',
        text: 'Patch',
      }),
      created(2, 'n1', 2),
      created(3, 'n2', 3),
      done(4, 'n1', 'broadcast.progress'),
      done(5, 'n1'),
      done(6, 'n2'),
      ev(7, 'broadcast.created', {
        broadcastId: 'b1',
        kind: 'broadcast',
        subject: 'Hello',
        recipients: 5,
      }),
    ]);
    expect(rows.map((r) => describeRow(r, names))).toEqual([
      "Margaret Hale directed SOC, EDU by 18:00: 'Patch'",
      'Cordon sent 2 directive notices to 5 staff in all — 8 messages out',
      "Margaret Hale sent broadcast 'Hello' to 5 staff",
    ]);
  });

  it('counts faults per LAN and a directive’s reminders', () => {
    const rows = groupTimeline([
      ev(1, 'fault.reported', { lanId: 'hall' }),
      ev(2, 'fault.reported', { lanId: 'hall' }),
      ev(3, 'directive.escalated', {
        directiveId: 'x',
        departmentId: 'soc',
        dueAt: '2026-12-03T18:00:00.000Z',
      }),
      ev(4, 'directive.escalated', {
        directiveId: 'x',
        departmentId: 'edu',
        dueAt: '2026-12-03T18:00:00.000Z',
      }),
    ]);
    expect(rows.map((r) => describeRow(r, names))).toEqual([
      '2 faults reported on SOC-HALL',
      '2 departments had not acknowledged a directive due at 18:00 (SOC, EDU): the owner was told',
    ]);
  });
});

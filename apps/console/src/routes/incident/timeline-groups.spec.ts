import type { EventView } from '../../api/types';
import { groupTimeline, newestFirst } from './timeline-groups';

let seq = 0;
const ev = (type: string, data: Record<string, unknown> = {}): EventView => ({
  seq: ++seq,
  at: new Date(Date.UTC(2026, 11, 3, 14, 0, seq)).toISOString(),
  type,
  actor: { id: 'u1', name: 'Margaret Hale', kind: 'user' },
  data,
});

describe('groupTimeline', () => {
  beforeEach(() => (seq = 0));

  it('folds a shutdown’s tasks into one row per LAN, placed after the shutdown', () => {
    const shut = ev('lan.phase_changed', { lanId: 'hall', to: 'shut_down' });
    const tasks = Array.from({ length: 313 }, () =>
      ev('task.created', { kind: 'clean_device', lanId: 'hall', departmentId: 'soc' }),
    );
    const other = ev('task.created', { kind: 'clean_device', lanId: 'annex', departmentId: 'soc' });
    const rows = groupTimeline([shut, ...tasks, other]);
    expect(rows.map((r) => [r.type, r.count])).toEqual([
      ['lan.phase_changed', 1],
      ['task.created', 313],
      ['task.created', 1],
    ]);
    expect(rows[1].latest.seq).toBe(314);
  });

  it('keeps only the latest progress of a broadcast, between significant events', () => {
    const created = ev('broadcast.created', { broadcastId: 'b1' });
    const p1 = ev('broadcast.progress', { broadcastId: 'b1' });
    const ack = ev('broadcast.acknowledged', { broadcastId: 'b1' });
    const p2 = ev('broadcast.progress', { broadcastId: 'b1' });
    const done = ev('broadcast.completed', { broadcastId: 'b1' });
    const p3 = ev('broadcast.progress', { broadcastId: 'b1' });
    const rows = groupTimeline([created, p1, ack, p2, done, p3]);
    expect(rows.map((r) => [r.type, r.count, r.latest.seq])).toEqual([
      ['broadcast.created', 1, 1],
      ['broadcast.acknowledged', 1, 3],
      ['broadcast.progress', 1, 4],
      ['broadcast.completed', 1, 5],
      ['broadcast.progress', 1, 6],
    ]);
    expect(rows[2].events.map((e) => e.seq)).toEqual([2, 4]);
  });

  it('never groups a significant event, nor a one-off action task', () => {
    const a = ev('task.created', { kind: 'action', departmentId: 'soc' });
    const b = ev('task.created', { kind: 'action', departmentId: 'soc' });
    const c = ev('device.isolated', { hostname: 'X' });
    const d = ev('device.isolated', { hostname: 'Y' });
    expect(groupTimeline([a, b, c, d]).map((r) => r.count)).toEqual([1, 1, 1, 1]);
  });

  it('groups claims per department and takes events by seq whatever their order', () => {
    const c1 = ev('task.claimed', { departmentId: 'soc' });
    const c2 = ev('task.claimed', { departmentId: 'edu' });
    const c3 = ev('task.claimed', { departmentId: 'soc' });
    const rows = groupTimeline([c3, c1, c2]);
    expect(rows.map((r) => [r.key, r.count])).toEqual([
      ['task.claimed:edu:2', 1],
      ['task.claimed:soc:1', 2],
    ]);
    expect(newestFirst(rows).map((r) => r.latest.seq)).toEqual([3, 2]);
  });
});

describe('groupTimeline, counted significant events', () => {
  beforeEach(() => (seq = 0));

  it('counts fault reports per LAN and folds a detection’s health change into its row', () => {
    const rows = groupTimeline([
      ev('fault.reported', { lanId: 'hall' }),
      ev('fault.reported', { lanId: 'annex' }),
      ev('fault.reported', { lanId: 'hall' }),
      ev('detection.recorded', { deviceId: 'd1', hostname: 'PC-1' }),
      ev('device.infected', { deviceId: 'd1', hostname: 'PC-1' }),
      ev('device.infected', { deviceId: 'd2', hostname: 'PC-2' }),
    ]);
    expect(rows.map((r) => [r.type, r.count, r.events.length])).toEqual([
      ['fault.reported', 1, 1],
      ['fault.reported', 2, 2],
      ['detection.recorded', 1, 2],
      ['device.infected', 1, 1],
    ]);
  });
});

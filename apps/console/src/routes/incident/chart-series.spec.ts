import type { EventView } from '../../api/types';
import { foldSeries, tableRows, thin, timeTicks, valueAt } from './chart-series';

const T0 = Date.UTC(2026, 11, 3, 14, 0);
let seq = 0;
const ev = (min: number, type: string, data: Record<string, unknown>): EventView => ({
  seq: ++seq,
  at: new Date(T0 + min * 60_000).toISOString(),
  type,
  actor: { id: null, name: 'system', kind: 'system' },
  data,
});
const created = (min: number, n: number) =>
  ev(min, 'task.created', { taskId: `t${n}`, deviceId: `d${n}`, kind: 'clean_device' });
const counts = (points: ReturnType<typeof foldSeries>) =>
  points.map((p) => [(p.at - T0) / 60_000, p.unverified, p.infected, p.isolated]);

describe('foldSeries', () => {
  beforeEach(() => (seq = 0));

  it('counts a shutdown’s machines once, then each verified with clean evidence', () => {
    const events = [
      created(0, 1),
      created(0, 2),
      created(0, 3),
      ev(10, 'task.completed', {
        taskId: 't1',
        deviceId: 'd1',
        evidence: { scanClean: true },
        device: { health: 'clean' },
      }),
      ev(20, 'task.completed', { taskId: 't2', deviceId: 'd2', kind: 'clean_device' }), // no evidence: not verified
      ev(30, 'task.verified', { taskId: 't2', deviceId: 'd2' }),
    ];
    expect(counts(foldSeries(events))).toEqual([
      [0, 3, 0, 0],
      [10, 2, 0, 0],
      [30, 1, 0, 0],
    ]);
  });

  it('follows infection, isolation, a reopened task, a waiver and cancellations', () => {
    const events = [
      created(0, 1),
      created(0, 2),
      created(0, 3),
      ev(5, 'device.infected', { deviceId: 'd1' }),
      ev(6, 'device.isolated', { deviceId: 'd1' }),
      ev(7, 'task.completed', {
        taskId: 't1',
        deviceId: 'd1',
        evidence: { scanClean: true },
        device: { health: 'clean' },
      }),
      ev(8, 'task.reopened', { taskId: 't1', deviceId: 'd1', reason: 'detected again' }),
      ev(9, 'device.waived', { deviceId: 'd2' }),
      ev(10, 'tasks.cancelled', { count: 1, taskIds: ['t3'] }),
      ev(11, 'task.created', { taskId: 'a1', deviceId: null, kind: 'action' }),
    ];
    expect(counts(foldSeries(events))).toEqual([
      [0, 3, 0, 0],
      [5, 3, 1, 0],
      [6, 3, 0, 1],
      [7, 2, 0, 0],
      [8, 3, 0, 0],
      [9, 2, 0, 0],
      [10, 1, 0, 0],
    ]);
  });

  it('gives the same series whatever order the events arrive in', () => {
    const events = [created(0, 1), ev(1, 'device.infected', { deviceId: 'd1' }), created(2, 2)];
    expect(foldSeries([...events].reverse())).toEqual(foldSeries(events));
  });
});

describe('valueAt', () => {
  it('is zero before the first point and the last point’s counts after', () => {
    const points = [
      { at: 100, unverified: 3, infected: 1, isolated: 0 },
      { at: 200, unverified: 2, infected: 0, isolated: 1 },
    ];
    expect(valueAt(points, 50)).toEqual({ at: 50, unverified: 0, infected: 0, isolated: 0 });
    expect(valueAt(points, 150)).toMatchObject({ unverified: 3, infected: 1 });
    expect(valueAt(points, 900)).toEqual({ at: 900, unverified: 2, infected: 0, isolated: 1 });
  });
});

describe('thin', () => {
  it('keeps at most max points, the first and the last among them', () => {
    const points = Array.from({ length: 1000 }, (_, i) => ({
      at: i,
      unverified: i,
      infected: 0,
      isolated: 0,
    }));
    const out = thin(points, 100);
    expect(out.length).toBeLessThanOrEqual(100);
    expect(out[out.length - 1]).toEqual(points[999]);
    expect(out[0].at).toBeLessThan(15);
  });
});

describe('timeTicks', () => {
  it('puts round times about count apart', () => {
    const ticks = timeTicks(T0 + 7 * 60_000, T0 + 127 * 60_000, 5);
    expect(ticks.map((t) => (t - T0) / 60_000)).toEqual([30, 60, 90, 120]);
  });
});

describe('tableRows', () => {
  it('gives the first point, round times and the end, one row per minute shown', () => {
    const points = [
      { at: T0 + 2 * 60_000, unverified: 5, infected: 0, isolated: 0 },
      { at: T0 + 33 * 60_000, unverified: 3, infected: 1, isolated: 0 },
    ];
    const minute = (d: Date) => d.toISOString().slice(11, 16);
    const rows = tableRows(points, T0 + 60 * 60_000 + 20_000, minute, 4);
    expect(rows.map((r) => [minute(new Date(r.at)), r.unverified, r.infected])).toEqual([
      ['14:02', 5, 0],
      ['14:15', 5, 0],
      ['14:30', 5, 0],
      ['14:45', 3, 1],
      ['15:00', 3, 1],
    ]);
  });

  it('is empty without points', () => {
    expect(tableRows([], T0, (d) => d.toISOString())).toEqual([]);
  });
});

import type { BroadcastView, IncidentView, LanPlanView, LiveEvent, TaskView } from '../api/types';
import {
  addsTask,
  lastSeq,
  reduceBroadcast,
  reduceIncident,
  reduceLans,
  reduceTasks,
  reduceTimeline,
} from './reducers';

const incidentId = 'inc-1';
const actor = { id: 'u1', name: 'Ann Owner', kind: 'user' as const };
const ev = (seq: number, type: string, data: Record<string, unknown>): LiveEvent => ({
  seq,
  incidentId,
  type,
  at: `2026-12-03T10:00:${String(seq).padStart(2, '0')}Z`,
  actor,
  data,
});
const fold = <S>(reducer: (s: S, e: LiveEvent) => S, start: S, events: LiveEvent[]) =>
  events.reduce(reducer, start);

const task = (id: string): TaskView => ({
  id,
  kind: 'clean_device',
  status: 'open',
  incidentId,
  deviceId: `d-${id}`,
  lanId: 'lan-1',
  departmentId: 'dep-1',
  title: `Clean ${id}`,
  claimedBy: null,
  claimedAt: null,
  dueAt: null,
  overdue: false,
  evidence: null,
  note: null,
  completedAt: null,
  completedBy: null,
  verifiedAt: null,
  verifiedBy: null,
  createdAt: '2026-12-03T09:00:00Z',
});

describe('reduceTimeline', () => {
  it('keeps each event once when it is applied twice', () => {
    const a = ev(1, 'incident.created', {});
    expect(fold(reduceTimeline, [] as LiveEvent[], [a, a]).map((e) => e.seq)).toEqual([1]);
  });

  it('orders events by seq whatever the order they arrive in', () => {
    const out = fold(reduceTimeline, [] as LiveEvent[], [
      ev(3, 'x', {}),
      ev(1, 'x', {}),
      ev(2, 'x', {}),
    ]);
    expect(out.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(lastSeq(out)).toBe(3);
  });

  it('after a resume from the last seq, the replayed overlap adds nothing', () => {
    const before = fold(reduceTimeline, [] as LiveEvent[], [ev(1, 'x', {}), ev(2, 'x', {})]);
    const resumed = [ev(2, 'x', {}), ev(3, 'x', {}), ev(4, 'x', {})];
    const after = fold(reduceTimeline, before, resumed);
    expect(after.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
  });
});

describe('reduceTasks', () => {
  const claimed = ev(5, 'task.claimed', {
    taskId: 't1',
    claimedBy: { id: 'u2', name: 'Ivan ITU' },
  });
  const completed = ev(6, 'task.completed', {
    taskId: 't1',
    completedBy: { id: 'u2', name: 'Ivan ITU' },
  });

  it('marks a task claimed by whoever won, once, whichever list holds it', () => {
    const once = reduceTasks([task('t1'), task('t2')], claimed);
    expect(once[0]).toMatchObject({ status: 'claimed', claimedBy: { name: 'Ivan ITU' }, seq: 5 });
    expect(once[1].status).toBe('open');
    expect(reduceTasks(once, claimed)).toEqual(once);
  });

  it('does not let a late claim undo a completion that came first', () => {
    const out = fold(reduceTasks, [task('t1')], [completed, claimed]);
    expect(out[0]).toMatchObject({ status: 'done', seq: 6 });
  });

  it('applies a resume replay without change', () => {
    const live = fold(reduceTasks, [task('t1')], [claimed, completed]);
    expect(fold(reduceTasks, live, [claimed, completed])).toEqual(live);
  });

  it('tells when a created task is not in the list yet', () => {
    expect(addsTask([task('t1')], ev(7, 'task.created', { taskId: 't9' }))).toBe(true);
    expect(addsTask([task('t1')], ev(7, 'task.created', { taskId: 't1' }))).toBe(false);
    expect(addsTask([task('t1')], claimed)).toBe(false);
  });

  it('puts an unclaimed task back with nobody named', () => {
    const out = fold(
      reduceTasks,
      [task('t1')],
      [claimed, ev(8, 'task.unclaimed', { taskId: 't1' })],
    );
    expect(out[0]).toMatchObject({ status: 'open', claimedBy: null, claimedAt: null });
  });
});

describe('reduceLans', () => {
  const lan: LanPlanView = {
    lanId: 'lan-1',
    code: 'SOC-HALL',
    name: 'Social Services, Hall',
    departmentId: 'dep-1',
    siteId: 'site-1',
    phase: 'planned',
    phaseChangedAt: '2026-12-03T09:00:00Z',
    devices: {
      total: 30,
      verified: 0,
      waived: 0,
      blocked: {} as LanPlanView['devices']['blocked'],
    },
    faultReports: 0,
  };
  const shut = ev(3, 'lan.phase_changed', { lanId: 'lan-1', from: 'planned', to: 'shut_down' });
  const cleaning = ev(4, 'lan.phase_changed', {
    lanId: 'lan-1',
    from: 'shut_down',
    to: 'cleaning',
  });

  it('moves the LAN to its new phase, and only that LAN', () => {
    const other = { ...lan, lanId: 'lan-2' };
    const out = reduceLans([lan, other], shut);
    expect(out.map((l) => l.phase)).toEqual(['shut_down', 'planned']);
  });

  it('ignores a phase change older than the one shown', () => {
    expect(fold(reduceLans, [lan], [cleaning, shut])[0].phase).toBe('cleaning');
    expect(fold(reduceLans, [lan], [shut, cleaning, shut])[0].phase).toBe('cleaning');
  });
});

describe('reduceIncident', () => {
  const incident: IncidentView = {
    id: incidentId,
    reference: 'INC-2026-0001',
    title: 'W32.Welchia',
    severity: 1,
    summary: '',
    status: 'active',
    owner: { id: 'u1', name: 'Ann Owner' },
    updateCadenceMinutes: 60,
    lastUpdateAt: '2026-12-03T09:00:00Z',
    nextUpdateDueAt: '2026-12-03T10:00:00Z',
    affectedDepartmentIds: [],
    createdAt: '2026-12-03T09:00:00Z',
    closedAt: null,
  };

  it('names the new owner after a handover, once', () => {
    const handover = ev(9, 'incident.owner_changed', {
      from: incident.owner,
      to: { id: 'u3', name: 'Dee Deputy' },
    });
    const out = fold(reduceIncident, incident, [handover, handover]);
    expect(out.owner.name).toBe('Dee Deputy');
  });

  it('moves the next update time when an update is posted, not back on a stale one', () => {
    const first = ev(10, 'incident.update_posted', { nextUpdateDueAt: '2026-12-03T11:00:00Z' });
    const second = ev(11, 'incident.update_posted', { nextUpdateDueAt: '2026-12-03T12:00:00Z' });
    expect(fold(reduceIncident, incident, [second, first]).nextUpdateDueAt).toBe(
      '2026-12-03T12:00:00Z',
    );
  });

  it('takes an edit of the title and cadence from the change the event carries', () => {
    const edit = ev(13, 'incident.updated', {
      changes: { title: 'W32.Welchia across the council', updateCadenceMinutes: 30 },
      nextUpdateDueAt: '2026-12-03T10:30:00Z',
    });
    const out = reduceIncident(incident, edit);
    expect(out).toMatchObject({
      title: 'W32.Welchia across the council',
      updateCadenceMinutes: 30,
      nextUpdateDueAt: '2026-12-03T10:30:00Z',
      severity: 1,
    });
  });

  it('ignores events of another incident', () => {
    const other = { ...ev(12, 'incident.status_changed', { to: 'closed' }), incidentId: 'inc-2' };
    expect(reduceIncident(incident, other)).toBe(incident);
  });
});

describe('reduceBroadcast', () => {
  const totals = (sent: number) =>
    ({ recipients: 10, sent, queued: 10 - sent }) as unknown as BroadcastView['totals'];
  const view = {
    id: 'b1',
    status: 'sending',
    totals: totals(0),
    completedAt: null,
  } as unknown as BroadcastView;

  it('shows the latest counts and completion, and ignores a progress report that arrives late', () => {
    const p1 = ev(20, 'broadcast.progress', {
      broadcastId: 'b1',
      status: 'sending',
      totals: totals(4),
    });
    const done = ev(21, 'broadcast.completed', {
      broadcastId: 'b1',
      status: 'completed',
      totals: totals(10),
    });
    const out = fold(reduceBroadcast, view, [p1, done, p1]);
    expect(out.status).toBe('completed');
    expect(out.totals.sent).toBe(10);
    expect(out.completedAt).toBe(done.at);
  });

  it('leaves another broadcast alone', () => {
    const p = ev(22, 'broadcast.progress', {
      broadcastId: 'b2',
      status: 'sending',
      totals: totals(3),
    });
    expect(reduceBroadcast(view, p)).toBe(view);
  });
});

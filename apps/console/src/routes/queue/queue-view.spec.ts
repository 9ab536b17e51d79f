import type { Problem, TaskView } from '../../api/types';
import {
  claimLostMessage,
  evidenceText,
  lacksText,
  mergeTasks,
  placeOf,
  queueSections,
  upsertTask,
  withMissedEvents,
} from './queue-view';
import { readShortfall, shortfallText } from './evidence-shortfall';

const task = (
  id: string,
  over: Partial<TaskView> & { seq?: number } = {},
): TaskView & { seq?: number } => ({
  id,
  kind: 'clean_device',
  status: 'open',
  incidentId: 'i1',
  deviceId: `d-${id}`,
  lanId: 'l1',
  departmentId: 'dep',
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
  device: {
    hostname: `pc-${id}`,
    ip: null,
    lanId: 'l1',
    lanCode: 'SOC-HALL',
    lanName: 'Social Services, Civic Hall',
    siteId: 's1',
    siteCode: 'HALL',
    siteName: 'Civic Hall',
    health: 'infected',
    compliant: false,
    missingPatches: ['MS03-026', 'MS03-039'],
    issues: ['missing_patch', 'infected'],
  },
  ...over,
});

describe('mergeTasks', () => {
  it('keeps each task once, the copy a later event touched', () => {
    const open = [task('a'), task('b')];
    const claimed = [task('a', { status: 'claimed', seq: 4 })];
    const out = mergeTasks([open, claimed, undefined]);
    expect(out).toHaveLength(2);
    expect(out.find((t) => t.id === 'a')?.status).toBe('claimed');
    expect(mergeTasks([claimed, open]).find((t) => t.id === 'a')?.status).toBe('claimed');
  });
});

describe('queueSections', () => {
  const me = { id: 'me', name: 'Me' };
  const ivan = { id: 'ivan', name: 'Ivan Petrov' };
  it('sorts tasks into unclaimed, mine, a colleague’s and done, newest first', () => {
    const s = queueSections(
      [
        task('old', { createdAt: '2026-12-03T08:00:00Z' }),
        task('new', { createdAt: '2026-12-03T10:00:00Z' }),
        task('m', { status: 'claimed', claimedBy: me }),
        task('c', { status: 'claimed', claimedBy: ivan }),
        task('d1', { status: 'done', completedAt: '2026-12-03T10:00:00Z' }),
        task('d2', { status: 'verified', completedAt: '2026-12-03T11:00:00Z' }),
        task('x', { status: 'cancelled' }),
      ],
      'me',
    );
    expect(s.unclaimed.map((t) => t.id)).toEqual(['new', 'old']);
    expect(s.mine.map((t) => t.id)).toEqual(['m']);
    expect(s.colleagues.map((t) => t.id)).toEqual(['c']);
    expect(s.done.map((t) => t.id)).toEqual(['d2', 'd1']);
  });
});

describe('lacksText / placeOf', () => {
  it('names the missing patches and the other issues in words', () => {
    expect(lacksText(task('a'))).toBe('patches MS03-026, MS03-039; infected');
    const ok = task('b');
    ok.device = { ...ok.device!, missingPatches: [], issues: [] };
    expect(lacksText(ok)).toMatch(/meets the standard build/);
  });
  it('names the LAN and the site', () => {
    expect(placeOf(task('a'))).toEqual({
      lan: 'SOC-HALL · Social Services, Civic Hall',
      site: 'HALL · Civic Hall',
    });
    expect(placeOf(task('a', { device: null }))).toEqual({ lan: '—', site: '—' });
  });
});

describe('claimLostMessage', () => {
  const problem = {
    code: 'already_claimed',
    claimedBy: { id: 'ivan', name: 'Ivan Petrov' },
  } as unknown as Problem;
  it('says who won and when, in council time', () => {
    const now = task('a', {
      status: 'claimed',
      claimedBy: { id: 'ivan', name: 'Ivan Petrov' },
      claimedAt: '2026-12-03T14:02:00Z',
    });
    expect(claimLostMessage(problem, now)).toBe('Already claimed by Ivan Petrov at 14:02');
  });
  it('says who won from the refusal alone', () => {
    expect(claimLostMessage(problem, null)).toBe('Already claimed by Ivan Petrov');
  });
});

describe('readShortfall', () => {
  const required = ['MS03-026', 'MS03-039', 'KB823980'];
  it('puts each missing item next to its control', () => {
    const p = {
      code: 'evidence_below_baseline',
      missing: ['KB823980', 'avProduct', 'avSignatureDate 2026-02-01 or later', 'scanClean'],
      missingPatches: ['KB823980'],
    } as unknown as Problem;
    const s = readShortfall(p, required);
    expect(s).toEqual({
      patches: ['KB823980'],
      avProduct: true,
      signatureDate: '2026-02-01 or later',
      scanClean: true,
      other: [],
    });
    expect(shortfallText(s)).toBe(
      'Missing: KB823980; the AV product; AV signatures dated 2026-02-01 or later; a clean scan',
    );
  });
  it('matches patch names whatever their case, and keeps what it does not know', () => {
    const p = { missing: ['kb823980', 'firmware'] } as unknown as Problem;
    expect(readShortfall(p, required)).toMatchObject({
      patches: ['KB823980'],
      other: ['firmware'],
    });
  });
});

describe('upsertTask', () => {
  it('replaces the task where it is, and adds it only when asked', () => {
    const list = [task('a', { seq: 3 }), task('b')];
    const claimed = task('a', { status: 'claimed' });
    expect(upsertTask(list, claimed, false)[0]).toMatchObject({ status: 'claimed', seq: 3 });
    const answer = { ...claimed, device: undefined };
    expect(upsertTask(list, answer, false)[0].device?.hostname).toBe('pc-a');
    expect(upsertTask(list, task('c'), false)).toBe(list);
    expect(upsertTask(list, task('c'), true).map((t) => t.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('evidenceText', () => {
  it('says what the completion recorded', () => {
    const t = task('a', {
      status: 'done',
      evidence: {
        patches: ['MS03-026'],
        avSignatureDate: '2026-12-01',
        scanClean: true,
        avProduct: 'Sophos',
      },
    });
    expect(evidenceText(t)).toBe('MS03-026 · Sophos, signatures 2026-12-01 · scan clean');
    expect(evidenceText(task('b'))).toBe('no evidence recorded');
  });
});

describe('withMissedEvents', () => {
  const claimed = {
    seq: 7,
    incidentId: 'i1',
    type: 'task.claimed',
    at: '2026-12-03T14:02:00Z',
    actor: { id: 'ivan', name: 'Ivan Petrov', kind: 'user' as const },
    data: { taskId: 'a', claimedBy: { id: 'ivan', name: 'Ivan Petrov' } },
  };
  const other = { ...claimed, seq: 6, data: { taskId: 'b', claimedBy: { id: 'x', name: 'X' } } };
  it('catches a list read before a claim up with it', () => {
    const out = withMissedEvents([task('a')], [other, claimed], 1);
    expect(out[0]).toMatchObject({ status: 'claimed', claimedBy: { name: 'Ivan Petrov' } });
  });
  it('leaves a list that already shows the claim as it is, and applies only the events of the read', () => {
    const shown = task('a', { status: 'claimed', claimedBy: { id: 'ivan', name: 'Ivan Petrov' } });
    expect(withMissedEvents([shown], [claimed], 1)[0]).toMatchObject({ status: 'claimed' });
    expect(withMissedEvents([task('b')], [other, claimed], 1)[0].status).toBe('open');
    expect(withMissedEvents([task('a')], [claimed], 0)[0].status).toBe('open');
  });
});

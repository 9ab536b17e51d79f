import type { EventView } from '../../api/types';
import { reviewActionTitles } from '../review/review-sentences';
import { taskTitles } from './task-hosts';
import { describeEvent, TimelineNames } from './timeline-sentences';

const margaret = { id: 'u1', name: 'Margaret Hale', kind: 'user' as const };
const sam = { id: 'u2', name: 'Sam Patel' };
const ev = (
  seq: number,
  type: string,
  data: Record<string, unknown>,
  actor: EventView['actor'] = margaret,
): EventView => ({ seq, at: '2026-12-03T14:02:00.000Z', type, actor, data });

const action = { taskId: 'a1', kind: 'action', deviceId: null, departmentId: 'soc' };
const log = [
  ev(1, 'task.created', { ...action, title: 'Tell the help desk that mail is delayed' }),
  ev(2, 'review.action_added', {
    actionId: 'r1',
    title: 'Standard build on every PC',
    owner: sam,
    dueOn: '2026-12-20',
  }),
];
const names: TimelineNames = {
  departments: new Map([['soc', 'SOC']]),
  taskHosts: new Map([['t42', 'SOC-PC-0042']]),
  taskTitles: taskTitles(log, []),
  reviewActions: reviewActionTitles(log),
};
const generic = (e: EventView) => `: ${e.type.replace(/[._]/g, ' ')}`;

describe('the timeline names action tasks by their titles', () => {
  it.each([
    [
      ev(3, 'task.claimed', { ...action, claimedBy: sam }),
      "Sam Patel (SOC) claimed the task 'Tell the help desk that mail is delayed'",
    ],
    [
      ev(4, 'task.completed', { ...action, completedBy: sam }),
      "Sam Patel (SOC) completed the task 'Tell the help desk that mail is delayed'",
    ],
    [
      ev(5, 'task.cancelled', { ...action, reason: 'closed' }),
      "The task 'Tell the help desk that mail is delayed' was cancelled: closed",
    ],
    [
      ev(6, 'task.claimed', { ...action, taskId: 'gone', claimedBy: sam }),
      'Sam Patel (SOC) claimed the action task',
    ],
    [
      ev(7, 'task.claimed', { ...action, taskId: 't42', deviceId: 'd', claimedBy: sam }),
      'Sam Patel (SOC) claimed the action task on SOC-PC-0042',
    ],
    [
      ev(8, 'task.claimed', { taskId: 't42', kind: 'clean_device', claimedBy: sam }),
      'Sam Patel (a department) claimed the cleanup of SOC-PC-0042',
    ],
  ])('%#: %s', (event, sentence) => {
    expect(describeEvent(event, names)).toBe(sentence);
  });

  it('takes titles from the task lists too, a later list winning', () => {
    const titles = taskTitles(log, [
      [{ id: 'a1', kind: 'action', title: 'Ring the help desk' }],
      [{ id: 't42', kind: 'clean_device', title: 'Clean SOC-PC-0042' }],
    ]);
    expect(titles).toEqual(new Map([['a1', 'Ring the help desk']]));
  });
});

describe('the timeline reads the WARP, decisions, reviews and fall-back plans in words', () => {
  it.each([
    [
      ev(10, 'incident.decision_marked', {
        text: 'Mail scanning moves to the standby',
        markedBy: { id: 'u1', name: 'Margaret Hale' },
      }),
      "Margaret Hale marked a decision: 'Mail scanning moves to the standby'",
    ],
    [
      ev(11, 'warp.summary_sent', {
        sendingId: 's',
        via: 'email',
        to: 'warp@example.org',
        sentBy: { id: 'u1', name: 'Margaret Hale' },
        answers: ['declared:1', 'decision:10'],
      }),
      'Margaret Hale sent a WARP summary to warp@example.org (moments: declared, decision)',
    ],
    [
      ev(12, 'warp.summary_sent', {
        sendingId: 's',
        via: 'by_hand',
        to: null,
        sentBy: { id: 'u1', name: 'Margaret Hale' },
        answers: [],
      }),
      'Margaret Hale recorded a WARP summary as sent by hand (downloaded)',
    ],
    [
      ev(13, 'warp.summary_emailed', { sendingId: 's', to: 'warp@example.org', providerId: 'p' }),
      'The mail server accepted the WARP summary for warp@example.org',
    ],
    [
      ev(14, 'warp.email_failed', {
        sendingId: 's',
        to: 'warp@example.org',
        error: '550 mailbox unavailable',
      }),
      'The WARP summary could not be emailed to warp@example.org: 550 mailbox unavailable',
    ],
    [
      ev(15, 'review.action_done', { actionId: 'r1', doneBy: sam, late: true }),
      "Sam Patel marked the action item 'Standard build on every PC' done, after its due date",
    ],
    [
      ev(16, 'review.action_reminded', { actionId: 'r1', owner: sam, dueOn: '2026-12-20' }),
      "Sam Patel was reminded of the action item 'Standard build on every PC', due 2026-12-20",
    ],
    [
      ev(17, 'incident.fallback_attached', {
        identifier: 'MS03-026',
        hostname: 'soc-mail-1',
        plan: { name: 'Mail scanning' },
        noPlan: null,
      }),
      "Fall-back plan 'Mail scanning' attached: patch MS03-026 failed on soc-mail-1",
    ],
  ])('%#: %s', (event, sentence) => {
    const said = describeEvent(event, names);
    expect(said).toBe(sentence);
    expect(said).not.toContain(generic(event));
  });
});

import type { Role } from '@cordon/contracts';
import { isDomainError } from '../errors/domain-error';
import {
  actionOverdue,
  actionReminderDue,
  actionReminderKey,
  assertDueDay,
  assertDueNotPast,
  assertMayChangeAction,
  decideActionDone,
  decideSignOff,
  mayWriteReview,
  utcDay,
} from './review-rules';

const incident = { ownerId: 'olivia', departmentIds: ['soc'] };
const user = (id: string, roles: Role[], departmentId: string | null = null) => ({
  id,
  roles,
  departmentId,
});
const OWNER = user('olivia', ['owner']);
const OTHER_OWNER = user('otto', ['owner']);
const COMMAND = user('cass', ['command']);
const ADMIN = user('ada', ['admin']);
const ITU = user('ian', ['itu'], 'soc');

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (err) {
    if (isDomainError(err)) return err.code;
    throw err;
  }
}

describe(mayWriteReview.name, () => {
  it.each([
    ['the incident owner', OWNER, true],
    ['command staff', COMMAND, true],
    ['an admin', ADMIN, true],
    ['another owner', OTHER_OWNER, false],
    ['an ITU member of an involved department', ITU, false],
  ])('%s: %s', (_who, u, expected) => {
    expect(mayWriteReview(u, incident)).toBe(expected);
  });
});

describe(decideSignOff.name, () => {
  it.each([
    ['the owner signs an open review off', OWNER, 'open', null],
    ['an admin signs it off', ADMIN, 'open', null],
    ['command staff may not', COMMAND, 'open', 'forbidden'],
    ['not twice', OWNER, 'completed', 'invalid_transition'],
  ] as const)('%s', (_what, u, status, code) => {
    expect(codeOf(() => decideSignOff(status, u, incident))).toBe(code);
  });
});

describe(decideActionDone.name, () => {
  const action = { ownerId: 'ian', state: 'open' as const, dueOn: '2026-12-01' };
  it.each([
    ['its owner marks it done', ITU, action, 'open', null],
    ['the incident owner marks it done', OWNER, action, 'open', null],
    ['another owner may not', OTHER_OWNER, action, 'open', 'forbidden'],
    [
      'not when done already',
      ITU,
      { ...action, state: 'done' as const },
      'open',
      'invalid_transition',
    ],
    ['not once the review is signed off', ITU, action, 'completed', 'invalid_transition'],
  ] as const)('%s', (_what, u, a, status, code) => {
    expect(codeOf(() => decideActionDone(a, status, u, incident))).toBe(code);
  });
});

describe(assertMayChangeAction.name, () => {
  const action = { ownerId: 'ian', state: 'open' as const, dueOn: '2026-12-01' };
  it.each([
    ['command staff change an open item', COMMAND, action, 'open', null],
    ['its owner alone may not reassign it', ITU, action, 'open', 'forbidden'],
    [
      'a done item does not change',
      COMMAND,
      { ...action, state: 'done' as const },
      'open',
      'invalid_transition',
    ],
    ['nothing changes after sign-off', COMMAND, action, 'completed', 'invalid_transition'],
  ] as const)('%s', (_what, u, a, status, code) => {
    expect(codeOf(() => assertMayChangeAction(a, status, u, incident))).toBe(code);
  });
});

describe(assertDueDay.name, () => {
  it.each([
    ['2026-12-31', null],
    ['2026-02-29', 'validation_failed'],
    ['2026-13-01', 'validation_failed'],
    ['31/12/2026', 'validation_failed'],
    ['2026-12-31T10:00:00Z', 'validation_failed'],
  ])('%s', (day, code) => {
    expect(codeOf(() => assertDueDay(day))).toBe(code);
  });

  it('names the field', () => {
    try {
      assertDueNotPast('2026-11-30', new Date('2026-12-01T09:00:00Z'));
      throw new Error('accepted');
    } catch (err) {
      expect(isDomainError(err) && err.extra).toEqual({
        errors: [{ field: 'dueOn', message: 'must be today or later' }],
      });
    }
    expect(codeOf(() => assertDueNotPast('2026-12-01', new Date('2026-12-01T23:59:00Z')))).toBe(
      null,
    );
  });
});

describe(actionOverdue.name, () => {
  it.each([
    ['open, due yesterday', 'open', '2026-12-02', true],
    ['open, due today', 'open', '2026-12-03', false],
    ['open, due tomorrow', 'open', '2026-12-04', false],
    ['done, due yesterday', 'done', '2026-12-02', false],
  ] as const)('%s', (_what, state, dueOn, expected) => {
    expect(actionOverdue({ state, dueOn }, new Date('2026-12-03T00:00:00Z'))).toBe(expected);
  });
});

describe(actionReminderDue.name, () => {
  const now = new Date('2026-12-03T15:00:00Z');
  const base = { id: 'a1', state: 'open' as const, dueOn: '2026-12-01', lastRemindedOn: null };
  it.each([
    ['overdue, never reminded', base, true],
    ['overdue, reminded yesterday', { ...base, lastRemindedOn: '2026-12-02' }, true],
    ['overdue, reminded today', { ...base, lastRemindedOn: '2026-12-03' }, false],
    ['not overdue', { ...base, dueOn: '2026-12-03' }, false],
    ['done', { ...base, state: 'done' as const }, false],
  ])('%s', (_what, action, expected) => {
    expect(actionReminderDue(action, now)).toBe(expected);
  });

  it('keys a reminder by item and UTC day', () => {
    expect(actionReminderKey('a1', now)).toBe('review-action-a1-2026-12-03');
    expect(actionReminderKey('a1', new Date('2026-12-03T23:59:59Z'))).toBe(
      actionReminderKey('a1', now),
    );
    expect(actionReminderKey('a1', new Date('2026-12-04T00:00:00Z'))).not.toBe(
      actionReminderKey('a1', now),
    );
    expect(utcDay(new Date('2026-12-03T23:59:59+01:00'))).toBe('2026-12-03');
  });
});

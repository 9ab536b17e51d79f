import { afterFailedLogin, afterSuccessfulLogin, isLocked } from './lockout';

const now = new Date('2026-11-27T10:00:00Z');
const policy = { maxFailures: 3, lockMinutes: 10 };

describe('lockout', () => {
  it.each([1, 2])('does not lock after %i failures when the limit is 3', (failures) => {
    expect(afterFailedLogin(failures, now, policy)).toBeNull();
  });

  it('locks for the policy minutes when the limit is reached and resets the count', () => {
    const next = afterFailedLogin(3, now, policy);
    expect(next).toEqual({ failedLogins: 0, lockedUntil: new Date('2026-11-27T10:10:00.000Z') });
    expect(isLocked(next!, new Date('2026-11-27T10:09:59Z'))).toBe(true);
    expect(isLocked(next!, new Date('2026-11-27T10:10:00Z'))).toBe(false);
  });

  it('is not locked without a lock time', () => {
    expect(isLocked({ failedLogins: 4, lockedUntil: null }, now)).toBe(false);
  });

  it('clears everything after a successful login', () => {
    expect(afterSuccessfulLogin()).toEqual({ failedLogins: 0, lockedUntil: null });
  });
});

/** The account lockout rule: repeated failed logins lock an account for a while. */
export interface LockoutPolicy {
  maxFailures: number;
  lockMinutes: number;
}

export const DEFAULT_LOCKOUT: LockoutPolicy = { maxFailures: 5, lockMinutes: 15 };

export interface LoginRecord {
  failedLogins: number;
  lockedUntil: Date | null;
}

export function isLocked(record: LoginRecord, now: Date): boolean {
  return record.lockedUntil !== null && record.lockedUntil.getTime() > now.getTime();
}

/**
 * What a failed attempt does to the record: count it, and lock once the count reaches
 * the limit. `failedLogins` is the count including this failure (the caller increments
 * it atomically in SQL so concurrent failures are all counted).
 */
export function afterFailedLogin(
  failedLogins: number,
  now: Date,
  policy: LockoutPolicy = DEFAULT_LOCKOUT,
): LoginRecord | null {
  if (failedLogins < policy.maxFailures) return null;
  return { failedLogins: 0, lockedUntil: new Date(now.getTime() + policy.lockMinutes * 60_000) };
}

export function afterSuccessfulLogin(): LoginRecord {
  return { failedLogins: 0, lockedUntil: null };
}

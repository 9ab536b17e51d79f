/**
 * Sign-in throttling without lockout (docs/security.md). Nobody can lock an account:
 * failures slow down the address that makes them, for that account, with waits that
 * double; and an account that fails many times from anywhere in a window is closed only
 * to addresses that have never signed in to it, so the owner's usual address still gets
 * in. The answer is the same whether the account exists or not.
 */
export interface LoginThrottlePolicy {
  /** Failures for one account from one address before each further attempt waits. */
  freeFailures: number;
  /** The longest wait between attempts for one account from one address. */
  maxDelaySeconds: number;
  /** Failures on one account from all addresses in a window before strangers wait. */
  accountFailures: number;
  windowMinutes: number;
}

/** What the counters say about one attempt: this account from this address. */
export interface LoginAttemptState {
  /** Failures for this account from this address in the window. */
  sourceFailures: number;
  /** When the last of them happened (ms since the epoch); null: none. */
  lastSourceFailureAt: number | null;
  /** Failures on this account from every address in the window. */
  accountFailures: number;
  /** When the account's window ends (ms since the epoch); null: no failures. */
  accountWindowEndsAt: number | null;
  /** This address has signed in to this account before. */
  knownSource: boolean;
}

/** The first wait, once the free failures are spent: long enough to notice, short for a typo. */
export const FIRST_WAIT_SECONDS = 5;

/** Seconds an address waits after its `failures`-th failure for one account: 5, 10, 20, … */
export function failureDelaySeconds(failures: number, policy: LoginThrottlePolicy): number {
  if (failures < policy.freeFailures) return 0;
  const doublings = Math.min(failures - policy.freeFailures, 30);
  return Math.min(FIRST_WAIT_SECONDS * 2 ** doublings, policy.maxDelaySeconds);
}

/** Whole seconds before this attempt may be made; 0: it may be made now. */
export function loginWaitSeconds(
  state: LoginAttemptState,
  now: number,
  policy: LoginThrottlePolicy,
): number {
  let waitMs = 0;
  if (state.lastSourceFailureAt !== null) {
    const delay = failureDelaySeconds(state.sourceFailures, policy) * 1000;
    waitMs = Math.max(waitMs, state.lastSourceFailureAt + delay - now);
  }
  if (
    !state.knownSource &&
    state.accountFailures >= policy.accountFailures &&
    state.accountWindowEndsAt !== null
  ) {
    waitMs = Math.max(waitMs, state.accountWindowEndsAt - now);
  }
  return waitMs > 0 ? Math.ceil(waitMs / 1000) : 0;
}

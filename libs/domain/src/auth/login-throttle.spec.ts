import { failureDelaySeconds, LoginAttemptState, loginWaitSeconds } from './login-throttle';

const policy = { freeFailures: 3, maxDelaySeconds: 120, accountFailures: 10, windowMinutes: 15 };
const now = Date.parse('2026-12-03T10:00:00Z');
const fresh: LoginAttemptState = {
  sourceFailures: 0,
  lastSourceFailureAt: null,
  accountFailures: 0,
  accountWindowEndsAt: null,
  knownSource: false,
};

describe('failureDelaySeconds', () => {
  it('lets the first failures through, then doubles the wait up to the ceiling', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 40].map((n) => failureDelaySeconds(n, policy))).toEqual([
      0, 0, 5, 10, 20, 40, 80, 120, 120,
    ]);
  });
});

describe('loginWaitSeconds', () => {
  it('lets an attempt with no failures behind it through', () => {
    expect(loginWaitSeconds(fresh, now, policy)).toBe(0);
  });

  it('makes an address wait after its own failures for the account, rounded up', () => {
    const state = { ...fresh, sourceFailures: 5, lastSourceFailureAt: now - 1_500 };
    expect(loginWaitSeconds(state, now, policy)).toBe(19);
    expect(loginWaitSeconds(state, now + 18_500, policy)).toBe(0);
  });

  it('closes an account under attack to strangers until its window ends', () => {
    const state = { ...fresh, accountFailures: 10, accountWindowEndsAt: now + 90_000 };
    expect(loginWaitSeconds(state, now, policy)).toBe(90);
    expect(loginWaitSeconds({ ...state, accountFailures: 9 }, now, policy)).toBe(0);
  });

  it('never holds off an address that has signed in to the account before', () => {
    const state = {
      ...fresh,
      accountFailures: 500,
      accountWindowEndsAt: now + 900_000,
      knownSource: true,
    };
    expect(loginWaitSeconds(state, now, policy)).toBe(0);
  });

  it('still slows a known address that keeps failing itself', () => {
    const state = { ...fresh, knownSource: true, sourceFailures: 4, lastSourceFailureAt: now };
    expect(loginWaitSeconds(state, now, policy)).toBe(10);
  });
});

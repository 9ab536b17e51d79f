import { queueJobId } from './outbox-relay';

describe(queueJobId.name, () => {
  it.each([
    ['fanout-0b0b0b0b-0000-4000-8000-00000000000a', 'fanout-0b0b0b0b-0000-4000-8000-00000000000a'],
    ['directive-issued:abc', 'directive-issued.abc'],
    ['owner-changed:abc:7:to', 'owner-changed.abc.7.to'],
    ['update-due:abc:1795767047331', 'update-due.abc.1795767047331'],
    ['42', 'j42'],
  ])('%s → %s', (given, expected) => {
    expect(queueJobId(given)).toBe(expected);
  });
});

import type { DataSource } from 'typeorm';
import { DeliveryClaimsRepository } from './delivery-claims.repository';
import { ClaimedDelivery, DeliveryStore, RECORD_RETRY_MS } from './delivery-store';

/** Lets the batch gather (a real setImmediate), then runs the waits that are due, until `ms` have passed. */
async function elapse(ms: number): Promise<void> {
  for (let passed = 0; passed <= ms; passed += 10) {
    await new Promise((resolve) => setImmediate(resolve));
    await jest.advanceTimersByTimeAsync(10);
  }
}

const delivery = { id: '00000000-0000-4000-8000-000000000001' } as ClaimedDelivery;

/** A DeliveryStore over a pool whose statements fail `failures` times, then record the send. */
function storeFailing(failures: number) {
  let calls = 0;
  const query = jest.fn(async () => {
    calls++;
    if (calls <= failures) throw new Error('Connection terminated unexpectedly');
    return { rows: [{ op: 'sent', id: delivery.id, done: true, held: false }] };
  });
  const dataSource = { driver: { master: { query } } } as unknown as DataSource;
  return { store: new DeliveryStore(new DeliveryClaimsRepository(dataSource), dataSource), query };
}

describe('DeliveryStore.markSent', () => {
  // the batch gathers on setImmediate: only the waits between writes are faked
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate'] }));
  afterEach(() => jest.useRealTimers());

  it('writes a send the provider took again when PostgreSQL loses the write', async () => {
    const { store, query } = storeFailing(2);
    const recorded = store.markSent(delivery, 'SM1', 'queued');
    await elapse(RECORD_RETRY_MS[0]! + RECORD_RETRY_MS[1]!);
    await expect(recorded).resolves.toBe(true);
    expect(query).toHaveBeenCalledTimes(3);
  });

  it('gives up after the last wait, with the database error', async () => {
    const { store, query } = storeFailing(100);
    const recorded = store.markSent(delivery, 'SM1', 'queued');
    const outcome = recorded.then(
      () => 'recorded',
      (err: Error) => err.message,
    );
    await elapse(RECORD_RETRY_MS.reduce((a, b) => a + b, 0));
    await expect(outcome).resolves.toBe('Connection terminated unexpectedly');
    expect(query).toHaveBeenCalledTimes(RECORD_RETRY_MS.length + 1);
  });
});

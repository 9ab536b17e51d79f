import type { SpineTransaction } from '../database/spine';
import type { QueueFactory } from './queue-factory';

// The producers take only the job map's shapes: each @ts-expect-error line must be a
// type error, or tsc -p tsconfig.json fails on the unused directive.

type Enqueued = Parameters<SpineTransaction['enqueue']>[0];

const fanout: Enqueued = {
  queue: 'broadcast-fanout',
  name: 'broadcast.fanout',
  jobId: 'fanout-b1',
  payload: { broadcastId: 'b1' },
};
const many: Enqueued = [fanout, { queue: 'probe', name: 'probe.run', jobId: 'p', payload: {} }];

// prettier-ignore
// @ts-expect-error an unknown job name on a known queue
const unknownJob: Enqueued = { queue: 'broadcast-fanout', name: 'broadcast.send', jobId: 'x', payload: { broadcastId: 'b1' } };

// prettier-ignore
// @ts-expect-error a send without the delivery it sends
const wrongShape: Enqueued = { queue: 'sms-send', name: 'sms.send', jobId: 'x', payload: { broadcastId: 'b1' } };

async function addSends(queues: QueueFactory): Promise<void> {
  await queues.addBulk('email-send', [
    { name: 'email.send', data: { deliveryId: 'd1', broadcastId: 'b1' }, opts: { jobId: 'd1' } },
  ]);
  // prettier-ignore
  // @ts-expect-error an SMS job on the email queue
  await queues.addBulk('email-send', [{ name: 'sms.send', data: { deliveryId: 'd1', broadcastId: 'b1' } }]);
}

describe('typed producers', () => {
  it('accept the job map shapes and nothing else (checked by tsc)', async () => {
    const added: { queue: string; jobs: unknown[] }[] = [];
    const queues = {
      addBulk: async (queue: string, jobs: unknown[]) => void added.push({ queue, jobs }),
    } as unknown as QueueFactory;
    await addSends(queues);
    expect(added.map((a) => a.queue)).toEqual(['email-send', 'email-send']);
    expect([fanout, many, unknownJob, wrongShape]).toHaveLength(4);
  });
});

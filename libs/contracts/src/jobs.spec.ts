import { type DataOf, JOBS, type OutboxJob, QUEUES, type QueueName } from './jobs';

// Typecheck is the test here (tsc -p tsconfig.json includes specs): each @ts-expect-error
// line must be an error, or tsc fails on the unused directive.

const fanout: OutboxJob = {
  queue: 'broadcast-fanout',
  name: 'broadcast.fanout',
  jobId: 'fanout-b1',
  payload: { broadcastId: 'b1' },
};

// prettier-ignore
// @ts-expect-error an unknown queue
const unknownQueue: OutboxJob = { queue: 'broadcasts', name: 'broadcast.fanout', jobId: 'x', payload: { broadcastId: 'b1' } };

// prettier-ignore
// @ts-expect-error a job of another queue
const wrongQueue: OutboxJob = { queue: 'email-send', name: 'broadcast.fanout', jobId: 'x', payload: { broadcastId: 'b1' } };

// prettier-ignore
// @ts-expect-error the wrong data for the job
const wrongData: OutboxJob = { queue: 'email-send', name: 'email.send', jobId: 'x', payload: { broadcastId: 'b1' } };

const overdue: DataOf<'notify', 'notify.directive_overdue'> = {
  incidentId: 'i1',
  directiveId: 'd1',
  departmentId: 'p1',
  ownerId: 'u1',
  text: 'Patch',
  dueAt: '2026-11-27T18:00:00.000Z',
};

// prettier-ignore
// @ts-expect-error the escalation notice names the due time: a job without it does not compile
const withoutDueAt: DataOf<'notify', 'notify.directive_overdue'> = { incidentId: 'i1', directiveId: 'd1', departmentId: 'p1', ownerId: 'u1', text: 'Patch' };

describe('JobMap', () => {
  it('names every queue and job of the constants', () => {
    const queues: QueueName[] = Object.values(QUEUES);
    expect(new Set(queues).size).toBe(queues.length);
    expect(queues).toContain(fanout.queue);
    expect(Object.values(JOBS)).toContain(fanout.name);
    expect([unknownQueue, wrongQueue, wrongData, overdue, withoutDueAt]).toHaveLength(5);
  });
});

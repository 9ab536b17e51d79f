import { notify, updateDueReminder } from './notify-outbox';

describe('notify', () => {
  it('makes an outbox row on the notify queue with the job data as the payload', () => {
    const row = notify(
      'notify.directive_overdue',
      'directive-overdue:d1:p1',
      {
        incidentId: 'i1',
        directiveId: 'd1',
        departmentId: 'p1',
        ownerId: 'u1',
        text: 'Patch',
        dueAt: '2026-11-27T18:00:00.000Z',
      },
      1_500.4,
    );
    expect(row).toEqual({
      queue: 'notify',
      name: 'notify.directive_overdue',
      jobId: 'directive-overdue:d1:p1',
      payload: expect.objectContaining({ dueAt: '2026-11-27T18:00:00.000Z' }),
      delayMs: 1_500,
    });
  });

  it('refuses at typecheck a directive escalation without its due time (the bug that said "by its due time")', () => {
    const make = () =>
      // prettier-ignore
      // @ts-expect-error dueAt is part of notify.directive_overdue's data
      notify('notify.directive_overdue', 'x', { incidentId: 'i1', directiveId: 'd1', departmentId: 'p1', ownerId: 'u1', text: 'Patch' });
    const wrongName = () =>
      // prettier-ignore
      // @ts-expect-error no such notify job
      notify('notify.directive_forgotten', 'x', { incidentId: 'i1' });
    expect(make().payload).not.toHaveProperty('dueAt');
    expect(wrongName().name).toBe('notify.directive_forgotten');
  });

  it('reminds at the due time, never with a negative delay', () => {
    const dueAt = new Date(Date.now() - 60_000);
    expect(updateDueReminder('i1', dueAt)).toEqual([
      {
        queue: 'notify',
        name: 'notify.update_due',
        jobId: `update-due:i1:${dueAt.getTime()}`,
        payload: { incidentId: 'i1', dueAt: dueAt.toISOString() },
        delayMs: 0,
      },
    ]);
    expect(updateDueReminder('i1', null)).toEqual([]);
  });
});

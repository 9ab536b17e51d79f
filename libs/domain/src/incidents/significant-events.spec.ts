import { isSignificantEvent } from './significant-events';

describe(isSignificantEvent.name, () => {
  it.each<[string, Record<string, unknown>, boolean]>([
    ['incident.created', {}, true],
    ['incident.owner_changed', {}, true],
    ['incident.status_changed', {}, true],
    ['incident.update_posted', {}, true],
    ['incident.update_overdue', {}, true],
    ['lan.planned', {}, true],
    ['lan.phase_changed', {}, true],
    ['device.isolated', {}, true],
    ['device.infected', {}, true],
    ['device.waived', {}, true],
    ['detection.recorded', {}, true],
    ['directive.issued', {}, true],
    ['directive.escalated', {}, true],
    ['fault.reported', {}, true],
    ['broadcast.created', {}, true],
    ['broadcast.completed', {}, true],
    ['broadcast.escalated', {}, true],
    ['tasks.cancelled', {}, true],
    ['task.reassigned', { kind: 'clean_device' }, true],
    ['task.reopened', { kind: 'clean_device' }, true],
    ['task.cancelled', { kind: 'clean_device' }, true],
    ['something.new', {}, true],
    ['task.created', { kind: 'clean_device' }, false],
    ['task.created', { kind: 'isolate_and_clean' }, false],
    ['task.created', {}, false],
    ['task.claimed', { kind: 'clean_device' }, false],
    ['task.unclaimed', { kind: 'clean_device' }, false],
    ['task.completed', { kind: 'clean_device' }, false],
    ['task.verified', { kind: 'clean_device' }, false],
    ['task.created', { kind: 'action' }, true],
    ['task.completed', { kind: 'action' }, true],
    ['broadcast.sending', {}, false],
    ['broadcast.progress', {}, false],
    ['broadcast.acknowledged', {}, false],
    ['broadcast.reply_received', {}, false],
    ['broadcast.retry_requested', {}, false],
    ['broadcast.progress', { kind: 'action' }, false],
  ])('%s %j → %s', (type, data, expected) => {
    expect(isSignificantEvent(type, data)).toBe(expected);
  });

  it('takes the type alone', () => {
    expect(isSignificantEvent('lan.phase_changed')).toBe(true);
    expect(isSignificantEvent('task.created')).toBe(false);
  });
});

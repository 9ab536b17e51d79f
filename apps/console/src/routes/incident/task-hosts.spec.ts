import type { EventView, TaskView } from '../../api/types';
import { taskHosts } from './task-hosts';

const created = (taskId: string, hostname: string | null) =>
  ({ type: 'task.created', data: { taskId, hostname } }) as unknown as EventView;
const task = (id: string, hostname: string | null) =>
  ({ id, device: hostname ? { hostname } : null }) as TaskView;

describe('taskHosts', () => {
  it('names tasks from task.created events and from opened task lists', () => {
    const hosts = taskHosts(
      [
        created('t1', 'soc-pc-01'),
        created('t2', null),
        { type: 'task.claimed', data: { taskId: 't3' } } as unknown as EventView,
      ],
      [[task('t4', 'edu-pc-09'), task('t5', null)]],
    );
    expect([...hosts]).toEqual([
      ['t1', 'soc-pc-01'],
      ['t4', 'edu-pc-09'],
    ]);
  });
});

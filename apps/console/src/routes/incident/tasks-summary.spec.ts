import type { TaskView } from '../../api/types';
import { tasksOf, totalOf } from './tasks-summary';

const t = (departmentId: string, status: TaskView['status'], hostname: string) =>
  ({ departmentId, status, title: `Clean ${hostname}`, device: { hostname } }) as TaskView;

describe('totalOf', () => {
  it('adds every state of a summary row, cancelled included', () => {
    expect(totalOf({ open: 2, claimed: 1, done: 4, verified: 8, cancelled: 16 })).toBe(31);
    expect(totalOf({ open: 0, claimed: 0, done: 0, verified: 0, cancelled: 0 })).toBe(0);
  });
});

describe('tasksOf', () => {
  const all = [
    t('soc', 'done', 'b'),
    t('soc', 'open', 'z'),
    t('soc', 'open', 'a'),
    t('edu', 'open', 'c'),
  ];

  it('lists one department, work still to do first, then by host name', () => {
    expect(tasksOf(all, 'soc', null).map((x) => x.device?.hostname)).toEqual(['a', 'z', 'b']);
  });

  it('narrows to one status', () => {
    expect(tasksOf(all, 'soc', 'done').map((x) => x.device?.hostname)).toEqual(['b']);
  });
});

import type { TaskView } from '../../api/types';
import { countByDepartment, tasksOf } from './tasks-summary';

const t = (departmentId: string, status: TaskView['status'], hostname: string) =>
  ({ departmentId, status, title: `Clean ${hostname}`, device: { hostname } }) as TaskView;

describe('countByDepartment', () => {
  it('counts each department by status', () => {
    const counts = countByDepartment([
      t('soc', 'open', 'a'),
      t('soc', 'open', 'b'),
      t('soc', 'claimed', 'c'),
      t('edu', 'verified', 'd'),
    ]);
    expect(counts.get('soc')).toMatchObject({
      open: 2,
      claimed: 1,
      done: 0,
      verified: 0,
      total: 3,
    });
    expect(counts.get('edu')).toMatchObject({ verified: 1, total: 1 });
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

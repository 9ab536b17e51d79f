import type { TaskEntity } from './entities/task.entity';
import { taskFromRow } from './task-rows';
import { taskCreatedData, toTaskView } from './task-views';

const NOW = new Date('2026-09-02T12:00:00Z');
const ROW = {
  id: 't1',
  incident_id: 'i1',
  kind: 'clean_device',
  status: 'claimed',
  title: 'Clean soc-pc-001',
  device_id: 'd1',
  lan_id: 'l1',
  department_id: 'soc',
  claimed_by_id: 'u1',
  claimed_by_name: 'Sam',
  claimed_at: '2026-09-02T10:00:00.000Z',
  due_at: '2026-09-02T11:00:00.000Z',
  evidence: null,
  note: null,
  completed_at: null,
  completed_by_id: null,
  completed_by_name: null,
  verified_at: null,
  verified_by_id: null,
  verified_by_name: null,
  created_at: '2026-09-02T09:00:00.000Z',
  updated_at: '2026-09-02T10:00:00.000Z',
};

describe(toTaskView.name, () => {
  const task: TaskEntity = taskFromRow(ROW);

  it('reads a RETURNING * row into the entity shape', () => {
    expect(task).toMatchObject({
      incidentId: 'i1',
      departmentId: 'soc',
      claimedById: 'u1',
      dueAt: new Date('2026-09-02T11:00:00.000Z'),
      completedAt: null,
    });
  });

  it('shows the claimer and whether the task is overdue; leaves the device out unless looked up', () => {
    const view = toTaskView(task, NOW);
    expect(view).toMatchObject({
      status: 'claimed',
      claimedBy: { id: 'u1', name: 'Sam' },
      claimedAt: '2026-09-02T10:00:00.000Z',
      overdue: true,
    });
    expect('device' in view).toBe(false);
    expect(toTaskView(task, NOW, null).device).toBeNull();
  });

  it('keeps who claimed a task and when once it is done or verified', () => {
    for (const status of ['done', 'verified'] as const) {
      expect(toTaskView({ ...task, status }, NOW)).toMatchObject({
        claimedBy: { id: 'u1', name: 'Sam' },
        claimedAt: '2026-09-02T10:00:00.000Z',
        overdue: false,
      });
    }
  });

  it('shows no claimer for an open or cancelled task', () => {
    for (const status of ['open', 'cancelled'] as const) {
      const view = toTaskView({ ...task, status, claimedById: null, claimedByName: null }, NOW);
      expect(view).toMatchObject({ claimedBy: null, claimedAt: null, overdue: status === 'open' });
    }
  });

  it('records on the timeline what a new task is, for whom and by when', () => {
    expect(taskCreatedData(task, 'soc-pc-001')).toEqual({
      taskId: 't1',
      kind: 'clean_device',
      title: 'Clean soc-pc-001',
      deviceId: 'd1',
      hostname: 'soc-pc-001',
      lanId: 'l1',
      departmentId: 'soc',
      dueAt: '2026-09-02T11:00:00.000Z',
    });
  });
});

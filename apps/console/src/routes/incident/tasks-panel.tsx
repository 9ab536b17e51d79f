import { useState } from 'react';
import type { TaskStatus, TaskView } from '../../api/types';
import { describeProblem } from '../../api/problem';
import { useDepartments } from './directory-queries';
import { MAX_TASK_PAGES, useIncidentTasks } from './incident-queries';
import { countByDepartment, label, SHOWN_STATUSES, tasksOf } from './tasks-summary';

const PAGE = 25;

/** Tasks by department: counts per state, each department opening onto its tasks (a page at a time). */
export function TasksPanel({ incidentId, ready }: { incidentId: string; ready: boolean }) {
  const tasks = useIncidentTasks(incidentId, ready);
  const departments = useDepartments();
  const [open, setOpen] = useState<string | null>(null);
  const counts = countByDepartment(tasks.data ?? []);
  const names = new Map((departments.data?.items ?? []).map((d) => [d.id, d]));
  const order = [...counts.keys()].sort((a, b) =>
    (names.get(a)?.name ?? a).localeCompare(names.get(b)?.name ?? b),
  );
  const capped = (tasks.data?.length ?? 0) >= MAX_TASK_PAGES * 500;
  return (
    <section className="card tasks-panel" aria-labelledby="tasks-title">
      <h2 id="tasks-title">Tasks by department</h2>
      {tasks.isPending && <p role="status">Loading tasks…</p>}
      {tasks.isError && <p className="alert alert-error">{describeProblem(tasks.error)}</p>}
      {tasks.isSuccess && order.length === 0 && (
        <p className="muted">
          No tasks yet: shutting a LAN down gives its department a cleanup task per machine.
        </p>
      )}
      {order.length > 0 && (
        <ul className="dept-list">
          {order.map((deptId) => {
            const c = counts.get(deptId);
            if (!c) return null;
            const dept = names.get(deptId);
            const expanded = open === deptId;
            return (
              <li key={deptId} data-testid={`tasks-${dept?.code ?? deptId}`}>
                <h3 className="dept-name">
                  <button
                    type="button"
                    className="link"
                    aria-expanded={expanded}
                    aria-controls={`tasks-of-${deptId}`}
                    onClick={() => setOpen(expanded ? null : deptId)}
                  >
                    <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>{' '}
                    {dept?.name ?? 'Department'}
                    <span className="visually-hidden"> tasks</span>
                  </button>
                  <span className="muted">
                    {' '}
                    {c.total} task{c.total === 1 ? '' : 's'}
                    {c.cancelled > 0 && `, ${c.cancelled} cancelled`}
                  </span>
                </h3>
                <dl className="task-counts">
                  {SHOWN_STATUSES.map((st) => (
                    <div key={st.status} className={`count-${st.status}`}>
                      <dt>{st.label}</dt>
                      <dd>{c[st.status]}</dd>
                    </div>
                  ))}
                </dl>
                {expanded && (
                  <div id={`tasks-of-${deptId}`}>
                    <DepartmentTasks tasks={tasks.data ?? []} departmentId={deptId} />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {capped && <p className="muted">Counting the first {MAX_TASK_PAGES * 500} tasks only.</p>}
    </section>
  );
}

const STATUS_WORDS: Record<TaskStatus, string> = {
  open: 'Open',
  claimed: 'Claimed',
  done: 'Done',
  verified: 'Verified',
  cancelled: 'Cancelled',
};

function DepartmentTasks({ tasks, departmentId }: { tasks: TaskView[]; departmentId: string }) {
  const [status, setStatus] = useState<TaskStatus | ''>('');
  const [shown, setShown] = useState(PAGE);
  const list = tasksOf(tasks, departmentId, status || null);
  return (
    <div className="dept-tasks">
      <label className="field field-inline">
        <span>Show</span>
        <select
          value={status}
          onChange={(e) => {
            setStatus(e.target.value as TaskStatus | '');
            setShown(PAGE);
          }}
        >
          <option value="">All states</option>
          {Object.entries(STATUS_WORDS).map(([s, w]) => (
            <option key={s} value={s}>
              {w}
            </option>
          ))}
        </select>
      </label>
      <ul className="task-list">
        {list.slice(0, shown).map((t) => (
          <li key={t.id} data-testid={`task-${label(t)}`}>
            <strong>{label(t)}</strong>{' '}
            <span className={`badge task-${t.status}`}>{STATUS_WORDS[t.status]}</span>
            {t.device?.lanCode && <span className="muted"> · {t.device.lanCode}</span>}
            {t.claimedBy && t.status !== 'open' && (
              <span className="muted">
                {' '}
                · {t.status === 'claimed' ? 'claimed by' : 'by'}{' '}
                {t.completedBy?.name ?? t.claimedBy.name}
              </span>
            )}
            {t.overdue && <span className="badge due-overdue"> overdue</span>}
          </li>
        ))}
      </ul>
      {list.length === 0 && <p className="muted">None.</p>}
      {list.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, list.length - shown)} more of {list.length - shown}
        </button>
      )}
    </div>
  );
}

import { useState } from 'react';
import type { TaskStatus, TaskSummaryRow } from '../../api/types';
import { describeProblem } from '../../api/problem';
import { MAX_TASK_PAGES, useDepartmentTasks, useTaskSummary } from './incident-queries';
import { label, SHOWN_STATUSES, tasksOf, totalOf } from './tasks-summary';

const PAGE = 25;

/**
 * Tasks by department: the counts per state from the api's summary (re-read on task
 * events), each department opening onto its own tasks, read only then (a page at a time).
 */
export function TasksPanel({ incidentId, ready }: { incidentId: string; ready: boolean }) {
  const summary = useTaskSummary(incidentId, ready);
  const [open, setOpen] = useState<string | null>(null);
  const rows = summary.data?.items ?? [];
  return (
    <section className="card tasks-panel" aria-labelledby="tasks-title">
      <h2 id="tasks-title">Tasks by department</h2>
      {(!ready || summary.isPending) && <p role="status">Loading tasks…</p>}
      {summary.isError && <p className="alert alert-error">{describeProblem(summary.error)}</p>}
      {summary.isSuccess && rows.length === 0 && (
        <p className="muted">
          No tasks yet: shutting a LAN down gives its department a cleanup task per machine.
        </p>
      )}
      {rows.length > 0 && (
        <ul className="dept-list">
          {rows.map((row) => (
            <DepartmentRow
              key={row.departmentId}
              incidentId={incidentId}
              row={row}
              expanded={open === row.departmentId}
              onToggle={() => setOpen(open === row.departmentId ? null : row.departmentId)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function DepartmentRow({
  incidentId,
  row,
  expanded,
  onToggle,
}: {
  incidentId: string;
  row: TaskSummaryRow;
  expanded: boolean;
  onToggle: () => void;
}) {
  const total = totalOf(row);
  return (
    <li data-testid={`tasks-${row.code}`}>
      <h3 className="dept-name">
        <button
          type="button"
          className="link"
          aria-expanded={expanded}
          aria-controls={`tasks-of-${row.departmentId}`}
          onClick={onToggle}
        >
          <span aria-hidden="true">{expanded ? '▾' : '▸'}</span> {row.name}
          <span className="visually-hidden"> tasks</span>
        </button>
        <span className="muted">
          {' '}
          {total} task{total === 1 ? '' : 's'}
          {row.cancelled > 0 && `, ${row.cancelled} cancelled`}
        </span>
        {row.overdue > 0 && <span className="badge due-overdue"> {row.overdue} overdue</span>}
      </h3>
      <dl className="task-counts">
        {SHOWN_STATUSES.map((st) => (
          <div key={st.status} className={`count-${st.status}`}>
            <dt>{st.label}</dt>
            <dd>{row[st.status]}</dd>
          </div>
        ))}
      </dl>
      {expanded && (
        <div id={`tasks-of-${row.departmentId}`}>
          <DepartmentTasks incidentId={incidentId} departmentId={row.departmentId} />
        </div>
      )}
    </li>
  );
}

const STATUS_WORDS: Record<TaskStatus, string> = {
  open: 'Open',
  claimed: 'Claimed',
  done: 'Done',
  verified: 'Verified',
  cancelled: 'Cancelled',
};

function DepartmentTasks({
  incidentId,
  departmentId,
}: {
  incidentId: string;
  departmentId: string;
}) {
  const [status, setStatus] = useState<TaskStatus | ''>('');
  const [shown, setShown] = useState(PAGE);
  const tasks = useDepartmentTasks(incidentId, departmentId, status || null);
  const list = tasksOf(tasks.data?.items ?? [], departmentId, status || null);
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
      {tasks.isPending && <p role="status">Loading the tasks…</p>}
      {tasks.isError && <p className="alert alert-error">{describeProblem(tasks.error)}</p>}
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
      {tasks.isSuccess && list.length === 0 && <p className="muted">None.</p>}
      {list.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, list.length - shown)} more of {list.length - shown}
        </button>
      )}
      {tasks.data && !tasks.data.complete && (
        <p className="muted">Listing the first {MAX_TASK_PAGES * 500} tasks only.</p>
      )}
    </div>
  );
}

import { useQuery } from '@tanstack/react-query';
import { KeyboardEvent, useMemo, useRef, useState } from 'react';
import type { DepartmentView, Page } from '../../api/types';
import { api } from '../../api/client';
import { useUser } from '../../auth/session';
import { ProblemAlert } from '../../ui/problem-alert';
import { useNow } from '../../ui/use-now';
import { MyReviewActions } from '../review/my-review-actions';
import { DepartmentDirectives } from './department-directives';
import { QueueTab, queueSections } from './queue-view';
import { TaskRow } from './task-row';
import { useFollowIncident, useQueueIncidents, useQueueTasks } from './use-queue';
import './queue.css';

/** Rows shown at first and added per "Show more": a phone stays quick with 300 tasks. */
const PAGE = 40;

const TABS: { id: QueueTab; label: string; empty: string }[] = [
  {
    id: 'unclaimed',
    label: 'Unclaimed',
    empty: 'Nothing waiting: every machine has someone on it.',
  },
  { id: 'mine', label: 'Mine', empty: 'You hold no task. Claim one from Unclaimed.' },
  { id: 'done', label: 'Done', empty: 'No task completed yet.' },
];

/** Renders nothing: follows one incident live for the queue. */
function FollowIncident({ incidentId }: { incidentId: string }) {
  useFollowIncident(incidentId);
  return null;
}

/** An ITU member's start page: his department's machines to clean, live, and the owner's directives. */
export function QueuePage() {
  const user = useUser();
  const now = useNow(30_000);
  const [tab, setTab] = useState<QueueTab>('unclaimed');
  const [limit, setLimit] = useState(PAGE);
  const [notices, setNotices] = useState<{ id: number; text: string; lost: boolean }[]>([]);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const incidents = useQueueIncidents();
  const { tasks, isPending, error } = useQueueTasks();
  const departments = useQuery({
    queryKey: ['departments'],
    queryFn: () => api.get<Page<DepartmentView>>('departments', { limit: 500 }),
    staleTime: 10 * 60_000,
  });
  const department = departments.data?.items.find((d) => d.id === user.departmentId);
  const sections = useMemo(() => queueSections(tasks, user.id), [tasks, user.id]);
  const counts: Record<QueueTab, number> = {
    unclaimed: sections.unclaimed.length,
    mine: sections.mine.length,
    done: sections.done.length,
  };
  const shown = sections[tab];
  const say = (text: string, lost = false) =>
    setNotices((n) => [{ id: Date.now() + Math.random(), text, lost }, ...n].slice(0, 3));

  const onTabKey = (e: KeyboardEvent, index: number) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = (index + step + TABS.length) % TABS.length;
    setTab(TABS[next].id);
    tabRefs.current[next]?.focus();
  };

  return (
    <section aria-labelledby="queue-title" className="queue">
      <div className="spread">
        <h1 id="queue-title">
          {department ? `${department.name} (${department.code})` : 'My department'}: cleanup queue
        </h1>
        <p className="muted small">
          {incidents.data?.items.length
            ? `Following ${incidents.data.items.map((i) => i.reference).join(', ')} live`
            : incidents.data
              ? 'No open incident involves your department'
              : ''}
        </p>
      </div>
      {incidents.data?.items.map((i) => (
        <FollowIncident key={i.id} incidentId={i.id} />
      ))}
      <ProblemAlert error={incidents.error} />
      <MyReviewActions />
      <div aria-live="polite" role="status" className="queue-notices">
        {notices.map((n) => (
          <p key={n.id} className={`alert ${n.lost ? 'alert-error' : 'alert-ok'}`}>
            {n.text}{' '}
            <button
              type="button"
              className="link"
              onClick={() => setNotices((all) => all.filter((x) => x.id !== n.id))}
            >
              Dismiss
            </button>
          </p>
        ))}
      </div>
      <div className="queue-layout">
        <DepartmentDirectives
          incidents={incidents.data?.items ?? []}
          departmentId={user.departmentId}
          departmentCode={department?.code ?? 'your department'}
        />
        <div className="queue-tasks">
          <div role="tablist" aria-label="Tasks" className="tabs">
            {TABS.map((t, i) => (
              <button
                key={t.id}
                ref={(el) => {
                  tabRefs.current[i] = el;
                }}
                type="button"
                role="tab"
                id={`tab-${t.id}`}
                aria-selected={tab === t.id}
                aria-controls="queue-panel"
                tabIndex={tab === t.id ? 0 : -1}
                onClick={() => {
                  setTab(t.id);
                  setLimit(PAGE);
                }}
                onKeyDown={(e) => onTabKey(e, i)}
              >
                {t.label} <span className="tab-count">{isPending ? '…' : counts[t.id]}</span>
              </button>
            ))}
          </div>
          <div
            role="tabpanel"
            id="queue-panel"
            aria-labelledby={`tab-${tab}`}
            tabIndex={0}
            className="tab-panel"
          >
            <ProblemAlert error={error} />
            {isPending && <p aria-busy="true">Loading your department's tasks…</p>}
            {!isPending && shown.length === 0 && (
              <p className="card">{TABS.find((t) => t.id === tab)?.empty}</p>
            )}
            <ul className="plain stack queue-list">
              {shown.slice(0, limit).map((task) => (
                <TaskRow
                  key={task.id}
                  task={task}
                  meId={user.id}
                  now={now}
                  onLost={(m) => say(m, true)}
                  onNotice={(m) => say(m)}
                />
              ))}
            </ul>
            {shown.length > limit && (
              <p className="actions">
                <button type="button" onClick={() => setLimit((l) => l + PAGE)}>
                  Show {Math.min(PAGE, shown.length - limit)} more of {shown.length - limit}
                </button>
              </p>
            )}
            {tab === 'unclaimed' && sections.colleagues.length > 0 && (
              <details className="colleagues">
                <summary>Claimed by colleagues ({sections.colleagues.length})</summary>
                <ul className="plain small">
                  {sections.colleagues.map((t) => (
                    <li key={t.id}>
                      {t.device?.hostname ?? t.title} — {t.claimedBy?.name}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        </div>
      </div>
    </section>
  );
}

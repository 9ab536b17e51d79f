import { useState } from 'react';
import type { TaskView } from '../../api/types';
import { api } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import type { Live } from '../../live/reducers';
import { ProblemAlert } from '../../ui/problem-alert';
import { ago, clock, when } from '../../ui/time';
import { EvidenceForm } from './evidence-form';
import { claimLostMessage, evidenceText, lacksText, placeOf } from './queue-view';
import { QueueList, usePutTask } from './use-queue';

interface Props {
  task: Live<TaskView>;
  meId: string;
  now: number;
  /** A claim lost to a colleague: the row leaves, the page says who won. */
  onLost: (message: string) => void;
  /** Something worth saying once the row has moved ("Claimed: in Mine"). */
  onNotice: (message: string) => void;
}

/** One machine to clean: where it is, what it lacks, and the next step for it. */
export function TaskRow({ task, meId, now, onLost, onNotice }: Props) {
  const put = usePutTask();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [completing, setCompleting] = useState(false);
  const name = task.device?.hostname ?? task.title;
  const place = placeOf(task);
  const finished = task.status === 'done' || task.status === 'verified';
  const mine = task.status === 'claimed' && task.claimedBy?.id === meId;

  const act = async (label: string, path: string, into: QueueList, done: string) => {
    setBusy(label);
    setError(null);
    try {
      put(await api.post<TaskView>(`tasks/${task.id}/${path}`), into);
      onNotice(`${name}: ${done}`);
    } catch (err) {
      if (err instanceof ApiProblem && err.code === 'already_claimed') {
        const now = await api.get<TaskView>(`tasks/${task.id}`).catch(() => null);
        onLost(`${name}: ${claimLostMessage(err.problem, now)}.`);
        if (now) put(now, 'claimed');
      } else setError(err);
    } finally {
      setBusy(null);
    }
  };

  return (
    <li className="card task-row" data-testid={`task-${name}`} aria-labelledby={`t-${task.id}`}>
      <div className="task-main">
        <h3 id={`t-${task.id}`} className="task-host">
          {name}
          {task.device?.health === 'infected' && <span className="badge badge-bad">infected</span>}
          {task.overdue && <span className="badge badge-warn">overdue</span>}
        </h3>
        <dl className="task-facts">
          <div>
            <dt>LAN</dt>
            <dd>{place.lan}</dd>
          </div>
          <div>
            <dt>Site</dt>
            <dd>{place.site}</dd>
          </div>
          {finished ? (
            <div className="task-lacks">
              <dt>Evidence</dt>
              <dd>{evidenceText(task)}</dd>
            </div>
          ) : (
            <div className="task-lacks">
              <dt>Lacks</dt>
              <dd className={task.device && !task.device.compliant ? 'lacks-some' : undefined}>
                {lacksText(task)}
              </dd>
            </div>
          )}
        </dl>
        <p className="muted small">
          {task.status === 'open' && <>Created {ago(task.createdAt, now)}</>}
          {task.status === 'claimed' && (
            <>
              Claimed by {mine ? 'you' : task.claimedBy?.name}
              {task.claimedAt && ` at ${clock(task.claimedAt)}`}
            </>
          )}
          {finished && (
            <>
              {task.status === 'verified' ? 'Verified' : 'Done, awaiting verification'}
              {task.completedBy && ` · completed by ${task.completedBy.name}`}
              {task.completedAt && ` ${when(task.completedAt)}`}
            </>
          )}
          {task.dueAt && !finished && <> · due {when(task.dueAt)}</>}
        </p>
      </div>
      <div className="task-actions">
        {task.status === 'open' && (
          <button
            type="button"
            className="primary"
            disabled={!!busy}
            aria-busy={busy === 'claim' || undefined}
            onClick={() => act('claim', 'claim', 'claimed', 'claimed; it is in Mine.')}
          >
            {busy === 'claim' ? 'Claiming…' : 'Claim'}
          </button>
        )}
        {mine && !completing && (
          <>
            <button
              type="button"
              className="primary"
              disabled={!!busy}
              onClick={() => setCompleting(true)}
            >
              Complete
            </button>
            <button
              type="button"
              disabled={!!busy}
              aria-busy={busy === 'unclaim' || undefined}
              onClick={() => act('unclaim', 'unclaim', 'open', 'back in Unclaimed.')}
            >
              {busy === 'unclaim' ? 'Releasing…' : 'Unclaim'}
            </button>
          </>
        )}
      </div>
      <ProblemAlert error={error} />
      {mine && completing && (
        <EvidenceForm
          task={task}
          onCancel={() => setCompleting(false)}
          onDone={(done) => {
            put(done, 'done');
            onNotice(`${name}: completed with evidence; it is in Done.`);
          }}
        />
      )}
    </li>
  );
}

import type { ReactNode } from 'react';
import { Progress } from '../../ui/progress';
import { when } from '../../ui/time';
import { ProblemAlert } from '../../ui/problem-alert';
import { stageBars } from './campaign-board';
import { useStartStage } from './campaign-queries';
import type { CampaignDepartmentView, CampaignView } from './campaign-types';

/** Stage 3: the rollout department by department, each stage's devices counted as bars. */
export function StagesPanel({
  campaign: c,
  mayStart,
}: {
  campaign: CampaignView;
  mayStart: boolean;
}) {
  const start = useStartStage(c.id);
  const startable = c.status === 'approved' || c.status === 'rolling_out';
  return (
    <section className="card board-column" aria-labelledby="stages-title">
      <h2 id="stages-title">3. Rollout by department</h2>
      {c.departments.length === 0 && (
        <p className="small muted">No department has an affected device.</p>
      )}
      {!startable && c.status === 'testing' && (
        <p className="small muted">Stages start once the owner has approved.</p>
      )}
      <ProblemAlert error={start.error} />
      <ul className="plain stack" aria-label="Departments">
        {c.departments.map((d) => (
          <Department
            key={d.departmentId}
            d={d}
            action={
              mayStart && startable && !d.stage ? (
                <button
                  type="button"
                  disabled={start.isPending}
                  onClick={() => start.mutate(d.departmentId)}
                >
                  Start {d.code}’s stage
                </button>
              ) : null
            }
          />
        ))}
      </ul>
      <p className="small">
        All started stages: {c.totals.patched} patched, {c.totals.failed} failed,{' '}
        {c.totals.pending + c.totals.claimed} to do, of {c.totals.total}.
      </p>
    </section>
  );
}

function Department({ d, action }: { d: CampaignDepartmentView; action: ReactNode }) {
  return (
    <li
      className="department-stage"
      data-testid={`stage-${d.code}`}
      aria-labelledby={`stage-${d.departmentId}`}
    >
      <div className="spread">
        <h3 id={`stage-${d.departmentId}`}>
          {d.name} ({d.code})
        </h3>
        <span className="small muted">
          {d.affected} affected {d.affected === 1 ? 'device' : 'devices'}
        </span>
      </div>
      {d.stage ? (
        <>
          <p className="small muted">
            Started by {d.stage.startedBy.name}, {when(d.stage.startedAt)}
            {d.affected > d.stage.total && `; ${d.affected - d.stage.total} had the patch already`}.
          </p>
          {stageBars(d.stage).map((b) => (
            <Progress
              key={b.label}
              label={b.label}
              value={b.value}
              max={d.stage?.total ?? 0}
              tone={b.tone}
            />
          ))}
        </>
      ) : (
        <p className="small">Not started.</p>
      )}
      {action}
    </li>
  );
}

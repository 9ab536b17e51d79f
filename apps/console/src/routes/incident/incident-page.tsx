import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ApiProblem, describeProblem } from '../../api/problem';
import { FallbackPanel } from '../patching/fallback-panel';
import { WarpPromptBanner } from '../warp/warp-prompt-banner';
import { ChartPanel } from './chart-panel';
import { DetectionsPanel } from './detections-panel';
import { DirectivesPanel } from './directives-panel';
import { FaultReportsPanel } from './fault-reports-panel';
import { IncidentHeader } from './incident-header';
import { useIncident, useLanPlan, useTimelineCursor } from './incident-queries';
import { incidentKeys } from './keys';
import { LanBoardPanel } from './lan-board-panel';
import { TasksPanel } from './tasks-panel';
import { TimelinePanel } from './timeline-panel';
import { useIncidentLive } from './use-incident-live';
import './incident.css';

/** The owner's command board for one incident: header, LAN board, tasks, directives, detections, faults, timeline. */
export function IncidentPage() {
  const { id = '' } = useParams();
  const qc = useQueryClient();
  const mountedAt = useRef(Date.now());
  const cursor = useTimelineCursor(qc, id);
  const ready = cursor.isSuccess;
  useIncidentLive(id, cursor.data ?? null);
  const incident = useIncident(id, ready);
  const lans = useLanPlan(id, ready);

  // Data cached from an earlier visit was not followed live meanwhile: read it again.
  useEffect(() => {
    if (!ready) return;
    for (const key of [
      incidentKeys.incident(id),
      incidentKeys.lans(id),
      incidentKeys.taskSummary(id),
    ]) {
      const at = qc.getQueryState(key)?.dataUpdatedAt ?? 0;
      if (at > 0 && at < mountedAt.current)
        void qc.invalidateQueries({ queryKey: key, exact: true });
    }
  }, [ready, id, qc]);

  const error = cursor.error ?? incident.error;
  if (error) {
    const missing = error instanceof ApiProblem && (error.status === 404 || error.status === 403);
    return (
      <section>
        <h1>{missing ? 'Incident not found' : 'The incident cannot be shown'}</h1>
        <p className="alert alert-error" role="alert">
          {describeProblem(error)}
        </p>
        {!missing && (
          <button
            type="button"
            onClick={() => void (cursor.isError ? cursor.refetch() : incident.refetch())}
          >
            Try again
          </button>
        )}
        <p>
          <Link to="/">Back to the incidents</Link>
        </p>
      </section>
    );
  }
  if (!incident.data) {
    return (
      <p role="status" className="muted">
        Loading the incident…
      </p>
    );
  }
  const closed = incident.data.status === 'closed';
  return (
    <div className="incident-page">
      <IncidentHeader incident={incident.data} />
      <WarpPromptBanner incident={incident.data} />
      <FallbackPanel incidentId={id} />
      {lans.isError ? (
        <p className="alert alert-error">{describeProblem(lans.error)}</p>
      ) : lans.data ? (
        <LanBoardPanel incidentId={id} lans={lans.data} closed={closed} />
      ) : (
        <p role="status" className="muted">
          Loading the LAN board…
        </p>
      )}
      <div className="incident-cols">
        <div className="incident-col">
          <TasksPanel incidentId={id} ready={ready} />
          <DirectivesPanel incidentId={id} />
          <DetectionsPanel incidentId={id} />
          <FaultReportsPanel incidentId={id} />
        </div>
        <div className="incident-col">
          <ChartPanel incidentId={id} />
          <TimelinePanel incidentId={id} />
        </div>
      </div>
    </div>
  );
}

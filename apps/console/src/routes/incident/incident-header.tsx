import { useState } from 'react';
import { Link } from 'react-router';
import type { IncidentView } from '../../api/types';
import { useSession, useUser } from '../../auth/session';
import { DueIn } from '../../ui/due';
import { when } from '../../ui/time';
import { HandoverDialog } from './handover-dialog';
import { PostUpdateForm } from './post-update-form';
import { StatusDialog, STATUS_WORDS } from './status-dialog';

/** Reference, title, severity, status, the owner and the next update due; the owner's actions. */
export function IncidentHeader({ incident }: { incident: IncidentView }) {
  const { can } = useSession();
  const user = useUser();
  const [open, setOpen] = useState<'handover' | 'status' | null>(null);
  const commander = can('owner', 'command');
  const mayHandOver = incident.owner.id === user.id || user.roles.includes('admin');
  const closed = incident.status === 'closed';
  return (
    <header className="card incident-head" aria-labelledby="incident-title">
      <div className="spread">
        <div className="incident-head-main">
          <p className="muted incident-ref">
            {incident.reference} · declared {when(incident.createdAt)}
          </p>
          <h1 id="incident-title">{incident.title}</h1>
          <div className="row incident-facts">
            <span className={`badge sev-${incident.severity}`}>Severity {incident.severity}</span>
            <span className={`badge status-${incident.status}`} data-testid="incident-status">
              Status: {STATUS_WORDS[incident.status]}
            </span>
            <span data-testid="incident-owner">
              Owner: <strong>{incident.owner.name}</strong>
              {incident.owner.id === user.id && <span className="muted"> (you)</span>}
            </span>
            {commander && <Link to={`/incidents/${incident.id}/report`}>Report</Link>}
            {can('owner', 'command', 'itu') && (
              <Link to={`/incidents/${incident.id}/plan`}>Print plan</Link>
            )}
            {closed ? (
              <>
                {incident.closedAt && <span>Closed {when(incident.closedAt)}</span>}
                <Link to={`/incidents/${incident.id}/review`}>Post-incident review</Link>
              </>
            ) : (
              <DueIn at={incident.nextUpdateDueAt} />
            )}
          </div>
        </div>
        {commander && !closed && (
          <div className="actions incident-head-actions">
            <Link className="button" to={`/incidents/${incident.id}/broadcast`}>
              Broadcast to staff
            </Link>
            {mayHandOver && (
              <button type="button" onClick={() => setOpen('handover')}>
                Hand over
              </button>
            )}
            <button type="button" onClick={() => setOpen('status')}>
              Change status
            </button>
          </div>
        )}
      </div>
      {incident.summary && <p className="incident-summary">{incident.summary}</p>}
      {commander && !closed && <PostUpdateForm incident={incident} />}
      {open === 'handover' && <HandoverDialog incident={incident} onClose={() => setOpen(null)} />}
      {open === 'status' && <StatusDialog incident={incident} onClose={() => setOpen(null)} />}
    </header>
  );
}

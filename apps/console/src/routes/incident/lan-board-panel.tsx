import { useState } from 'react';
import type { LanPlanView } from '../../api/types';
import { useSession } from '../../auth/session';
import { AddLansDialog } from './add-lans-dialog';
import { useSites } from './directory-queries';
import { byPhase, PHASE_COLUMNS } from './lan-board';
import { LanCard } from './lan-card';

/** One column per phase, a card per LAN; the owner moves each LAN on from its card. */
export function LanBoardPanel({
  incidentId,
  lans,
  closed,
}: {
  incidentId: string;
  lans: LanPlanView[];
  closed: boolean;
}) {
  const { can } = useSession();
  const canAct = can('owner', 'command') && !closed;
  const [adding, setAdding] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  const sites = useSites();
  const siteName = new Map((sites.data?.items ?? []).map((s) => [s.id, s.name]));
  const columns = byPhase(lans);
  return (
    <section className="card lan-board" aria-labelledby="lan-board-title">
      <div className="spread">
        <h2 id="lan-board-title">LANs in the plan ({lans.length})</h2>
        {canAct && (
          <button type="button" onClick={() => setAdding(true)}>
            Add LANs
          </button>
        )}
      </div>
      <p role="status" className="lan-board-outcome">
        {outcome}
      </p>
      {lans.length === 0 ? (
        <p className="muted">
          No LAN is in the plan yet.{' '}
          {canAct ? 'Add the LANs of the affected departments to start.' : ''}
        </p>
      ) : (
        <div className="lan-columns">
          {PHASE_COLUMNS.map((col) => (
            <section
              key={col.phase}
              className={`lan-column phase-${col.phase}`}
              aria-labelledby={`col-${col.phase}`}
              data-testid={`column-${col.phase}`}
            >
              <h3 id={`col-${col.phase}`}>
                {col.title} <span className="muted">({columns[col.phase].length})</span>
              </h3>
              {columns[col.phase].length === 0 && <p className="muted lan-column-empty">None</p>}
              {columns[col.phase].map((lan) => (
                <LanCard
                  key={lan.lanId}
                  incidentId={incidentId}
                  lan={lan}
                  siteName={siteName.get(lan.siteId)}
                  canAct={canAct}
                  onOutcome={setOutcome}
                />
              ))}
            </section>
          ))}
        </div>
      )}
      {adding && (
        <AddLansDialog
          incidentId={incidentId}
          planned={lans}
          onAdded={setOutcome}
          onClose={() => setAdding(false)}
        />
      )}
    </section>
  );
}

import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../../auth/session';
import { ProblemAlert } from '../../ui/problem-alert';
import { STATUS_WORDS } from './campaign-board';
import { AdvisoryForm } from './campaign-advisory-form';
import { useAdvisories, useCampaigns, useStartCampaign } from './campaign-queries';
import type { CampaignSummaryView } from './campaign-types';
import './campaign.css';

/**
 * Advisories and their patch campaigns: the owner and command staff record an
 * advisory and start its campaign (like machines are picked per affected build); every
 * campaign links to its board.
 */
export function CampaignsPage() {
  const { can } = useSession();
  const mayWrite = can('owner', 'command');
  const advisories = useAdvisories();
  const campaigns = useCampaigns();
  const start = useStartCampaign();
  const navigate = useNavigate();
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const byAdvisory = new Map<string, CampaignSummaryView>();
  for (const c of campaigns.data ?? [])
    if (!byAdvisory.has(c.advisoryId)) byAdvisory.set(c.advisoryId, c);
  return (
    <section aria-labelledby="campaigns-title" className="campaigns">
      <div className="spread">
        <h1 id="campaigns-title">Patching</h1>
        <span className="row">
          <Link to="/patching/services">Critical services and their fall-back plans</Link>
          {mayWrite && !adding && (
            <button type="button" className="primary" onClick={() => setAdding(true)}>
              Record an advisory
            </button>
          )}
        </span>
      </div>
      <p className="muted">
        Each patch is tried on a “like” machine of every affected build, approved by the owner, then
        rolled out department by department. Approval adds it to the standard build.
      </p>
      {saved && (
        <p className="alert alert-ok" role="status">
          {saved}
        </p>
      )}
      {adding && (
        <AdvisoryForm
          onDone={(identifier) => {
            setAdding(false);
            setSaved(identifier ? `Advisory ${identifier} recorded.` : null);
          }}
        />
      )}
      <h2>Campaigns</h2>
      <ProblemAlert error={campaigns.error} />
      {campaigns.isPending && <p role="status">Loading the campaigns…</p>}
      {campaigns.isSuccess && campaigns.data.length === 0 && (
        <p className="card muted">No campaign yet: start one from an advisory below.</p>
      )}
      {campaigns.isSuccess && campaigns.data.length > 0 && (
        <div className="table-wrap">
          <table aria-label="Patch campaigns">
            <thead>
              <tr>
                <th scope="col">Advisory</th>
                <th scope="col">Stage</th>
                <th scope="col">Devices patched</th>
                <th scope="col">Failed</th>
                <th scope="col">Started</th>
              </tr>
            </thead>
            <tbody>
              {campaigns.data.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to={`/patching/campaigns/${c.id}`}>
                      {c.identifier}: {c.title}
                    </Link>
                  </td>
                  <td>
                    <span className={`badge campaign-${c.status}`}>{STATUS_WORDS[c.status]}</span>
                  </td>
                  <td>
                    {c.totals.patched} of {c.totals.total}
                  </td>
                  <td>{c.totals.failed}</td>
                  <td>
                    {new Date(c.createdAt).toLocaleDateString('en-GB', {
                      day: 'numeric',
                      month: 'short',
                      year: 'numeric',
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>Advisories</h2>
      <ProblemAlert error={advisories.error ?? start.error} />
      {advisories.isPending && <p role="status">Loading the advisories…</p>}
      {advisories.isSuccess && advisories.data.length === 0 && (
        <p className="card muted">No advisory recorded.</p>
      )}
      <ul className="plain stack advisory-list" aria-label="Advisories">
        {(advisories.data ?? []).map((a) => {
          const campaign = byAdvisory.get(a.id);
          const underWay = campaign && campaign.status !== 'completed';
          return (
            <li key={a.id} className="card" aria-labelledby={`advisory-${a.id}`}>
              <div className="spread">
                <h3 id={`advisory-${a.id}`}>
                  {a.identifier}: {a.title}
                </h3>
                <span className={`badge severity-${a.severity}`}>Severity: {a.severity}</span>
              </div>
              <p className="small">
                Patch <strong>{a.patch}</strong> for {a.affectedBuilds.join('; ')}
              </p>
              {a.summary && <p className="small muted">{a.summary}</p>}
              {underWay ? (
                <Link to={`/patching/campaigns/${campaign.id}`}>
                  Open its campaign ({STATUS_WORDS[campaign.status].toLowerCase()})
                </Link>
              ) : (
                mayWrite && (
                  <button
                    type="button"
                    disabled={start.isPending}
                    onClick={() =>
                      start.mutate(a.id, {
                        onSuccess: (c) => navigate(`/patching/campaigns/${c.id}`),
                      })
                    }
                  >
                    Start a campaign for {a.identifier}
                  </button>
                )
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

import { Link, useParams } from 'react-router';
import { useSession, useUser } from '../../auth/session';
import { ProblemAlert } from '../../ui/problem-alert';
import { campaignSteps, STATUS_WORDS } from './campaign-board';
import { ApprovalPanel } from './campaign-approval-panel';
import { DevicesPanel } from './campaign-devices-panel';
import { HistoryPanel } from './campaign-history-panel';
import { useCampaign, useFollowCampaign } from './campaign-queries';
import { StagesPanel } from './campaign-stages-panel';
import { TestsPanel } from './campaign-tests-panel';
import './campaign.css';

/**
 * A patch campaign's board: like machines with their results, the owner's approval,
 * each department's stage with its counts as bars, and the devices. The owner records
 * results, approves and starts stages; ITU members claim and mark their department's
 * devices. It follows the campaign by polling its events.
 */
export function CampaignPage() {
  const { id = '' } = useParams();
  const board = useCampaign(id);
  const { can } = useSession();
  const me = useUser();
  useFollowCampaign(id, board.data?.lastSeq);
  if (board.isPending) return <p role="status">Loading the campaign…</p>;
  if (board.isError) return <ProblemAlert error={board.error} />;
  const c = board.data;
  const owner = can('owner');
  return (
    <section aria-labelledby="campaign-title" className="campaign">
      <p className="small">
        <Link to="/patching">← Patching</Link>
      </p>
      <div className="spread">
        <h1 id="campaign-title">
          {c.advisory.identifier}: {c.advisory.title}
        </h1>
        <span className={`badge campaign-${c.status}`}>{STATUS_WORDS[c.status]}</span>
      </div>
      <p className="small">
        Patch <strong>{c.advisory.patch}</strong> · severity {c.advisory.severity} · started by{' '}
        {c.createdBy.name}
      </p>
      <ol className="campaign-steps" aria-label="Campaign stages">
        {campaignSteps(c.status).map((s, i) => (
          <li
            key={s.label}
            className={`step-${s.state}`}
            aria-current={s.state === 'current' ? 'step' : undefined}
          >
            <span className="step-number">{i + 1}</span> {s.label}
            <span className="visually-hidden">
              {s.state === 'done' ? ' (done)' : s.state === 'current' ? ' (now)' : ' (to come)'}
            </span>
          </li>
        ))}
      </ol>
      <div className="campaign-board">
        <TestsPanel campaign={c} mayRecord={can('owner', 'command')} />
        <ApprovalPanel campaign={c} mayApprove={owner} />
        <StagesPanel campaign={c} mayStart={owner} />
      </div>
      <DevicesPanel campaign={c} meId={me.id} mayWork={can('command', 'itu')} />
      <HistoryPanel campaign={c} />
    </section>
  );
}

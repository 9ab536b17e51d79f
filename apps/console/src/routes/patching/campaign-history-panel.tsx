import { ProblemAlert } from '../../ui/problem-alert';
import { when } from '../../ui/time';
import { campaignSentence } from './campaign-history';
import { useCampaignHistory } from './campaign-queries';
import type { CampaignView } from './campaign-types';

/** What happened to the campaign, newest first, from its event stream. */
export function HistoryPanel({ campaign: c }: { campaign: CampaignView }) {
  const history = useCampaignHistory(c.id, c.lastSeq);
  const departments = new Map(c.departments.map((d) => [d.departmentId, d.code]));
  const events = [...(history.data ?? [])].reverse();
  return (
    <details className="card campaign-history">
      <summary>
        <h2>History</h2> <span className="small muted">{c.lastSeq} events</span>
      </summary>
      <ProblemAlert error={history.error} />
      <ol className="plain small" aria-label="Campaign history">
        {events.map((e) => (
          <li key={e.seq}>
            <time dateTime={e.at}>{when(e.at)}</time> {campaignSentence(e, departments)}
          </li>
        ))}
      </ol>
    </details>
  );
}

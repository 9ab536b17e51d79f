import { FormEvent, useState } from 'react';
import { fieldError } from '../../ui/field';
import { ProblemAlert } from '../../ui/problem-alert';
import { when } from '../../ui/time';
import { blockerWords } from './campaign-board';
import { useApprove } from './campaign-queries';
import type { CampaignView } from './campaign-types';

/**
 * Stage 2: the owner's approval. While a test has no result or failed, approval needs a
 * reason, which is kept with what it overrode; approval adds the patch to the standard build.
 */
export function ApprovalPanel({
  campaign: c,
  mayApprove,
}: {
  campaign: CampaignView;
  mayApprove: boolean;
}) {
  const [reason, setReason] = useState('');
  const approve = useApprove(c.id);
  const blocked = c.approvalBlockers.length > 0;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    approve.mutate(reason);
  };
  return (
    <section className="card board-column" aria-labelledby="approval-title">
      <h2 id="approval-title">2. Owner’s approval</h2>
      {c.approval ? (
        <>
          <p className="alert alert-ok">
            Approved by {c.approval.approvedBy.name}, {when(c.approval.approvedAt)}.{' '}
            {c.advisory.patch} is now part of the standard build.
          </p>
          {c.approval.overrideReason && (
            <p className="small">
              {c.approval.overridden.length > 0 ? 'Approved over: ' : 'Note: '}
              {c.approval.overridden.map(blockerWords).join('; ')}
              {c.approval.overridden.length > 0 && '. '}“{c.approval.overrideReason}”
            </p>
          )}
        </>
      ) : (
        <>
          {blocked ? (
            <>
              <p className="small">Approval waits for:</p>
              <ul className="small blockers">
                {c.approvalBlockers.map((b) => (
                  <li key={`${b.build}-${b.deviceId}`}>{blockerWords(b)}</li>
                ))}
              </ul>
            </>
          ) : (
            <p className="small">Every affected build passed its test.</p>
          )}
          {mayApprove ? (
            <form onSubmit={submit}>
              {blocked && (
                <label className="small">
                  Reason to approve anyway (10 characters or more)
                  <textarea
                    rows={2}
                    value={reason}
                    onChange={(e) => setReason(e.target.value)}
                    aria-invalid={fieldError(approve.error, 'overrideReason') ? true : undefined}
                  />
                </label>
              )}
              <ProblemAlert error={approve.error} />
              <button type="submit" className="primary" disabled={approve.isPending}>
                {blocked ? 'Approve over the tests' : `Approve ${c.advisory.patch}`}
              </button>
            </form>
          ) : (
            <p className="small muted">The incident owner approves.</p>
          )}
        </>
      )}
    </section>
  );
}

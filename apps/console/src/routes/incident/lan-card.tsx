import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { LanPlanView, ReopenBlockedProblem } from '../../api/types';
import { api } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { Confirm } from '../../ui/confirm';
import { Progress } from '../../ui/progress';
import { clock } from '../../ui/time';
import { incidentKeys } from './keys';
import { blockedTotal, blockerSummary, nextStep, NextStep } from './lan-board';
import { ReopenBlockers } from './reopen-blockers';

interface Props {
  incidentId: string;
  lan: LanPlanView;
  siteName: string | undefined;
  canAct: boolean;
  onOutcome: (text: string) => void;
}

const DONE_WORDS: Record<NextStep['to'], string> = {
  shut_down: 'shut down: its staff are told and a cleanup task is created for each machine',
  cleaning: 'is being cleaned',
  reopened: 'reopened: its staff are told',
};

/** A LAN: how far its machines are, what still holds it shut, and its next step. */
export function LanCard({ incidentId, lan, siteName, canAct, onOutcome }: Props) {
  const qc = useQueryClient();
  const step = nextStep(lan.phase);
  const [confirming, setConfirming] = useState(false);
  const [refusal, setRefusal] = useState<ReopenBlockedProblem | null>(null);
  const blockersHeading = useRef<HTMLHeadingElement>(null);
  const d = lan.devices;
  const blocked = blockedTotal(d.blocked);
  const focusBlockers = useRef(false);
  // once the dialog has gone (a modal makes the rest inert), the refusal gets the focus
  useEffect(() => {
    if (!confirming && focusBlockers.current) {
      focusBlockers.current = false;
      blockersHeading.current?.focus();
    }
  }, [confirming, refusal]);

  const transition = async (reason: string) => {
    if (!step) return;
    try {
      const next = await api.post<LanPlanView>(
        `incidents/${incidentId}/lans/${lan.lanId}/transitions`,
        {
          to: step.to,
          reason: reason || undefined,
        },
      );
      qc.setQueryData<LanPlanView[]>(incidentKeys.lans(incidentId), (rows) =>
        rows?.map((r) => (r.lanId === next.lanId ? { ...r, ...next } : r)),
      );
      setRefusal(null);
      onOutcome(`${lan.code} ${DONE_WORDS[step.to]} (${clock(new Date())}).`);
    } catch (err) {
      if (err instanceof ApiProblem && err.code === 'reopen_blocked') {
        focusBlockers.current = true;
        setRefusal(err.problem as unknown as ReopenBlockedProblem);
        onOutcome(
          `${lan.code} cannot reopen yet: ${blockerSummary((err.problem as unknown as ReopenBlockedProblem).counts)}.`,
        );
        return;
      }
      throw err;
    }
  };

  return (
    <article
      className="lan-card"
      data-testid={`lan-${lan.code}`}
      aria-labelledby={`lan-${lan.lanId}-title`}
    >
      <h4 id={`lan-${lan.lanId}-title`} className="lan-code">
        {lan.code}
      </h4>
      <p className="lan-name">
        {lan.name}
        {siteName && !lan.name.includes(siteName) && <span className="muted"> · {siteName}</span>}
      </p>
      <Progress
        label={`${d.verified} verified, ${d.waived} waived`}
        value={d.verified + d.waived}
        max={d.total}
        tone={lan.phase === 'reopened' ? 'ok' : 'info'}
      />
      {blocked > 0 && lan.phase !== 'reopened' && (
        <p className="lan-blocked">
          <span className="muted">{lan.phase === 'planned' ? 'Known:' : 'Still to clear:'}</span>{' '}
          {lan.phase === 'planned'
            ? blockerSummary({ infected: d.blocked.infected, isolated: d.blocked.isolated }) ||
              'no machine known infected'
            : blockerSummary(d.blocked)}
        </p>
      )}
      {lan.faultReports > 0 && (
        <p className="muted">
          {lan.faultReports} fault report{lan.faultReports === 1 ? '' : 's'}
        </p>
      )}
      <p className="muted lan-since">Since {clock(lan.phaseChangedAt)}</p>
      {canAct && step && (
        <button
          type="button"
          className={step.to === 'shut_down' ? 'danger' : 'primary'}
          onClick={() => setConfirming(true)}
        >
          {step.label}
        </button>
      )}
      {refusal && (
        <ReopenBlockers
          incidentId={incidentId}
          lanCode={lan.code}
          refusal={refusal}
          canAct={canAct}
          headingRef={blockersHeading}
          onOutcome={onOutcome}
        />
      )}
      {confirming && step && (
        <Confirm
          title={`${step.label} ${lan.code}?`}
          reason={step.to === 'shut_down' ? 'required' : 'optional'}
          confirmLabel={step.label}
          danger={step.to === 'shut_down'}
          onConfirm={transition}
          onClose={() => setConfirming(false)}
        >
          <p>{explain(step, lan)}</p>
        </Confirm>
      )}
    </article>
  );
}

function explain(step: NextStep, lan: LanPlanView): string {
  if (step.to === 'shut_down')
    return `${lan.name} goes off the network. Its staff are told (SMS and email), and a cleanup task goes to the department for each of its ${lan.devices.total} machines.`;
  if (step.to === 'cleaning')
    return `The department's IT unit cleans the machines of ${lan.name}; staff see "cleaning" on the status page.`;
  return `${lan.name} reopens only when every machine is verified clean or waived; if not, the machines still holding it shut are listed here.`;
}

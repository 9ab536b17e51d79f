import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { DirectiveView } from '../../api/types';
import { api } from '../../api/client';
import { ProblemAlert } from '../../ui/problem-alert';
import { clock } from '../../ui/time';
import { incidentKeys } from './keys';

interface Props {
  directive: DirectiveView;
  /** The department the signed-in ITU member acknowledges for (its code, e.g. SOC). */
  departmentCode: string;
  /** Told of the directive as the api answers it (e.g. to update another list's cache). */
  onAcknowledged?: (view: DirectiveView) => void;
}

/**
 * "Acknowledge for SOC": one ITU member tells the owner that his department has the
 * directive in hand (`POST /directives/:id/acknowledge`). Shows that it is sending, then
 * who acknowledged and when; the incident page's directives (incidentKeys.directives)
 * take the answer at once, and `onAcknowledged` lets another screen take it too. Renders
 * nothing for a directive the department had acknowledged already; keep it mounted
 * after acknowledging (render it whenever the department is addressed) to show the answer.
 */
export function AcknowledgeDirective({ directive, departmentCode, onAcknowledged }: Props) {
  const qc = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<DirectiveView | null>(null);
  const acknowledge = async () => {
    setBusy(true);
    setError(null);
    try {
      const view = await api.post<DirectiveView>(`directives/${directive.id}/acknowledge`);
      qc.setQueryData<DirectiveView[]>(incidentKeys.directives(directive.incidentId), (list) =>
        list?.map((d) => (d.id === view.id ? view : d)),
      );
      setDone(view);
      onAcknowledged?.(view);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const ours = done?.departments.find((d) => d.code === departmentCode);
  // acknowledged before (by a colleague, or earlier): the directive's own row says by whom
  const already = directive.departments.find((d) => d.code === departmentCode)?.acknowledgedAt;
  if (!done && already) return null;
  if (ours?.acknowledgedAt)
    return (
      <p className="alert alert-ok" role="status">
        Acknowledged for {departmentCode} by {ours.acknowledgedBy?.name ?? 'you'} at{' '}
        {clock(ours.acknowledgedAt)}.
      </p>
    );
  return (
    <div className="ack-directive">
      <button type="button" className="primary" disabled={busy} onClick={() => void acknowledge()}>
        {busy ? 'Acknowledging…' : `Acknowledge for ${departmentCode}`}
      </button>
      <ProblemAlert error={error} />
    </div>
  );
}

import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { EligibleOwnerView, IncidentView, Page } from '../../api/types';
import { api } from '../../api/client';
import { ApiProblem, describeProblem } from '../../api/problem';
import { Confirm } from '../../ui/confirm';
import { incidentKeys } from './keys';

/** Who the incident can go to: the api's eligible owners, or (an older api) the users with the owner role. */
async function eligibleOwners(incidentId: string): Promise<EligibleOwnerView[]> {
  try {
    return (
      await api.get<Page<EligibleOwnerView>>(`incidents/${incidentId}/eligible-owners`, {
        limit: 500,
      })
    ).items;
  } catch (err) {
    if (!(err instanceof ApiProblem && err.status === 404)) throw err;
    return (await api.get<Page<EligibleOwnerView>>('users', { role: 'owner', limit: 500 })).items;
  }
}

/** Explicit handover to a named person, with a reason; both owners are told. */
export function HandoverDialog({
  incident,
  onClose,
}: {
  incident: IncidentView;
  onClose: () => void;
}) {
  const qc = useQueryClient();
  const [toUserId, setToUserId] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const people = useQuery({
    queryKey: [...incidentKeys.incident(incident.id), 'eligible-owners'],
    queryFn: () => eligibleOwners(incident.id),
  });
  const options = (people.data ?? []).filter((p) => p.id !== incident.owner.id);
  return (
    <Confirm
      title={`Hand over ${incident.reference}`}
      reason="required"
      confirmLabel="Hand over"
      onClose={onClose}
      onConfirm={async (reason) => {
        setFieldError(undefined);
        try {
          const next = await api.post<IncidentView>(`incidents/${incident.id}/handover`, {
            toUserId,
            reason,
          });
          qc.setQueryData(incidentKeys.incident(incident.id), next);
        } catch (err) {
          if (err instanceof ApiProblem) setFieldError(err.field('toUserId'));
          throw err;
        }
      }}
    >
      <p>
        Now owned by <strong>{incident.owner.name}</strong>. The new owner is told at once and
        becomes the one person everyone sees in charge.
      </p>
      <label className="field">
        <span>New owner</span>
        <select
          name="toUserId"
          required
          value={toUserId}
          onChange={(e) => setToUserId(e.target.value)}
          aria-invalid={fieldError ? true : undefined}
          disabled={people.isPending}
        >
          <option value="">{people.isPending ? 'Loading…' : 'Choose a person'}</option>
          {options.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({p.email})
            </option>
          ))}
        </select>
        {fieldError && <span className="field-error">{fieldError}</span>}
        {people.isError && <span className="field-error">{describeProblem(people.error)}</span>}
        {people.isSuccess && options.length === 0 && (
          <span className="muted">Nobody else may own this incident.</span>
        )}
      </label>
    </Confirm>
  );
}

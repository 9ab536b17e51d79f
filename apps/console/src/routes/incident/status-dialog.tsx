import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { INCIDENT_STATUSES } from '@cordon/contracts';
import type { IncidentStatus, IncidentView } from '../../api/types';
import { api } from '../../api/client';
import { useUser } from '../../auth/session';
import { Confirm } from '../../ui/confirm';
import { incidentKeys } from './keys';

export const STATUS_WORDS: Record<IncidentStatus, string> = {
  active: 'Active',
  contained: 'Contained',
  recovered: 'Recovered',
  closed: 'Closed',
};

/** Moves the incident's status; closing is refused (409 close_blocked, in words) while LANs are down or tasks open. */
export function StatusDialog({
  incident,
  onClose,
}: {
  incident: IncidentView;
  onClose: () => void;
}) {
  const qc = useQueryClient();
  const user = useUser();
  const choices = INCIDENT_STATUSES.filter((s) => s !== incident.status);
  const [to, setTo] = useState<IncidentStatus>(choices[0]);
  const [force, setForce] = useState(false);
  const isOwner = incident.owner.id === user.id;
  return (
    <Confirm
      title={`Change the status of ${incident.reference}`}
      reason="optional"
      confirmLabel="Change status"
      danger={to === 'closed'}
      onClose={onClose}
      onConfirm={async (reason) => {
        const body = {
          to,
          reason: reason || undefined,
          force: to === 'closed' && force ? true : undefined,
        };
        const next = await api.post<IncidentView>(`incidents/${incident.id}/status`, body);
        qc.setQueryData(incidentKeys.incident(incident.id), next);
      }}
    >
      <p>
        Now: <strong>{STATUS_WORDS[incident.status]}</strong>.
      </p>
      <label className="field">
        <span>New status</span>
        <select value={to} onChange={(e) => setTo(e.target.value as IncidentStatus)}>
          {choices.map((s) => (
            <option key={s} value={s}>
              {STATUS_WORDS[s]}
            </option>
          ))}
        </select>
      </label>
      {to === 'closed' && (
        <>
          <p className="muted">
            An incident closes once every LAN has reopened and every task is finished.
          </p>
          {isOwner && (
            <label className="check">
              <input type="checkbox" checked={force} onChange={(e) => setForce(e.target.checked)} />
              <span>Close anyway, with a reason (LANs still down or tasks open)</span>
            </label>
          )}
        </>
      )}
    </Confirm>
  );
}

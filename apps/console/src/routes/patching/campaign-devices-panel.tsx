import { useState } from 'react';
import { Link } from 'react-router';
import { ProblemAlert } from '../../ui/problem-alert';
import { DEVICE_STATUS_WORDS, DeviceAction, deviceActions } from './campaign-board';
import { useDeviceCommand, useRolloutDevices } from './campaign-queries';
import type { CampaignView, RolloutDeviceView } from './campaign-types';

const ACTION_WORDS: Record<DeviceAction, string> = {
  claim: 'Claim',
  patched: 'Mark patched',
  failed: 'Mark failed',
  release: 'Release',
};

/**
 * The devices of the started stages (an ITU member's own department's only): claim one,
 * then mark it patched or failed with a note. A failed live server links its incident.
 */
export function DevicesPanel({
  campaign: c,
  meId,
  mayWork,
}: {
  campaign: CampaignView;
  meId: string;
  mayWork: boolean;
}) {
  const started = c.departments.some((d) => d.stage);
  const devices = useRolloutDevices(c.id, started);
  return (
    <section className="card" aria-labelledby="devices-title">
      <h2 id="devices-title">Devices</h2>
      {!started && (
        <p className="small muted">Devices appear here when a department’s stage starts.</p>
      )}
      <ProblemAlert error={devices.error} />
      {devices.isSuccess && (
        <div className="table-wrap">
          <table aria-label="Rollout devices" className="rollout-devices">
            <thead>
              <tr>
                <th scope="col">Device</th>
                <th scope="col">State</th>
                <th scope="col">Who, note</th>
                {mayWork && <th scope="col">Actions</th>}
              </tr>
            </thead>
            <tbody>
              {devices.data.map((d) => (
                <DeviceRow key={d.deviceId} campaignId={c.id} d={d} meId={meId} mayWork={mayWork} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function DeviceRow({
  campaignId,
  d,
  meId,
  mayWork,
}: {
  campaignId: string;
  d: RolloutDeviceView;
  meId: string;
  mayWork: boolean;
}) {
  const [note, setNote] = useState('');
  const command = useDeviceCommand(campaignId);
  const actions = deviceActions(d, meId, mayWork);
  const who = d.completedBy ?? d.claimedBy;
  return (
    <tr data-testid={`device-${d.hostname}`} className={`device-${d.status}`}>
      <th scope="row">
        {d.hostname}
        <br />
        <span className="small muted">{d.os}</span>
      </th>
      <td>
        <span className={`badge status-${d.status}`}>{DEVICE_STATUS_WORDS[d.status]}</span>
        {d.linkedIncident && (
          <>
            <br />
            <Link to={`/incidents/${d.linkedIncident.incidentId}`}>
              Incident {d.linkedIncident.reference}
            </Link>
          </>
        )}
      </td>
      <td className="small">
        {who?.name ?? '—'}
        {d.note && <> · “{d.note}”</>}
      </td>
      {mayWork && (
        <td>
          {actions.length > 0 && (
            <div className="device-actions">
              {(actions.includes('patched') || actions.includes('failed')) && (
                <input
                  aria-label={`Note on ${d.hostname}`}
                  placeholder="Note (needed when failed)"
                  value={note}
                  onChange={(e) => setNote(e.target.value)}
                />
              )}
              <span className="row">
                {actions.map((a) => (
                  <button
                    key={a}
                    type="button"
                    className={a === 'failed' ? 'danger' : undefined}
                    disabled={command.isPending}
                    aria-label={`${ACTION_WORDS[a]}: ${d.hostname}`}
                    onClick={() => command.mutate({ deviceId: d.deviceId, action: a, note })}
                  >
                    {ACTION_WORDS[a]}
                  </button>
                ))}
              </span>
              <ProblemAlert error={command.error} />
            </div>
          )}
        </td>
      )}
    </tr>
  );
}

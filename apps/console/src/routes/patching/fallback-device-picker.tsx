import { useState } from 'react';
import { ProblemAlert } from '../../ui/problem-alert';
import type { ServerChoice } from './fallback-form';
import { useDeviceSearch } from './fallback-queries';

/** Finds a device by host name and offers each match as a button ("Add soc-mail-1"). */
export function DevicePicker({
  label,
  verb,
  exclude,
  onPick,
  describedBy,
}: {
  label: string;
  verb: string;
  exclude: readonly string[];
  onPick: (device: ServerChoice) => void;
  describedBy?: string;
}) {
  const [q, setQ] = useState('');
  const found = useDeviceSearch(q);
  const matches = (found.data ?? []).filter((d) => !exclude.includes(d.id));
  return (
    <div className="device-picker">
      <label className="small">
        {label}
        <input
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder="part of a host name, e.g. srv"
          aria-describedby={describedBy}
          autoComplete="off"
        />
      </label>
      <ProblemAlert error={found.error} />
      {q.trim().length >= 2 && found.isSuccess && matches.length === 0 && (
        <p className="small muted">No other device’s host name holds “{q.trim()}”.</p>
      )}
      {matches.length > 0 && (
        <ul className="chips" aria-label={`Devices matching ${q.trim()}`}>
          {matches.map((d) => (
            <li key={d.id}>
              <button
                type="button"
                className="link"
                onClick={() => {
                  onPick({ id: d.id, hostname: d.hostname });
                  setQ('');
                }}
              >
                {verb} {d.hostname}
              </button>
              <span className="small muted">{d.os ?? 'OS not recorded'}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

import { ProblemAlert } from '../../ui/problem-alert';
import { DevicePicker } from './fallback-device-picker';
import { useSetTestDevices } from './campaign-queries';
import type { CampaignView } from './campaign-types';

/**
 * The owner's own choice of like machines while testing: remove one, or find another
 * by host name; the api accepts only devices of a build the advisory affects (the
 * refusal is shown here). Results of the machines kept stay.
 */
export function TestDevicesEditor({ campaign: c }: { campaign: CampaignView }) {
  const save = useSetTestDevices(c.id);
  const ids = c.testDevices.map((t) => t.deviceId);
  return (
    <details className="test-devices-editor">
      <summary>Choose other like machines</summary>
      <ul className="plain chips" aria-label="Like machines chosen">
        {c.testDevices.map((t) => (
          <li key={t.deviceId}>
            {t.hostname}{' '}
            <button
              type="button"
              className="link"
              disabled={ids.length === 1 || save.isPending}
              aria-label={`Remove ${t.hostname}`}
              onClick={() => save.mutate(ids.filter((id) => id !== t.deviceId))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <DevicePicker
        label="Find a like machine"
        verb="Test on"
        exclude={ids}
        onPick={(d) => save.mutate([...ids, d.id])}
      />
      <ProblemAlert error={save.error} />
    </details>
  );
}

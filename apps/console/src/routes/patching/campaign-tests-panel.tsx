import { useState } from 'react';
import { ProblemAlert } from '../../ui/problem-alert';
import { resultWords } from './campaign-board';
import { useRecordTest } from './campaign-queries';
import { TestDevicesEditor } from './campaign-test-devices-editor';
import type { CampaignTestDeviceView, CampaignView, TestResult } from './campaign-types';

/** Stage 1: the like machines, one or more per affected build, and what each test found. */
export function TestsPanel({
  campaign: c,
  mayRecord,
}: {
  campaign: CampaignView;
  mayRecord: boolean;
}) {
  const open = mayRecord && c.status === 'testing';
  return (
    <section className="card board-column" aria-labelledby="tests-title">
      <h2 id="tests-title">1. Test on like machines</h2>
      {c.buildsWithoutDevices.length > 0 && (
        <p className="small muted">
          No device runs {c.buildsWithoutDevices.join('; ')}: nothing to test or patch there.
        </p>
      )}
      <ul className="plain stack" aria-label="Test devices">
        {c.testDevices.map((t) => (
          <TestDevice key={t.deviceId} campaignId={c.id} test={t} open={open} />
        ))}
      </ul>
      {open && <TestDevicesEditor campaign={c} />}
    </section>
  );
}

function TestDevice({
  campaignId,
  test: t,
  open,
}: {
  campaignId: string;
  test: CampaignTestDeviceView;
  open: boolean;
}) {
  const [note, setNote] = useState(t.note ?? '');
  const record = useRecordTest(campaignId);
  const send = (result: TestResult) => () => record.mutate({ deviceId: t.deviceId, result, note });
  const tone = t.result === 'passed' ? 'ok' : t.result === 'failed' ? 'bad' : 'wait';
  return (
    <li className={`test-device result-${tone}`} data-testid={`test-${t.hostname}`}>
      <div className="spread">
        <strong>{t.hostname}</strong>
        <span className={`badge result-${tone}`}>{resultWords(t)}</span>
      </div>
      <span className="small muted">{t.os}</span>
      {t.note && <p className="small">“{t.note}”</p>}
      {open && (
        <div className="test-form" role="group" aria-label={`Result of ${t.hostname}`}>
          <label className="small">
            Note on {t.hostname}
            <input
              value={note}
              onChange={(e) => setNote(e.target.value)}
              placeholder="What the test showed"
            />
          </label>
          <span className="row">
            <button type="button" disabled={record.isPending} onClick={send('passed')}>
              Passed
            </button>
            <button type="button" disabled={record.isPending} onClick={send('failed')}>
              Failed
            </button>
          </span>
          <ProblemAlert error={record.error} />
        </div>
      )}
    </li>
  );
}

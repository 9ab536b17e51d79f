import { FormEvent, useEffect, useId, useRef, useState } from 'react';
import type {
  BroadcastAccepted,
  BroadcastAudience,
  BroadcastChannel,
  CreateBroadcastRequest,
  IncidentView,
} from '../../api/types';
import { api } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { Confirm } from '../../ui/confirm';
import { AudiencePicker } from './audience-picker';
import {
  confirmQuestion,
  defaultDraft,
  Draft,
  fingerprint,
  isEmptyAudience,
  KeyedDraft,
  keyFor,
} from './compose';
import { ReachPreview, useReach } from './reach-preview';
import { SmsField } from './sms-field';

/** A fresh key; randomUUID needs a secure context, the fallback does not. */
function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

interface Props {
  incident: IncidentView;
  onSent: (accepted: BroadcastAccepted) => void;
}

/**
 * Writes a broadcast: audience, message, SMS text, channels, acknowledgement. The reach
 * is shown before sending; the send is confirmed in numbers; one Idempotency-Key per
 * composed message, so a second click (or a retry after a lost answer) sends once.
 */
export function Composer({ incident, onSent }: Props) {
  const id = useId();
  const [audience, setAudience] = useState<BroadcastAudience>({ all: true });
  const [channels, setChannels] = useState<BroadcastChannel[]>(['email', 'sms']);
  const [draft, setDraft] = useState<Draft>(() => defaultDraft(incident));
  const [touched, setTouched] = useState(false);
  const [requireAck, setRequireAck] = useState(true);
  const [escalate, setEscalate] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [checked, setChecked] = useState(false);
  const [sentPrint, setSentPrint] = useState<string | null>(null);
  const keyed = useRef<KeyedDraft | null>(null);

  // the next update moved (an update was posted) and the text is still ours: follow it
  useEffect(() => {
    if (!touched) setDraft(defaultDraft(incident));
  }, [incident.nextUpdateDueAt]);

  const request: CreateBroadcastRequest = {
    audience,
    channels,
    subject: draft.subject,
    body: draft.body,
    smsBody: channels.includes('sms') && draft.smsBody.trim() ? draft.smsBody : undefined,
    requireAck,
    escalateAfterMinutes:
      requireAck && channels.length === 2 && escalate ? Number(escalate) : undefined,
  };
  const print = fingerprint(request);
  keyed.current = keyFor(keyed.current, print, newKey);
  const reach = useReach(incident.id, { audience, channels, requireAck });

  const problem = error instanceof ApiProblem ? error : null;
  const fieldError = (name: string) =>
    problem?.field(name) ??
    (problem?.problem.errors ?? []).find((e) => e.field.startsWith(`${name}.`))?.message;
  const local = {
    audience: isEmptyAudience(audience)
      ? 'Choose all staff, or at least one department, site or LAN.'
      : undefined,
    channels: channels.length === 0 ? 'Choose email, SMS or both.' : undefined,
    subject: draft.subject.trim() ? undefined : 'Write a subject.',
    body: draft.body.trim() ? undefined : 'Write the message.',
  };
  const shown = (name: keyof typeof local) =>
    (checked ? local[name] : undefined) ?? fieldError(name);
  const edit = (patch: Partial<Draft>) => {
    setTouched(true);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const toggleChannel = (c: BroadcastChannel, on: boolean) =>
    setChannels((all) =>
      on ? [...all.filter((x) => x !== c), c].sort() : all.filter((x) => x !== c),
    );

  const askToSend = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    setError(null);
    if (Object.values(local).some(Boolean)) return;
    setConfirming(true);
  };
  const send = async () => {
    try {
      const accepted = await api.post<BroadcastAccepted>(
        `incidents/${incident.id}/broadcasts`,
        request,
        {
          'Idempotency-Key': keyed.current?.key ?? newKey(),
        },
      );
      setSentPrint(print);
      onSent(accepted);
    } catch (err) {
      setError(err);
      throw err;
    }
  };

  return (
    <>
      <form className="composer" onSubmit={askToSend} noValidate aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>Compose</h2>
        <div className="composer-grid">
          <div>
            <AudiencePicker value={audience} onChange={setAudience} error={shown('audience')} />
            <fieldset aria-invalid={shown('channels') ? true : undefined}>
              <legend>Channels</legend>
              <div className="row">
                <label className="check">
                  <input
                    type="checkbox"
                    checked={channels.includes('email')}
                    onChange={(e) => toggleChannel('email', e.target.checked)}
                  />
                  Email
                </label>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={channels.includes('sms')}
                    onChange={(e) => toggleChannel('sms', e.target.checked)}
                  />
                  SMS
                </label>
              </div>
              {shown('channels') && <p className="field-error">{shown('channels')}</p>}
            </fieldset>
            <label className="check">
              <input
                type="checkbox"
                checked={requireAck}
                onChange={(e) => setRequireAck(e.target.checked)}
              />
              Require acknowledgement (a link by email, "Reply YES" by SMS)
            </label>
            {requireAck && channels.length === 2 && (
              <label className="field">
                <span>Escalate to the other channel after (minutes, optional)</span>
                <input
                  type="number"
                  min={1}
                  max={10080}
                  inputMode="numeric"
                  value={escalate}
                  onChange={(e) => setEscalate(e.target.value)}
                  aria-invalid={fieldError('escalateAfterMinutes') ? true : undefined}
                />
                {fieldError('escalateAfterMinutes') && (
                  <span className="field-error">{fieldError('escalateAfterMinutes')}</span>
                )}
              </label>
            )}
          </div>
          <ReachPreview reach={reach} channels={channels} />
        </div>
        <label className="field">
          <span>Subject</span>
          <input
            value={draft.subject}
            maxLength={200}
            onChange={(e) => edit({ subject: e.target.value })}
            aria-invalid={shown('subject') ? true : undefined}
          />
          {shown('subject') && <span className="field-error">{shown('subject')}</span>}
        </label>
        <label className="field">
          <span>Message (email)</span>
          <textarea
            value={draft.body}
            rows={12}
            maxLength={5000}
            onChange={(e) => edit({ body: e.target.value })}
            aria-invalid={shown('body') ? true : undefined}
            aria-describedby={`${id}-vars`}
          />
          {shown('body') && <span className="field-error">{shown('body')}</span>}
        </label>
        <p id={`${id}-vars`} className="muted small">
          Filled in for each person: {'{{name}}'}, {'{{reference}}'} ({incident.reference}),{' '}
          {'{{title}}'}, {'{{lan}}'}, {'{{nextUpdate}}'}, {'{{ackLink}}'}.
        </p>
        {channels.includes('sms') && (
          <SmsField
            value={draft.smsBody}
            onChange={(smsBody) => edit({ smsBody })}
            requireAck={requireAck}
            incident={incident}
            error={fieldError('smsBody')}
          />
        )}
        {sentPrint === print && (
          <p className="alert alert-info">
            This message has been sent. Sending it again shows the same broadcast; change it to send
            another.
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary">
            Send broadcast
          </button>
        </div>
      </form>
      {confirming && (
        <Confirm
          title={confirmQuestion(
            reach.data && !reach.settling ? reach.data.recipients : null,
            channels,
          )}
          confirmLabel="Send"
          onConfirm={send}
          onClose={() => setConfirming(false)}
        >
          <p>
            <strong>{renderedSubject(draft.subject, incident)}</strong>
          </p>
          <p className="muted small">
            {requireAck ? 'Acknowledgement is asked for.' : 'No acknowledgement is asked for.'} A
            broadcast cannot be recalled once sent.
          </p>
        </Confirm>
      )}
    </>
  );
}

const renderedSubject = (subject: string, incident: IncidentView) =>
  subject
    .replace(/\{\{\s*reference\s*\}\}/g, incident.reference)
    .replace(/\{\{\s*title\s*\}\}/g, incident.title);

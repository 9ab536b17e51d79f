import { FormEvent, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { denyList, findIdentifiers } from '@cordon/domain';
import { api } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { Field, otherError } from '../../ui/field';
import { ProblemAlert } from '../../ui/problem-alert';
import { clock } from '../../ui/time';
import {
  answeredWords,
  sendingWords,
  warpFilename,
  warpKeys,
  WarpPrompt,
  WarpSentView,
} from './warp-words';

const KIND_WORDS: Record<string, string> = {
  name: 'a person’s name',
  email: 'an email address',
  mobile: 'a phone number',
  hostname: 'a machine’s hostname',
  ip: 'an IP address',
  department: 'a department’s name or code',
  site: 'a site’s name, code or address',
  lan: 'a LAN’s name or code',
};

/** No known names here: only the shapes of emails, IP addresses and phone numbers are found. */
const NOTHING_KNOWN = denyList([]);

/** Saves text as a file in the browser (the summary recorded as sent by hand). */
export function saveFile(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/**
 * The owner's narrative and the Send button: emailed to the WARP address when Cordon has
 * one, otherwise downloaded and recorded as sent by hand. A narrative that names anyone or
 * anything is refused, and the refusal says what it found.
 */
export function WarpSendForm(props: {
  incidentId: string;
  reference: string;
  names: boolean;
  warpEmail: string | null;
  open: WarpPrompt[];
  narrative: string;
  onNarrative: (text: string) => void;
}) {
  const qc = useQueryClient();
  const { narrative, onNarrative: setNarrative } = props;
  const shapes = findIdentifiers(narrative, NOTHING_KNOWN);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const refused = error instanceof ApiProblem && error.code === 'unprocessable' ? error : null;
  const kinds = (refused?.problem['kinds'] as string[] | undefined) ?? [];
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const sent = await api.post<WarpSentView>(`incidents/${props.incidentId}/warp/sendings`, {
        departmentNames: props.names,
        ...(narrative.trim() ? { narrative } : {}),
        ...(props.open[0] ? { promptId: props.open[0].id } : {}),
      });
      if (sent.sending.via === 'by_hand')
        saveFile(sent.markdown, warpFilename(props.reference, 'md'), 'text/markdown');
      setDone(
        `${sendingWords(sent.sending)} at ${clock(sent.sending.at)}; answers: ${answeredWords(sent.sending.answers)}.`,
      );
      for (const key of [warpKeys.prompts(props.incidentId), warpKeys.sendings(props.incidentId)])
        void qc.invalidateQueries({ queryKey: key, exact: true });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const narrativeError = refused
    ? `Not sent: the narrative names ${kinds.map((k) => KIND_WORDS[k] ?? k).join(', ')}. Take it out and send again; a WARP summary must identify nobody and nothing in the council.`
    : error instanceof ApiProblem
      ? error.field('narrative')
      : undefined;
  return (
    <form className="warp-send" onSubmit={submit}>
      <Field
        label="Your words for the WARP (optional)"
        hint={`Added under “From the incident owner”. No names, emails, phone numbers, hostnames, IP addresses, sites or LANs${props.names ? '' : ', and no department names'}: it is checked before it goes.`}
        error={narrativeError}
      >
        {(c) => (
          <textarea
            {...c}
            name="narrative"
            rows={4}
            maxLength={4000}
            value={narrative}
            onChange={(e) => setNarrative(e.target.value)}
          />
        )}
      </Field>
      {shapes.length > 0 && !narrativeError && (
        <p className="alert alert-info">
          This looks like it holds {shapes.map((k) => KIND_WORDS[k] ?? k).join(', ')}: it will be
          refused when you send.
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy
            ? 'Sending…'
            : props.warpEmail
              ? `Send to ${props.warpEmail}`
              : 'Download and record as sent'}
        </button>
      </div>
      <p className="muted small">
        {props.warpEmail
          ? 'Emailed as plain text (the preview below), with the summary’s fingerprint recorded on the incident.'
          : 'No WARP address is set up (WARP_EMAIL): the summary is downloaded for you to pass on, and recorded on the incident as sent by hand.'}
      </p>
      <p role="status" className="muted">
        {done}
      </p>
      <ProblemAlert error={otherError(error, ['narrative'])} />
    </form>
  );
}

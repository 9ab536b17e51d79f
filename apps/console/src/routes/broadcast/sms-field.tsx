import { useId } from 'react';
import type { IncidentView } from '../../api/types';
import { smsLength } from './compose';

interface Props {
  value: string;
  onChange: (text: string) => void;
  requireAck: boolean;
  incident: Pick<IncidentView, 'reference' | 'title'>;
  error?: string;
}

/** The broadcast's own short SMS text, with its length in segments as the phone counts it. */
export function SmsField({ value, onChange, requireAck, incident, error }: Props) {
  const id = useId();
  const sms = smsLength(value, requireAck, incident);
  const long = sms.segments > 2;
  return (
    <label className="field">
      <span>SMS text</span>
      <textarea
        value={value}
        rows={3}
        maxLength={1000}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={`${id}-length`}
        aria-invalid={error ? true : undefined}
      />
      <span id={`${id}-length`} className={`small ${long ? 'sms-long' : 'muted'}`}>
        {`${sms.characters} characters · ${sms.segments} SMS segment${sms.segments === 1 ? '' : 's'}`}
        {sms.encoding === 'UCS-2'
          ? ' (UCS-2: a character outside the basic SMS set halves the length)'
          : ' (GSM-7)'}
        {requireAck ? ', with "Reply YES…" added' : ''}
        {long ? ' — long: each segment is charged and may arrive split' : ''}
      </span>
      {error && <span className="field-error">{error}</span>}
    </label>
  );
}

/**
 * The WARP's events and the owner's decisions in one sentence each, for the incident's
 * timeline. Pure; null for any other event.
 */
import type { EventView } from '../../api/types';
import { answeredWords } from './warp-words';

type Data = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));
const nameOf = (v: unknown): string => str((v as Data | null)?.['name']);
const short = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

export function describeWarpEvent(event: EventView, who: string): string | null {
  const d = event.data as Data;
  switch (event.type) {
    case 'incident.decision_marked':
      return `${nameOf(d['markedBy']) || who} marked a decision: '${short(str(d['text']), 120)}'`;
    case 'warp.summary_sent': {
      const answers = Array.isArray(d['answers']) ? (d['answers'] as string[]) : [];
      const answering = answers.length ? ` (moments: ${answeredWords(answers)})` : '';
      const by = nameOf(d['sentBy']) || who;
      return d['via'] === 'email' && str(d['to'])
        ? `${by} sent a WARP summary to ${str(d['to'])}${answering}`
        : `${by} recorded a WARP summary as sent by hand (downloaded)${answering}`;
    }
    case 'warp.summary_emailed':
      return `The mail server accepted the WARP summary for ${str(d['to']) || 'the WARP'}`;
    case 'warp.email_failed':
      return `The WARP summary could not be emailed to ${str(d['to']) || 'the WARP'}: ${short(str(d['error']), 100)}`;
    default:
      return null;
  }
}

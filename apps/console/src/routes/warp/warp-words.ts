/** The WARP screens' words and the events that change what they show (pure, tested). */
import type { components } from '../../api/schema';

type Schemas = components['schemas'];
export type WarpPreviewView = Schemas['WarpPreviewView'];
export type WarpPrompt = Schemas['WarpPrompt'];
export type WarpSendingView = Schemas['WarpSendingView'];
export type WarpSentView = Schemas['WarpSentView'];
export type DecisionView = Schemas['DecisionView'];

export const warpKeys = {
  preview: (id: string, names: boolean) => ['incident', id, 'warp', names ? 'names' : 'letters'],
  prompts: (id: string) => ['incident', id, 'warp-prompts'] as const,
  sendings: (id: string) => ['incident', id, 'warp-sendings'] as const,
};

/** Events after which the summary, its prompts or its sendings read differently. */
const PROMPT_EVENTS = new Set([
  'incident.created',
  'detection.recorded',
  'incident.decision_marked',
  'lan.planned',
  'lan.phase_changed',
  'incident.status_changed',
  'warp.summary_sent',
]);
const SENDING_EVENTS = new Set(['warp.summary_sent', 'warp.summary_emailed', 'warp.email_failed']);
/** Per-machine chatter that changes no figure of the summary. */
const QUIET_EVENTS = new Set([
  'broadcast.progress',
  'broadcast.acknowledged',
  'broadcast.reply_received',
  'broadcast.sending',
  'task.claimed',
  'task.unclaimed',
]);

export const changesPrompts = (type: string): boolean => PROMPT_EVENTS.has(type);
export const changesSendings = (type: string): boolean => SENDING_EVENTS.has(type);
export const changesSummary = (type: string): boolean => !QUIET_EVENTS.has(type);

/** How a sending went, in words: where to, and whether the mail server has it yet. */
export function sendingWords(s: WarpSendingView): string {
  if (s.via === 'by_hand') return 'Recorded as sent by hand (downloaded)';
  if (s.failed) return `Email to ${s.to} failed: ${s.failed}`;
  return s.delivered ? `Emailed to ${s.to}` : `Email to ${s.to} waiting to go`;
}

const MOMENT_WORDS: Record<WarpPrompt['moment'], string> = {
  declared: 'declared',
  first_detection: 'first detection',
  decision: 'decision',
  recovery: 'all LANs reopened',
  resolved: 'recovered',
};

/** The moments a sending answered, from its prompt ids (`<moment>:<seq>`). */
export function answeredWords(answers: readonly string[]): string {
  const moments = answers.map((a) => a.split(':')[0] as WarpPrompt['moment']);
  const words = [...new Set(moments.map((m) => MOMENT_WORDS[m] ?? m))];
  return words.length ? words.join(', ') : 'no open prompt';
}

export const openPrompts = (prompts: readonly WarpPrompt[]): WarpPrompt[] =>
  prompts.filter((p) => p.answeredBySeq === null);

/** The file a downloaded summary is saved as. */
export const warpFilename = (reference: string, format: 'md' | 'json'): string =>
  `${reference}-warp.${format}`;

import type { WarpMoment, WarpPrompt } from '@cordon/contracts';
import { invalidField } from '../errors/invalid-field';

/** An event of the incident's log, as the WARP rules read it. */
export interface WarpLogEvent {
  seq: number;
  at: string;
  type: string;
  data: unknown;
}

const LABELS: Record<WarpMoment, string> = {
  declared: 'The incident was declared',
  first_detection: 'The threat was first detected on a machine',
  decision: 'The owner marked a decision',
  recovery: 'Every LAN in the plan has reopened',
  resolved: 'The incident was marked recovered',
};

const field = (data: unknown, name: string): unknown =>
  typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[name] : undefined;

/**
 * The moments the owner should feed the WARP, read from the log in seq order: the
 * declaration, the first detection, each decision the owner marks, each time every
 * planned LAN stands reopened, and the first move to recovered or closed. A
 * `warp.summary_sent` answers every prompt raised before it.
 */
export function warpPrompts(events: readonly WarpLogEvent[]): WarpPrompt[] {
  const prompts: WarpPrompt[] = [];
  const raise = (moment: WarpMoment, e: WarpLogEvent, label = LABELS[moment]) =>
    prompts.push({
      id: `${moment}:${e.seq}`,
      moment,
      seq: e.seq,
      at: e.at,
      label,
      answeredBySeq: null,
    });
  const phases = new Map<string, string>();
  let detected = false;
  let allReopened = false;
  let resolved = false;
  for (const e of [...events].sort((a, b) => a.seq - b.seq)) {
    switch (e.type) {
      case 'incident.created':
        raise('declared', e);
        break;
      case 'detection.recorded':
        if (!detected) raise('first_detection', e);
        detected = true;
        break;
      case 'incident.decision_marked':
        raise('decision', e);
        break;
      case 'lan.planned':
        phases.set(String(field(e.data, 'lanId')), 'planned');
        allReopened = false;
        break;
      case 'lan.phase_changed': {
        phases.set(String(field(e.data, 'lanId')), String(field(e.data, 'to')));
        const now = phases.size > 0 && [...phases.values()].every((p) => p === 'reopened');
        if (now && !allReopened) raise('recovery', e);
        allReopened = now;
        break;
      }
      case 'incident.status_changed': {
        const to = field(e.data, 'to');
        if (!resolved && (to === 'recovered' || to === 'closed'))
          raise('resolved', e, to === 'closed' ? 'The incident was closed' : LABELS.resolved);
        if (to === 'recovered' || to === 'closed') resolved = true;
        break;
      }
      case 'warp.summary_sent':
        for (const p of prompts) if (p.answeredBySeq === null) p.answeredBySeq = e.seq;
        break;
    }
  }
  return prompts;
}

export const openWarpPrompts = (prompts: readonly WarpPrompt[]): WarpPrompt[] =>
  prompts.filter((p) => p.answeredBySeq === null);

/**
 * What a sending answers: the prompt it names (which must exist), then every prompt still
 * open. An unknown id is refused naming the field.
 */
export function warpSendingAnswers(
  prompts: readonly WarpPrompt[],
  promptId: string | undefined,
): WarpPrompt[] {
  const named = promptId === undefined ? null : prompts.find((p) => p.id === promptId);
  if (promptId !== undefined && !named)
    throw invalidField('promptId', `no prompt ${promptId} on this incident`);
  const open = openWarpPrompts(prompts).filter((p) => p !== named);
  return named ? [named, ...open] : open;
}

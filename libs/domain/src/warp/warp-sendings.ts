import type { WarpSendingView } from '@cordon/contracts';
import { dataOf } from './warp-log';
import type { WarpLogEvent } from './warp-prompts';

/**
 * Each sending of a WARP summary, newest first, from the log: `warp.summary_sent`, and
 * for an email whether the worker has handed it to the mail server (`warp.summary_emailed`)
 * or given up (`warp.email_failed`).
 */
export function warpSendings(events: readonly WarpLogEvent[]): WarpSendingView[] {
  const sendings = new Map<string, WarpSendingView>();
  for (const e of [...events].sort((a, b) => a.seq - b.seq)) {
    const sent = dataOf(e, 'warp.summary_sent');
    if (sent)
      sendings.set(sent.sendingId, {
        sendingId: sent.sendingId,
        seq: e.seq,
        at: e.at,
        hash: sent.hash,
        via: sent.via,
        to: sent.to,
        sentBy: sent.sentBy,
        answers: sent.answers,
        departmentNames: sent.departmentNames,
        withNarrative: sent.withNarrative,
        delivered: sent.via === 'email' ? false : null,
        failed: null,
      });
    const emailed = dataOf(e, 'warp.summary_emailed');
    const known = emailed && sendings.get(emailed.sendingId);
    if (known) known.delivered = true;
    const failed = dataOf(e, 'warp.email_failed');
    const lost = failed && sendings.get(failed.sendingId);
    if (lost && failed) lost.failed = failed.error;
  }
  return [...sendings.values()].reverse();
}

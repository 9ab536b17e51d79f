import { escapeHtml } from '@cordon/domain';
import type { AckOutcome } from './acknowledgements.service';

/** The small page a member of staff sees after following an acknowledgement link. */
export function thankYouPage(ack: AckOutcome): string {
  const first = escapeHtml(ack.name.split(/\s+/)[0] ?? ack.name);
  const what = `${escapeHtml(ack.subject)} (${escapeHtml(ack.reference)})`;
  const said = ack.recorded
    ? `Your acknowledgement of <strong>${what}</strong> is recorded.`
    : `Your acknowledgement of <strong>${what}</strong> was already recorded; there is nothing more to do.`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Thank you</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.5}</style>
</head><body>
<h1>Thank you, ${first}</h1>
<p>${said}</p>
<p>You can close this page.</p>
</body></html>`;
}

import { escapeHtml } from '@cordon/domain';
import { cspInlineStyle } from '@cordon/platform';
import type { AckOutcome } from './acknowledgements.service';

/**
 * The pages a member of staff sees after following an acknowledgement link, on a
 * phone as often as not: a viewport, large type, no zoom lock, nothing loaded from
 * elsewhere. Everything printed from a record is escaped. The style is allowed by the
 * CSP by its hash (docs/security.md).
 */
const STYLE = cspInlineStyle(
  'body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:1.125rem;' +
    'line-height:1.5;color:#1b1b1b;background:#fff;max-width:34rem;margin:0 auto;padding:1.5rem 1rem}' +
    'h1{font-size:1.5rem;line-height:1.25;margin:0 0 1rem}p{margin:0 0 1rem}',
);

/** A whole page; `heading` and `paragraphs` are HTML, escaped by the caller. */
function page(title: string, heading: string, paragraphs: string[]): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head><body><main>
<h1>${heading}</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</main></body></html>`;
}

/** After an acknowledgement: recorded now, or already. */
export function thankYouPage(ack: AckOutcome): string {
  const first = escapeHtml(ack.name.split(/\s+/)[0] ?? ack.name);
  const what = `${escapeHtml(ack.subject)} (${escapeHtml(ack.reference)})`;
  const said = ack.recorded
    ? `Your acknowledgement of <strong>${what}</strong> is recorded.`
    : `Your acknowledgement of <strong>${what}</strong> was already recorded; there is nothing more to do.`;
  return page('Thank you', `Thank you, ${first}`, [said, 'You can close this page.']);
}

/** A link Cordon does not know (cut short when copied, or not one of its links). */
export function unknownLinkPage(): string {
  return page('Link not recognised', 'This link is not recognised', [
    'It may have been cut short when it was copied. Open it again from the message you were sent.',
    'If you were asked to confirm by text message, you can reply YES to that message instead.',
  ]);
}

import { cspInlineStyle } from '@cordon/platform';
import { escapeHtml } from '@cordon/domain';

const STYLE = cspInlineStyle(
  'body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:1.125rem;' +
    'line-height:1.5;color:#1b1b1b;background:#fff;max-width:34rem;margin:0 auto;padding:1.5rem 1rem}' +
    'h1{font-size:1.5rem;line-height:1.25;margin:0 0 1rem}p{margin:0 0 1rem}',
);

const HEADINGS: Record<string, string> = {
  sso_failed: 'Sign-in was refused',
  sso_unmapped: 'Your account has no role in Cordon',
  forbidden: 'Your account is disabled',
  unavailable: 'Sign-in is unavailable',
  rate_limited: 'Too many sign-ins',
};

/** The page a person sees when single sign-on does not let them in: what happened, and a way back. */
export function signInRefusedPage(code: string, detail: string): string {
  const heading = HEADINGS[code] ?? 'Sign-in did not work';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(heading)} · Cordon</title>
<style>${STYLE}</style>
</head><body><main>
<h1>${escapeHtml(heading)}</h1>
<p>${escapeHtml(detail)}</p>
<p data-code="${escapeHtml(code)}">Reference: <code>${escapeHtml(code)}</code></p>
<p><a href="/">Back to sign in</a></p>
</main></body></html>`;
}

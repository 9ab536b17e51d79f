import { createHash } from 'node:crypto';

const hashes = new Set<string>();

/**
 * Declares the text of a `<style>` element that a server-rendered page (the printable
 * report, the acknowledgement pages) writes inline: its SHA-256 joins the CSP's
 * `style-src`, so those pages, and the report inside the console's `srcdoc` frame
 * (which inherits the console's policy), render without `'unsafe-inline'`. Returns the
 * text unchanged; call it once, at module load, on a constant.
 */
export function cspInlineStyle(css: string): string {
  hashes.add(`'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`);
  return css;
}

/** The CSP sources for every declared inline style. */
export function inlineStyleSources(): string[] {
  return [...hashes];
}

/** A broadcast subject as listed: the per-recipient variables the api leaves in, shown as words. */
export function listedSubject(subject: string): string {
  return subject
    .replace(/\{\{\s*lan\s*\}\}/g, '‹their LAN›')
    .replace(/\{\{\s*name\s*\}\}/g, '‹their name›')
    .replace(/\{\{\s*ackLink\s*\}\}/g, '‹link›');
}

/**
 * Reading an SMS reply. A reply acknowledges when its first word is one of the
 * affirmative words, whatever the case and trailing punctuation ("yes", "OK!", "Yes, thanks").
 */
const AFFIRMATIVE = new Set([
  'YES',
  'Y',
  'YEP',
  'YEAH',
  'OK',
  'OKAY',
  'ACK',
  'CONFIRM',
  'CONFIRMED',
]);

export type ReplyMeaning = 'acknowledge' | 'other';

export function parseReply(body: string | null | undefined): ReplyMeaning {
  const first = (body ?? '')
    .normalize('NFKC')
    .trim()
    .split(/[\s,.;:!?]+/u)[0]
    ?.toUpperCase();
  return first && AFFIRMATIVE.has(first) ? 'acknowledge' : 'other';
}

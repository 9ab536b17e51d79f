/**
 * Reading an SMS reply. A reply acknowledges when its first word is one of the
 * affirmative words, whatever the case and trailing punctuation ("yes", "OK!", "Yes, thanks").
 * A reply that is only one of Twilio's opt-out words (STOP, …) withdraws consent to SMS,
 * one of its opt-in words (START, UNSTOP) gives it back: Twilio itself blocks and unblocks
 * the number on exactly these, so Cordon's consent follows what Twilio will deliver.
 * Anything else is a message from a person, to be shown to the incident's owner.
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

/** Twilio's standard opt-out keywords (Advanced Opt-Out defaults). */
export const OPT_OUT_WORDS: readonly string[] = [
  'STOP',
  'STOPALL',
  'UNSUBSCRIBE',
  'CANCEL',
  'END',
  'QUIT',
  'REVOKE',
  'OPTOUT',
];

/** Twilio's opt-in keywords but YES, which is an acknowledgement here (see `replyEffects`). */
export const OPT_IN_WORDS: readonly string[] = ['START', 'UNSTOP'];

export type ReplyMeaning = 'acknowledge' | 'opt_out' | 'opt_in' | 'other';

const words = (body: string | null | undefined): string[] =>
  (body ?? '')
    .normalize('NFKC')
    .trim()
    .toUpperCase()
    .split(/[\s,.;:!?]+/u)
    .filter(Boolean);

export function parseReply(body: string | null | undefined): ReplyMeaning {
  const all = words(body);
  const first = all[0];
  if (!first) return 'other';
  // a keyword alone ("stop", "STOP."): "cancel that, my PC still shows the worm" is a message
  if (all.length === 1 && OPT_OUT_WORDS.includes(first)) return 'opt_out';
  if (all.length === 1 && OPT_IN_WORDS.includes(first)) return 'opt_in';
  return AFFIRMATIVE.has(first) ? 'acknowledge' : 'other';
}

export interface ReplyEffects {
  /** What happens to the sender's SMS consent. */
  consent: 'withdraw' | 'restore' | null;
  /** The sender's latest open request is acknowledged. */
  acknowledge: boolean;
  /** The text goes on the incident's timeline for the owner to read. */
  showOwner: boolean;
}

/**
 * What a reply does. `optedOut`: the sender's last opt-out or opt-in reply was an opt-out.
 * As at Twilio, YES after STOP opts the number back in (and still acknowledges); a YES
 * from someone who never sent STOP leaves consent as the directory holds it.
 */
export function replyEffects(meaning: ReplyMeaning, optedOut: boolean): ReplyEffects {
  switch (meaning) {
    case 'opt_out':
      return { consent: 'withdraw', acknowledge: false, showOwner: false };
    case 'opt_in':
      return { consent: 'restore', acknowledge: false, showOwner: false };
    case 'acknowledge':
      return { consent: optedOut ? 'restore' : null, acknowledge: true, showOwner: false };
    case 'other':
      return { consent: null, acknowledge: false, showOwner: true };
  }
}

/** The longest reply text an event carries; the stored reply keeps up to an SMS's 1,600. */
export const REPLY_EVENT_TEXT_MAX = 480;
export const REPLY_STORED_TEXT_MAX = 1600;

/** A reply's text as shown: control characters out, whitespace runs folded, cut at `max`. */
export function replyText(
  body: string | null | undefined,
  max = REPLY_EVENT_TEXT_MAX,
): { text: string; truncated: boolean } {
  // eslint-disable-next-line no-control-regex
  const clean = (body ?? '').replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  const chars = [...clean];
  if (chars.length <= max) return { text: clean, truncated: false };
  return { text: `${chars.slice(0, max - 1).join('').trimEnd()}…`, truncated: true };
}

const THANKS = new Set(['THANKS', 'THANK', 'THX', 'TA', 'CHEERS', 'PLEASE', 'YES', 'OK', 'DONE']);

/**
 * What an acknowledging reply says beyond its first word ("OK but my PC still shows the
 * worm"), kept as the acknowledgement's note so it reaches the owner; null for a bare
 * "YES" or "Yes, thanks".
 */
export function replyNote(body: string | null | undefined): string | null {
  const all = words(body);
  if (all.length <= 1) return null;
  if (all.length === 2 && THANKS.has(all[1] ?? '')) return null;
  return replyText(body).text;
}

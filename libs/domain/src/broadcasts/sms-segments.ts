/**
 * How many SMS segments a text takes, as a phone network counts them. Dependency-free:
 * the console imports it to show the length of an SMS as it is typed.
 *
 * A text made only of GSM 03.38 characters is sent as GSM-7: 160 septets in one
 * segment, 153 per segment when it is split; a character of the extension table
 * (`€ [ ] { } \ ^ ~ |` and form feed) takes two septets, and the pair is never split
 * between segments. Any other character makes the whole text UCS-2: 70 UTF-16 units in
 * one segment, 67 per segment when split, a surrogate pair (an emoji) never split.
 */
export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsLength {
  segments: number;
  encoding: SmsEncoding;
  /** Units counted against the limits: septets for GSM-7, UTF-16 code units for UCS-2. */
  characters: number;
}

export const SMS_LIMITS: Readonly<Record<SmsEncoding, { single: number; multi: number }>> = {
  'GSM-7': { single: 160, multi: 153 },
  'UCS-2': { single: 70, multi: 67 },
};

const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
    '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
const GSM_EXTENSION = new Set('\f^{}\\[~]|€');

/** Each character's width in the encoding, characters as code points. */
function widths(text: string): { encoding: SmsEncoding; units: number[] } {
  const chars = [...text];
  if (chars.every((c) => GSM_BASIC.has(c) || GSM_EXTENSION.has(c)))
    return { encoding: 'GSM-7', units: chars.map((c) => (GSM_EXTENSION.has(c) ? 2 : 1)) };
  return { encoding: 'UCS-2', units: chars.map((c) => c.length) };
}

export function smsSegments(text: string): SmsLength {
  const { encoding, units } = widths(text);
  const characters = units.reduce((sum, n) => sum + n, 0);
  const limits = SMS_LIMITS[encoding];
  if (characters === 0) return { segments: 0, encoding, characters };
  if (characters <= limits.single) return { segments: 1, encoding, characters };
  let segments = 1;
  let used = 0;
  for (const n of units) {
    if (used + n > limits.multi) {
      segments++;
      used = 0;
    }
    used += n;
  }
  return { segments, encoding, characters };
}

import type { WarpIdentifierKind } from '@cordon/contracts';
import { DomainError } from '../errors/domain-error';

/** One thing known to the council that must never leave it in a WARP summary. */
export interface DenyTerm {
  text: string;
  kind: WarpIdentifierKind;
}

/**
 * Every known name, email, mobile, hostname, IP, department, site and LAN, made ready
 * for matching: words lower-cased (codes such as `SOC` kept as written, matched in
 * capitals only), mobiles as their digits.
 */
export interface DenyList {
  words: { text: string; kind: WarpIdentifierKind; caseSensitive: boolean }[];
  mobiles: Set<string>;
}

/** A short all-capitals code (`SOC`, `HALL`): matched as written, so `soc` in prose passes. */
const CODE = /^[A-Z0-9]{2,6}$/;

/** The digits a phone number is compared by: `+44 7700 900123` and `07700900123` agree. */
export function phoneDigits(text: string): string {
  const digits = text.replace(/\D/g, '');
  return digits.startsWith('44') ? `0${digits.slice(2)}` : digits;
}

export function denyList(terms: readonly DenyTerm[]): DenyList {
  const words = new Map<string, DenyList['words'][number]>();
  const mobiles = new Set<string>();
  for (const term of terms) {
    const text = term.text.trim();
    if (text.length < 2) continue;
    if (term.kind === 'mobile') {
      const digits = phoneDigits(text);
      if (digits.length >= 7) mobiles.add(digits);
      continue;
    }
    const caseSensitive = CODE.test(text);
    const key = caseSensitive ? text : text.toLowerCase();
    if (!words.has(`${term.kind}:${key}`))
      words.set(`${term.kind}:${key}`, { text: key, kind: term.kind, caseSensitive });
  }
  // the longest first, so "Civic Hall Annex" is removed whole before "Civic Hall"
  return {
    words: [...words.values()].sort((a, b) => b.text.length - a.text.length),
    mobiles,
  };
}

/** What a person's name is matched by: as written, and without a note in brackets. */
export function nameTerms(name: string): string[] {
  const bare = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  return bare && bare !== name ? [name, bare] : [name];
}

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const IPV4 = /\b(?:\d{1,3}\.){3}\d{1,3}(?:\/\d{1,2})?\b/g;
const IPV6 = /\b(?:[0-9a-f]{1,4}:){3,7}[0-9a-f]{1,4}\b/gi;
/** A phone number as people write one: ten digits or more, with spaces, dots, dashes, brackets. */
const PHONE = /\+?\d[\d\s().-]{8,}\d/g;

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9]/.test(c);

interface Match {
  start: number;
  end: number;
  kind: WarpIdentifierKind;
}

function wordMatches(text: string, list: DenyList, skip: ReadonlySet<WarpIdentifierKind>): Match[] {
  const lower = text.toLowerCase();
  const found: Match[] = [];
  for (const word of list.words) {
    if (skip.has(word.kind)) continue;
    const haystack = word.caseSensitive ? text : lower;
    let from = haystack.indexOf(word.text);
    while (from !== -1) {
      const end = from + word.text.length;
      if (!isWordChar(haystack[from - 1]) && !isWordChar(haystack[end]))
        found.push({ start: from, end, kind: word.kind });
      from = haystack.indexOf(word.text, from + 1);
    }
  }
  return found;
}

function patternMatches(text: string, list: DenyList): Match[] {
  const found: Match[] = [];
  const each = (pattern: RegExp, kind: WarpIdentifierKind, keep = (_: string) => true) => {
    for (const m of text.matchAll(pattern))
      if (keep(m[0])) found.push({ start: m.index, end: m.index + m[0].length, kind });
  };
  each(EMAIL, 'email');
  each(IPV4, 'ip');
  each(IPV6, 'ip');
  each(PHONE, 'mobile', (m) => {
    const digits = phoneDigits(m);
    return list.mobiles.has(digits) || (digits.length >= 10 && /^(\+|0)/.test(m.trim()));
  });
  return found;
}

function allMatches(text: string, list: DenyList, skip: ReadonlySet<WarpIdentifierKind>): Match[] {
  return [...patternMatches(text, list), ...wordMatches(text, list, skip)].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
}

/** The kinds of identifier `text` holds (known terms and the shapes of emails, IPs, phones). */
export function findIdentifiers(
  text: string,
  list: DenyList,
  skip: ReadonlySet<WarpIdentifierKind> = new Set(),
): WarpIdentifierKind[] {
  return [...new Set(allMatches(text, list, skip).map((m) => m.kind))].sort();
}

export const REMOVED = '[removed]';

/** `text` with every identifier replaced by `[removed]`. */
export function scrubIdentifiers(
  text: string,
  list: DenyList,
  skip: ReadonlySet<WarpIdentifierKind> = new Set(),
): string {
  let out = '';
  let at = 0;
  for (const m of allMatches(text, list, skip)) {
    if (m.start < at) continue;
    out += text.slice(at, m.start) + REMOVED;
    at = m.end;
  }
  return out + text.slice(at);
}

const KIND_WORDS: Record<WarpIdentifierKind, string> = {
  name: 'a person’s name',
  email: 'an email address',
  mobile: 'a phone number',
  hostname: 'a machine’s hostname',
  ip: 'an IP address',
  department: 'a department’s name',
  site: 'a site’s name',
  lan: 'a LAN’s name or code',
};

/**
 * The owner's narrative for the WARP: refused (422 `unprocessable`, naming the field and
 * the kinds found) when it names anyone or anything the council knows.
 */
export function assertNarrativeClean(
  narrative: string,
  list: DenyList,
  skip: ReadonlySet<WarpIdentifierKind> = new Set(),
): void {
  const kinds = findIdentifiers(narrative, list, skip);
  if (kinds.length === 0) return;
  const words = kinds.map((k) => KIND_WORDS[k]);
  const message = `names ${words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}` : words[0]}; a WARP summary must identify nobody and nothing in the council`;
  throw new DomainError('unprocessable', `The narrative ${message}`, {
    kinds,
    errors: [{ field: 'narrative', message }],
  });
}

import { randomBytes } from 'node:crypto';

/** Acknowledgement tokens: 32 random bytes each, base64url (43 characters). */
export function ackTokens(count: number): string[] {
  const bytes = randomBytes(32 * count);
  const tokens: string[] = [];
  for (let i = 0; i < count; i++)
    tokens.push(bytes.subarray(i * 32, (i + 1) * 32).toString('base64url'));
  return tokens;
}

/**
 * A new acknowledgement token in SQL, for set-based inserts: the same shape as
 * `ackTokens` (32 bytes, base64url, 43 characters), made by PostgreSQL per row, so a
 * broadcast to 100,000 people holds no list of tokens in Cordon's memory. The bytes are
 * the SHA-256 of two `gen_random_uuid()` (244 bits from PostgreSQL's strong random source).
 */
export const ACK_TOKEN_SQL = `translate(encode(sha256(uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid())), 'base64'), '+/=', '-_')`;

export const ACK_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

import { randomBytes } from 'node:crypto';

/** Acknowledgement tokens: 32 random bytes each, base64url (43 characters). */
export function ackTokens(count: number): string[] {
  const bytes = randomBytes(32 * count);
  const tokens: string[] = [];
  for (let i = 0; i < count; i++)
    tokens.push(bytes.subarray(i * 32, (i + 1) * 32).toString('base64url'));
  return tokens;
}

export const ACK_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

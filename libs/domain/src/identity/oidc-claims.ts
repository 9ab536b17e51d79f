import { DomainError } from '../errors/domain-error';

/** Who the provider says signed in, read from the ID token's (and userinfo's) claims. */
export interface ProviderIdentity {
  issuer: string;
  subject: string;
  /** Lower-cased. */
  email: string;
  name: string;
  groups: string[];
}

type Claims = Record<string, unknown>;

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

const EMAIL = /^[^@\s]+@[^@\s]+$/;

/**
 * The groups claim as a list of names: an array of strings (Entra ID, Keycloak, most
 * providers), or one string; absent is no groups. Anything else is refused rather than
 * guessed at (a misconfigured claim must not silently sign people in with no role).
 */
export function groupsFromClaim(value: unknown, claimName: string): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value) && value.every((g) => typeof g === 'string'))
    return value.map((g) => g.trim()).filter(Boolean);
  throw new DomainError('sso_failed', `The provider's ${claimName} claim is not a list of groups`);
}

/**
 * The identity in a validated ID token's claims (merged with userinfo's, which never
 * override the token's `iss` and `sub`). The email comes from `email`, else
 * `preferred_username` or `upn` when they are addresses (Entra ID sends `email` only when
 * the account has a mailbox); the name from `name`, else given and family names, else the email.
 */
export function providerIdentity(claims: Claims, groupsClaim: string): ProviderIdentity {
  const issuer = str(claims['iss']);
  const subject = str(claims['sub']);
  if (!issuer || !subject) throw new DomainError('sso_failed', 'The ID token has no iss or sub');
  const email = [claims['email'], claims['preferred_username'], claims['upn']]
    .map(str)
    .find((v) => v !== undefined && EMAIL.test(v));
  if (!email)
    throw new DomainError(
      'sso_failed',
      'The provider sent no email address (email, preferred_username or upn claim)',
    );
  const given = [str(claims['given_name']), str(claims['family_name'])].filter(Boolean).join(' ');
  return {
    issuer,
    subject,
    email: email.toLowerCase(),
    name: (str(claims['name']) ?? (given || email)).slice(0, 200),
    groups: groupsFromClaim(claims[groupsClaim], groupsClaim),
  };
}

import { existsSync } from 'node:fs';
import { ConfigError } from './config';

type Env = Record<string, string | undefined>;

/** Which directory attribute holds each field of a member of staff. */
export interface LdapAttributeMap {
  /** Tried in order, the first present wins (`displayName,cn`). */
  name: string[];
  mail: string;
  mobile: string;
  department: string;
  /** The office: a site's code or name. */
  site: string;
  /** A LAN's code; null: the directory does not hold it. */
  lan: string | null;
  /** Group DNs, for the role refresh. */
  groups: string;
  /** The stable id that survives renames: `objectGUID` (AD) or `entryUUID` (OpenLDAP). */
  id: string;
}

/** Directory sync from Active Directory / LDAP (issue 17). null: not configured. */
export interface LdapConfig {
  url: string;
  bindDn: string;
  /** Secret: never logged. */
  bindPassword: string;
  baseDn: string;
  filter: string;
  attributes: LdapAttributeMap;
  /** Entries per page of the paged search (AD answers at most 1,000). */
  pageSize: number;
  /** How often the worker syncs; null: on demand only. */
  syncMinutes: number | null;
  timeoutMs: number;
  tls: {
    /** StartTLS on an ldap:// URL before binding. */
    startTls: boolean;
    /** PEM file of the CA that signed the server's certificate; null: the system's. */
    caFile: string | null;
    rejectUnauthorized: boolean;
  };
}

/** Active Directory's people: users that are persons (not computers, which are users too). */
export const AD_PERSON_FILTER = '(&(objectCategory=person)(objectClass=user))';

function text(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

const ATTRIBUTE = /^[A-Za-z][A-Za-z0-9-]{0,63}$/;

function attribute(env: Env, name: string, fallback: string): string {
  const value = text(env, name) ?? fallback;
  if (!ATTRIBUTE.test(value))
    throw new ConfigError(`${name} must be an attribute name (letters, digits and -)`);
  return value;
}

function whole(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max)
    throw new ConfigError(`${name} must be a whole number between ${min} and ${max}`);
  return Number(raw);
}

function yesNo(env: Env, name: string, fallback: boolean): boolean {
  const raw = text(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['true', 'yes', '1'].includes(raw)) return true;
  if (['false', 'no', '0'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false`);
}

function ldapUrl(env: Env): string {
  const value = text(env, 'LDAP_URL') ?? '';
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError('LDAP_URL is not a valid URL (ldap://host:389 or ldaps://host:636)');
  }
  if (!['ldap:', 'ldaps:'].includes(parsed.protocol) || !parsed.hostname)
    throw new ConfigError('LDAP_URL must be ldap://host[:port] or ldaps://host[:port]');
  return value;
}

/** A DN as LDAP writes one: `attr=value` parts separated by commas. */
function dn(env: Env, name: string): string {
  const value = text(env, name);
  if (!value) throw new ConfigError(`${name} is required when LDAP_URL is set`);
  if (!/^[A-Za-z][A-Za-z0-9.-]*=[^,]+(,\s*[A-Za-z][A-Za-z0-9.-]*=[^,]+)*$/.test(value))
    throw new ConfigError(`${name} is not a DN (e.g. OU=Staff,DC=council,DC=example)`);
  return value;
}

function filter(env: Env): string {
  const value = text(env, 'LDAP_FILTER') ?? AD_PERSON_FILTER;
  let depth = 0;
  for (const c of value) {
    depth += c === '(' ? 1 : c === ')' ? -1 : 0;
    if (depth < 0) break;
  }
  if (!value.startsWith('(') || !value.endsWith(')') || depth !== 0)
    throw new ConfigError('LDAP_FILTER must be an LDAP filter in parentheses');
  return value;
}

/**
 * LDAP_URL turns the sync on; then LDAP_BIND_DN, LDAP_BIND_PASSWORD and LDAP_BASE_DN are
 * required, the rest have defaults for Active Directory. Any other LDAP_ variable without
 * LDAP_URL is refused, so a half-done configuration does not pass silently.
 */
export function ldapConfig(env: Env): LdapConfig | null {
  if (!text(env, 'LDAP_URL')) {
    const stray = Object.keys(env)
      .filter((k) => k.startsWith('LDAP_') && text(env, k))
      .sort()[0];
    if (stray) throw new ConfigError(`LDAP_URL is required when ${stray} is set`);
    return null;
  }
  const url = ldapUrl(env);
  const bindPassword = env['LDAP_BIND_PASSWORD'] ?? '';
  if (!bindPassword) throw new ConfigError('LDAP_BIND_PASSWORD is required when LDAP_URL is set');
  const names = (text(env, 'LDAP_ATTR_NAME') ?? 'displayName,cn').split(',').map((n) => n.trim());
  if (names.some((n) => !ATTRIBUTE.test(n)))
    throw new ConfigError('LDAP_ATTR_NAME must be attribute names separated by commas');
  const caFile = text(env, 'LDAP_TLS_CA_FILE') ?? null;
  if (caFile && !existsSync(caFile))
    throw new ConfigError(`LDAP_TLS_CA_FILE ${caFile} does not exist`);
  const startTls = yesNo(env, 'LDAP_STARTTLS', false);
  if (startTls && url.startsWith('ldaps:'))
    throw new ConfigError('LDAP_STARTTLS is for ldap:// URLs (ldaps:// is TLS already)');
  const minutes = whole(env, 'LDAP_SYNC_MINUTES', 60, 0, 7 * 24 * 60);
  return {
    url,
    bindDn: dn(env, 'LDAP_BIND_DN'),
    bindPassword,
    baseDn: dn(env, 'LDAP_BASE_DN'),
    filter: filter(env),
    attributes: {
      name: names,
      mail: attribute(env, 'LDAP_ATTR_MAIL', 'mail'),
      mobile: attribute(env, 'LDAP_ATTR_MOBILE', 'mobile'),
      department: attribute(env, 'LDAP_ATTR_DEPARTMENT', 'department'),
      site: attribute(env, 'LDAP_ATTR_SITE', 'physicalDeliveryOfficeName'),
      lan: text(env, 'LDAP_ATTR_LAN') ? attribute(env, 'LDAP_ATTR_LAN', '') : null,
      groups: attribute(env, 'LDAP_ATTR_GROUPS', 'memberOf'),
      id: attribute(env, 'LDAP_ATTR_ID', 'objectGUID'),
    },
    pageSize: whole(env, 'LDAP_PAGE_SIZE', 500, 1, 1000),
    syncMinutes: minutes === 0 ? null : minutes,
    timeoutMs: whole(env, 'LDAP_TIMEOUT_MS', 30_000, 1_000, 600_000),
    tls: {
      startTls,
      caFile,
      rejectUnauthorized: yesNo(env, 'LDAP_TLS_REJECT_UNAUTHORIZED', true),
    },
  };
}

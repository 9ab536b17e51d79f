type Env = Record<string, string | undefined>;

/** Directory sync from Active Directory / LDAP (issue 17). null: not configured. */
// eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type
export interface LdapConfig {}

export function ldapConfig(_env: Env): LdapConfig | null {
  return null;
}

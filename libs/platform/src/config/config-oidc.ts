type Env = Record<string, string | undefined>;

/** Single sign-on with OpenID Connect (issue 17). null: not configured. */
// eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type
export interface OidcConfig {}

export function oidcConfig(_env: Env): OidcConfig | null {
  return null;
}

/** The httpOnly cookie that ties a callback to the browser that started the sign-in. */
export const FLOW_COOKIE = 'cordon_sso_flow';
export const FLOW_COOKIE_PATH = '/api/v1/auth/oidc';

/** One cookie's value from a Cookie header (no cookie parser in the api). */
export function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim() || null;
  }
  return null;
}

/**
 * The token single sign-on hands over in the URL's fragment (`/signed-in#token=…`): a
 * fragment never reaches a server, a log or a Referer. Null when there is none.
 */
export function tokenFromFragment(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && /^[A-Za-z0-9_.-]+$/.test(token) ? token : null;
}

import { useEffect, useRef, useState } from 'react';
import { useSession } from '../../auth/session';
import { ProblemAlert } from '../../ui/problem-alert';
import { tokenFromFragment } from './signed-in';

/**
 * Where single sign-on lands (`/signed-in#token=…`): the token is taken from the fragment,
 * the fragment wiped from the address bar and history, and the session kept as after a
 * password sign-in; then the console opens at the user's start page.
 */
export function SignedInPage() {
  const { signInWithToken } = useSession();
  const [error, setError] = useState<unknown>(null);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const token = tokenFromFragment(window.location.hash);
    window.history.replaceState(null, '', '/');
    if (!token) {
      setError(new Error('No sign-in was handed over. Sign in again.'));
      return;
    }
    signInWithToken(token).catch(setError);
  }, [signInWithToken]);
  return (
    <main id="main" className="sign-in">
      <section className="card" aria-labelledby="signed-in-title">
        <h1 id="signed-in-title">Signing you in…</h1>
        <ProblemAlert error={error} />
        {error ? <a href="/">Back to sign in</a> : null}
      </section>
    </main>
  );
}

import { useQuery } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { api } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import type { AuthMethodsView } from '../../api/types';
import './sign-in.css';
import { useSession } from '../../auth/session';
import { ProblemAlert } from '../../ui/problem-alert';

export function SignInPage() {
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // what the api offers: single sign-on, password sign-in for all, admins or nobody
  const methods = useQuery({
    queryKey: ['auth-methods'],
    queryFn: () => api.get<AuthMethodsView>('auth/methods'),
    staleTime: 5 * 60_000,
  });
  const sso = methods.data?.sso ?? null;
  const local = methods.data?.localLogin ?? 'all';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  const fieldError = (name: string) =>
    error instanceof ApiProblem ? error.field(name) : undefined;
  return (
    <main id="main" className="sign-in">
      <section className="card" aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Sign in to Cordon</h1>
        <p className="muted">
          Incident command for the council's IT. Staff: the network status page is at{' '}
          <a href="/status">/status</a>, no sign-in needed.
        </p>
        {sso && (
          <p>
            <a className="button sso" href={sso.loginUrl}>
              Sign in with {sso.displayName}
            </a>
          </p>
        )}
        {local !== 'off' && (
          <form onSubmit={submit} aria-label="Sign in with a password" noValidate>
            {sso && (
              <p className="muted">
                {local === 'admins'
                  ? 'Password sign-in is for administrators only (break-glass).'
                  : 'Or with your Cordon password:'}
              </p>
            )}
            <label className="field">
              <span>Email</span>
              <input
                type="email"
                name="email"
                autoComplete="username"
                required
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                aria-invalid={fieldError('email') ? true : undefined}
              />
              {fieldError('email') && <span className="field-error">{fieldError('email')}</span>}
            </label>
            <label className="field">
              <span>Password</span>
              <input
                type="password"
                name="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                aria-invalid={fieldError('password') ? true : undefined}
              />
              {fieldError('password') && (
                <span className="field-error">{fieldError('password')}</span>
              )}
            </label>
            <ProblemAlert error={error} />
            <button type="submit" className={sso ? undefined : 'primary'} disabled={busy}>
              {busy ? 'Signing in…' : 'Sign in'}
            </button>
          </form>
        )}
      </section>
    </main>
  );
}

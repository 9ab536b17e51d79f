import { FormEvent, useState } from 'react';
import { ApiProblem } from '../../api/problem';
import { useSession } from '../../auth/session';
import { ProblemAlert } from '../../ui/problem-alert';

export function SignInPage() {
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
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
      <form onSubmit={submit} className="card" aria-labelledby="sign-in-title" noValidate>
        <h1 id="sign-in-title">Sign in to Cordon</h1>
        <p className="muted">
          Incident command for the council's IT. Staff: the network status page is at{' '}
          <a href="/status">/status</a>, no sign-in needed.
        </p>
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
          {fieldError('password') && <span className="field-error">{fieldError('password')}</span>}
        </label>
        <ProblemAlert error={error} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}

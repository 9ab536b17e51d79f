import { createContext, ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import type { LoginResponse, Role, UserView } from '../api/types';
import { api, setApiToken } from '../api/client';

interface Session {
  token: string;
  user: UserView;
}

interface SessionApi {
  session: Session | null;
  signIn(email: string, password: string): Promise<void>;
  /** Keeps a token the api handed over after single sign-on (the /signed-in page). */
  signInWithToken(token: string): Promise<void>;
  signOut(): void;
  can(...roles: Role[]): boolean;
}

const KEY = 'cordon.session';
const SessionContext = createContext<SessionApi | null>(null);

function stored(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

/** The signed-in user, kept for this browser tab; a 401 from the api forgets it. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(() => {
    const s = stored();
    setApiToken(s?.token ?? null);
    return s;
  });

  /** Forgets the session in this tab (also what a 401 from the api does). */
  const forget = useCallback(() => {
    sessionStorage.removeItem(KEY);
    setApiToken(null);
    setSession(null);
  }, []);
  setApiToken(session?.token ?? null, forget);

  /** Signs out: the api revokes the token at once; the tab forgets it whatever the answer. */
  const signOut = useCallback(() => {
    if (session) void api.post('auth/logout').catch(() => undefined);
    forget();
  }, [session, forget]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const res = await api.post<LoginResponse>('auth/login', { email, password });
      const next = { token: res.accessToken, user: res.user };
      sessionStorage.setItem(KEY, JSON.stringify(next));
      setApiToken(next.token, forget);
      setSession(next);
    },
    [forget],
  );

  const signInWithToken = useCallback(
    async (token: string) => {
      setApiToken(token, forget);
      const user = await api.get<UserView>('auth/me');
      const next = { token, user };
      sessionStorage.setItem(KEY, JSON.stringify(next));
      setSession(next);
    },
    [forget],
  );

  const value = useMemo<SessionApi>(
    () => ({
      session,
      signIn,
      signInWithToken,
      signOut,
      can: (...roles) =>
        !!session && session.user.roles.some((r) => r === 'admin' || roles.includes(r)),
    }),
    [session, signIn, signInWithToken, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user; only for screens behind the sign-in. */
export function useUser(): UserView {
  const { session } = useSession();
  if (!session) throw new Error('not signed in');
  return session.user;
}

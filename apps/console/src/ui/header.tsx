import { useQuery } from '@tanstack/react-query';
import { NavLink } from 'react-router';
import type { DepartmentView, Page } from '../api/types';
import { api } from '../api/client';
import { useSession, useUser } from '../auth/session';
import { useLiveState } from '../live/live-context';

/** Who you are, your role and department, where you can go, and whether the feed is live. */
export function Header() {
  const user = useUser();
  const { can, signOut } = useSession();
  const live = useLiveState();
  const departments = useQuery({
    queryKey: ['departments'],
    queryFn: () => api.get<Page<DepartmentView>>('departments', { limit: 500 }),
    staleTime: 10 * 60_000,
  });
  const department = departments.data?.items.find((d) => d.id === user.departmentId);
  return (
    <header className="top">
      <a className="skip" href="#main">
        Skip to content
      </a>
      <strong className="brand">Cordon</strong>
      <nav aria-label="Main">
        {can('owner', 'command') && <NavLink to="/incidents">Incidents</NavLink>}
        {can('itu') && <NavLink to="/queue">My department's queue</NavLink>}
        {can('owner', 'command', 'itu') && <NavLink to="/patching">Patching</NavLink>}
        {can('owner', 'command') && <NavLink to="/reviews">Reviews</NavLink>}
        {can('owner', 'command') && <NavLink to="/metrics">Metrics</NavLink>}
        {can('admin') && <NavLink to="/admin">Directory</NavLink>}
        <a href="/status">Status page</a>
      </nav>
      <span className={`live live-${live}`} role="status" aria-live="polite">
        {live === 'live' ? '● Live' : live === 'connecting' ? 'Connecting…' : 'Reconnecting…'}
      </span>
      <span className="who">
        <span className="who-name">{user.name}</span>{' '}
        <span className="muted">
          {user.roles.join(', ')}
          {department ? ` · ${department.code}` : user.departmentId ? '' : ' · central'}
        </span>
      </span>
      <button type="button" className="link" onClick={signOut}>
        Sign out
      </button>
    </header>
  );
}

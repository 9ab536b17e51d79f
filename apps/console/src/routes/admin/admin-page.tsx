import { Navigate, NavLink, Route, Routes } from 'react-router';
import { BaselineScreen } from './baseline-screen';
import { CodeNameScreen } from './code-name-screen';
import { DirectorySyncScreen } from './directory-sync-screen';
import { GroupMappingsScreen } from './group-mappings-screen';
import { ImportScreen } from './import-screen';
import { LansScreen } from './lans-screen';
import { UsersScreen } from './users-screen';
import './admin.css';

const SECTIONS = [
  ['departments', 'Departments'],
  ['sites', 'Sites'],
  ['lans', 'LANs'],
  ['staff-import', 'Staff import'],
  ['directory-sync', 'Directory sync'],
  ['device-import', 'Device import'],
  ['baseline', 'Standard build'],
  ['users', 'Users and roles'],
  ['sso-groups', 'Single sign-on groups'],
] as const;

/** Directory and inventory (admin): one sub-page per list, each with its create form or import. */
export function AdminPage() {
  return (
    <div className="admin">
      <h1>Directory and inventory</h1>
      <nav aria-label="Directory sections" className="subnav">
        {SECTIONS.map(([path, label]) => (
          <NavLink key={path} to={`/admin/${path}`}>
            {label}
          </NavLink>
        ))}
      </nav>
      <Routes>
        <Route index element={<Navigate to="departments" replace />} />
        <Route
          path="departments"
          element={<CodeNameScreen key="departments" kind="departments" />}
        />
        <Route path="sites" element={<CodeNameScreen key="sites" kind="sites" />} />
        <Route path="lans" element={<LansScreen />} />
        <Route path="staff-import" element={<ImportScreen key="staff" kind="staff" />} />
        <Route path="directory-sync" element={<DirectorySyncScreen />} />
        <Route path="device-import" element={<ImportScreen key="devices" kind="devices" />} />
        <Route path="baseline" element={<BaselineScreen />} />
        <Route path="users" element={<UsersScreen />} />
        <Route path="sso-groups" element={<GroupMappingsScreen />} />
        <Route path="*" element={<Navigate to="departments" replace />} />
      </Routes>
    </div>
  );
}

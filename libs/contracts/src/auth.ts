export const ROLES = ['admin', 'owner', 'command', 'itu', 'staff'] as const;
export type Role = (typeof ROLES)[number];

export interface UserView {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  departmentId: string | null;
}

export interface LoginResponse {
  accessToken: string;
  user: UserView;
}

/** Who did something, as recorded on every event. `null` id means the system. */
export interface ActorRef {
  id: string | null;
  name: string;
  kind: 'user' | 'system' | 'api_key';
}

/** One row of the mapping from a provider's (or directory's) groups to Cordon roles. */
export interface GroupMappingView {
  id: string;
  /** The group as the provider names it (Entra ID: the group's object id or name). */
  group: string;
  role: Role;
  /** The department members get (an ITU mapping always names one). */
  departmentId: string | null;
  createdAt: string;
}

/** Who may use the email-and-password form: everyone, admins only (break-glass), nobody. */
export const LOCAL_LOGIN_MODES = ['all', 'admins', 'off'] as const;
export type LocalLoginMode = (typeof LOCAL_LOGIN_MODES)[number];

/** `GET /auth/methods`: what the sign-in page offers. */
export interface AuthMethodsView {
  localLogin: LocalLoginMode;
  /** Single sign-on with OpenID Connect; null when not configured. */
  sso: { displayName: string; loginUrl: string } | null;
}

/** A user's roles and department as they were and as their groups now give them. */
export interface UserAccessChangedData {
  userId: string;
  email: string;
  before: { roles: Role[]; departmentId: string | null };
  after: { roles: Role[]; departmentId: string | null };
  /** What refreshed them: a single sign-on, or directory sync. */
  source: 'sso' | 'directory';
  /** The mapped groups that gave the new access. */
  groups: string[];
}

/** `GET /auth/group-mappings`: every mapping, oldest first (a short list, not paged). */
export interface GroupMappingList {
  items: GroupMappingView[];
}

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

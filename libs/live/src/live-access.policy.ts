import type { ErrorCode } from '@cordon/contracts';
import type { AuthUser } from '@cordon/auth';

/** Who may watch an incident's live feed: null when allowed, otherwise the refusal code. */
export interface LiveAccessPolicy {
  check(user: AuthUser, incidentId: string): Promise<{ code: ErrorCode; message: string } | null>;
}

export const LIVE_ACCESS_POLICY = Symbol('LIVE_ACCESS_POLICY');

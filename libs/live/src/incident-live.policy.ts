import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@cordon/auth';
import { IncidentAccess } from '@cordon/incidents';
import { LiveAccessPolicy } from './live-access.policy';

/**
 * Owner, command staff and admins follow any incident; ITU members those that involve
 * their department; staff only the status feed — the incident's own read rule.
 */
@Injectable()
export class IncidentLivePolicy implements LiveAccessPolicy {
  constructor(private readonly access: IncidentAccess) {}

  check(user: AuthUser, incidentId: string) {
    return this.access.checkRead(user, incidentId);
  }
}

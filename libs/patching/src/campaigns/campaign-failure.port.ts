import type { AuthUser } from '@cordon/auth';
import type { LinkedIncidentRef } from '@cordon/contracts';

/** A patch that failed on a device during a campaign's rollout. */
export interface FailedPatch {
  campaignId: string;
  advisoryId: string;
  /** The advisory's identifier (MS03-026) and the patch (KB823980). */
  identifier: string;
  patch: string;
  deviceId: string;
  hostname: string;
  departmentId: string;
  /** What the ITU member wrote when marking it failed. */
  note: string | null;
}

/**
 * The seam to the fall-back side of libs/patching (critical services and their plans):
 * when a rollout device fails, it is asked whether the device is a live server of a
 * critical service and, if it is, opens an incident linked to the campaign with the
 * service's fall-back plan attached and its first steps as tasks. Answers null when the
 * device serves no critical service. Called after the failure is committed, in its own
 * transaction; the campaign then records the link (`campaign.incident_linked`).
 */
export abstract class PatchFailureIncidents {
  abstract openForFailedPatch(
    failure: FailedPatch,
    user: AuthUser,
  ): Promise<LinkedIncidentRef | null>;
}

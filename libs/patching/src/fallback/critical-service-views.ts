import type {
  CriticalServiceRecordedData,
  CriticalServiceView,
  FallbackPlanSnapshot,
} from '@cordon/contracts';
import { reviewOverdue } from '@cordon/domain';
import type { CriticalServiceRow } from './critical-service.repository';

/** Today, as the plans' review dates are kept (YYYY-MM-DD, UTC). */
export const today = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

export function toCriticalServiceView(row: CriticalServiceRow, on: string): CriticalServiceView {
  const hasPlan = row.steps.length > 0;
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    servers: row.servers,
    steps: row.steps,
    standby: {
      device: row.standbyDeviceId
        ? { id: row.standbyDeviceId, hostname: row.standbyHostname ?? '' }
        : null,
      description: row.standbyDescription,
    },
    decider: { id: row.deciderId, name: row.deciderName },
    lastReviewedOn: row.lastReviewedOn,
    reviewOverdue: reviewOverdue(row.lastReviewedOn, on),
    hasPlan,
    version: row.version,
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

export function planSnapshot(row: CriticalServiceRow): FallbackPlanSnapshot {
  return {
    serviceId: row.id,
    name: row.name,
    version: row.version,
    steps: row.steps,
    standby: {
      deviceId: row.standbyDeviceId,
      hostname: row.standbyHostname,
      description: row.standbyDescription,
    },
    decider: { id: row.deciderId, name: row.deciderName },
    lastReviewedOn: row.lastReviewedOn,
  };
}

export const recordedService = (
  row: CriticalServiceRow,
): CriticalServiceRecordedData['service'] => ({
  ...planSnapshot(row),
  description: row.description,
  servers: row.servers.map((s) => ({ deviceId: s.deviceId, hostname: s.hostname })),
});

/** The stream each service's changes are events on: its `seq` is the service's version. */
export const criticalServiceStream = (id: string): string => `critical-service:${id}`;

import type { IncidentView } from '@cordon/contracts';
import { nextUpdateDueAt } from '@cordon/domain';
import type { IncidentEntity } from './entities';

export const nextDue = (i: IncidentEntity): Date | null =>
  nextUpdateDueAt(i.lastUpdateAt, i.updateCadenceMinutes, i.status);

export function toIncidentView(
  i: IncidentEntity,
  departmentIds: string[],
  lastSeq?: number,
): IncidentView {
  return {
    id: i.id,
    reference: i.reference,
    title: i.title,
    severity: i.severity,
    summary: i.summary,
    status: i.status,
    owner: { id: i.ownerId, name: i.ownerName },
    updateCadenceMinutes: i.updateCadenceMinutes,
    lastUpdateAt: i.lastUpdateAt.toISOString(),
    nextUpdateDueAt: nextDue(i)?.toISOString() ?? null,
    affectedDepartmentIds: departmentIds,
    createdAt: i.createdAt.toISOString(),
    closedAt: i.closedAt?.toISOString() ?? null,
    ...(lastSeq === undefined ? {} : { lastSeq }),
  };
}

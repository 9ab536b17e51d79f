import { Injectable } from '@nestjs/common';
import type { DataOf } from '@cordon/contracts';
import { StaffAudience } from '@cordon/directory';
import type { OutboxItem, SpineTransaction } from '@cordon/platform';
import { BroadcastWriterRepository, UnreachableRow } from './broadcast-writer.repository';

/** Names a department's ITU notice lists (the count says how many more there are). */
export const UNREACHABLE_NAMES_MAX = 50;

/**
 * After a broadcast's deliveries are routed, in its transaction: the recipients on a
 * closed LAN whom no SMS reaches are counted on the broadcast, and when any are staff,
 * `broadcast.unreachable` is written with the count per department and each of those
 * departments' ITU is told by a `notify.staff_unreachable` job (its id names the
 * broadcast and department: once per broadcast per department).
 */
@Injectable()
export class UnreachableStaffService {
  constructor(
    private readonly rows: BroadcastWriterRepository,
    private readonly staff: StaffAudience,
  ) {}

  async note(
    tx: SpineTransaction,
    {
      broadcastId,
      incidentId,
      subject,
    }: { broadcastId: string; incidentId: string; subject: string },
  ): Promise<number> {
    const people = await this.rows.unreachableStaff(tx.manager, broadcastId);
    if (people.length === 0) return 0;
    await this.rows.setUnreachable(tx.manager, broadcastId, people.length);
    const staff = people.filter((p) => p.kind === 'staff');
    const departmentOf = await this.staff.departmentsOf(
      staff.map((p) => p.recipientId),
      tx.manager,
    );
    const byDepartment = new Map<string, UnreachableRow[]>();
    for (const p of staff) {
      const departmentId = departmentOf.get(p.recipientId);
      if (departmentId)
        byDepartment.set(departmentId, [...(byDepartment.get(departmentId) ?? []), p]);
    }
    if (byDepartment.size === 0) return people.length;
    const departments = [...byDepartment]
      .map(([departmentId, list]) => ({ departmentId, staff: list.length }))
      .sort((a, b) => a.departmentId.localeCompare(b.departmentId));
    tx.appendToIncident(incidentId, 'broadcast.unreachable', {
      broadcastId,
      unreachable: people.length,
      departments,
    });
    await tx.enqueue(
      [...byDepartment].map(([departmentId, list]) =>
        ituJob(`staff-unreachable:${broadcastId}:${departmentId}`, {
          incidentId,
          broadcastId,
          departmentId,
          subject,
          count: list.length,
          staff: list
            .slice(0, UNREACHABLE_NAMES_MAX)
            .map((p) => ({ name: p.name, lan: p.lan, reason: p.reason })),
        }),
      ),
    );
    return people.length;
  }
}

const ituJob = (
  jobId: string,
  payload: DataOf<'notify', 'notify.staff_unreachable'>,
): OutboxItem<'notify'> =>
  ({ queue: 'notify', name: 'notify.staff_unreachable', jobId, payload }) as OutboxItem<'notify'>;

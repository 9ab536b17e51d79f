import { Injectable, Logger } from '@nestjs/common';
import { needsEscalation } from '@cordon/domain';
import { Spine, SYSTEM_ACTOR } from '@cordon/platform';
import { notify } from './notify-outbox';

interface OverdueRow {
  directive_id: string;
  department_id: string;
  incident_id: string;
  due_at: Date;
  text: string;
  owner_id: string;
}

/**
 * Acknowledgements past their due time escalate to the owner: a `directive.escalated`
 * event and a message, once per directive and department, however many workers scan
 * and however often (rows taken FOR UPDATE SKIP LOCKED, marked in the same transaction).
 */
@Injectable()
export class DirectiveEscalationService {
  private readonly logger = new Logger(DirectiveEscalationService.name);

  constructor(private readonly spine: Spine) {}

  /** Escalates everything overdue at `now`; returns how many acknowledgements escalated. */
  async escalateOverdue(now: Date = new Date(), batchSize = 200): Promise<number> {
    let total = 0;
    for (;;) {
      const escalated = await this.spine.run(SYSTEM_ACTOR, async (tx) => {
        const rows: OverdueRow[] = await tx.manager.query(
          `SELECT r.directive_id, r.department_id, d.incident_id, d.due_at, d.text, i.owner_id
           FROM directive_departments r
           JOIN directives d ON d.id = r.directive_id
           JOIN incidents i ON i.id = d.incident_id
           WHERE r.acknowledged_at IS NULL AND r.escalated_at IS NULL AND d.due_at < $1
             AND i.status <> 'closed'
           ORDER BY d.incident_id, d.due_at, r.directive_id, r.department_id
           LIMIT $2
           FOR UPDATE OF r SKIP LOCKED`,
          [now, batchSize],
        );
        const due = rows.filter((r) =>
          needsEscalation(
            { departmentId: r.department_id, acknowledgedAt: null, escalatedAt: null },
            new Date(r.due_at),
            now,
          ),
        );
        // rows first, events last (see EventBatch)
        if (due.length) {
          await tx.manager.query(
            `UPDATE directive_departments SET escalated_at = now()
             FROM unnest($1::uuid[], $2::uuid[]) AS d(directive_id, department_id)
             WHERE directive_departments.directive_id = d.directive_id
               AND directive_departments.department_id = d.department_id`,
            [due.map((r) => r.directive_id), due.map((r) => r.department_id)],
          );
          await tx.enqueue(
            due.map((r) =>
              notify(
                'notify.directive_overdue',
                `directive-overdue:${r.directive_id}:${r.department_id}`,
                {
                  incidentId: r.incident_id,
                  directiveId: r.directive_id,
                  departmentId: r.department_id,
                  ownerId: r.owner_id,
                  text: r.text,
                  dueAt: new Date(r.due_at).toISOString(),
                },
              ),
            ),
          );
        }
        for (const r of due) {
          await tx.appendToIncident(r.incident_id, 'directive.escalated', {
            directiveId: r.directive_id,
            departmentId: r.department_id,
            dueAt: new Date(r.due_at).toISOString(),
            ownerId: r.owner_id,
          });
        }
        return { found: rows.length, escalated: due.length };
      });
      total += escalated.escalated;
      if (escalated.found < batchSize) break;
    }
    if (total) this.logger.log({ msg: 'directive acknowledgements escalated', count: total });
    return total;
  }
}

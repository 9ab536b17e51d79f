import { Injectable, Logger } from '@nestjs/common';
import { needsEscalation } from '@cordon/domain';
import { Spine, SYSTEM_ACTOR } from '@cordon/platform';
import { DirectiveRepository } from './directive.repository';
import { notify } from './notify-outbox';

/**
 * Acknowledgements past their due time escalate to the owner: a `directive.escalated`
 * event and a message, once per directive and department, however many workers scan
 * and however often (rows taken FOR UPDATE SKIP LOCKED, marked in the same transaction).
 */
@Injectable()
export class DirectiveEscalationService {
  private readonly logger = new Logger(DirectiveEscalationService.name);

  constructor(
    private readonly spine: Spine,
    private readonly directives: DirectiveRepository,
  ) {}

  /** Escalates everything overdue at `now`; returns how many acknowledgements escalated. */
  async escalateOverdue(now: Date = new Date(), batchSize = 200): Promise<number> {
    let total = 0;
    for (;;) {
      const escalated = await this.spine.run(SYSTEM_ACTOR, async (tx) => {
        const rows = await this.directives.lockOverdue(tx.manager, now, batchSize);
        const due = rows.filter((r) =>
          needsEscalation(
            { departmentId: r.departmentId, acknowledgedAt: null, escalatedAt: null },
            r.dueAt,
            now,
          ),
        );
        if (due.length) {
          await this.directives.markEscalated(tx.manager, due);
          await tx.enqueue(
            due.map((r) =>
              notify(
                'notify.directive_overdue',
                `directive-overdue:${r.directiveId}:${r.departmentId}`,
                {
                  incidentId: r.incidentId,
                  directiveId: r.directiveId,
                  departmentId: r.departmentId,
                  ownerId: r.ownerId,
                  text: r.text,
                  dueAt: r.dueAt.toISOString(),
                },
              ),
            ),
          );
        }
        for (const r of due) {
          tx.appendToIncident(r.incidentId, 'directive.escalated', {
            directiveId: r.directiveId,
            departmentId: r.departmentId,
            dueAt: r.dueAt.toISOString(),
            ownerId: r.ownerId,
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

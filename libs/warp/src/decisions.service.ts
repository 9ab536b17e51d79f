import { Injectable } from '@nestjs/common';
import type { DecisionView } from '@cordon/contracts';
import { actorOf, AuthUser } from '@cordon/auth';
import { assertIncidentOpen, assertMayMarkDecision, decisionText } from '@cordon/domain';
import { IncidentAccess } from '@cordon/incidents';
import { Spine } from '@cordon/platform';

/** The owner marks a decision: an `incident.decision_marked` event, which prompts a WARP summary. */
@Injectable()
export class DecisionsService {
  constructor(
    private readonly access: IncidentAccess,
    private readonly spine: Spine,
  ) {}

  async mark(id: string, user: AuthUser, request: { text: string }): Promise<DecisionView> {
    const text = decisionText(request);
    const markedBy = { id: user.id, name: user.name };
    const event = await this.spine.run(actorOf(user), async (tx) => {
      const { incident, departmentIds } = await this.access.load(id, user, 'read', tx.manager);
      assertMayMarkDecision(user, { ownerId: incident.ownerId, departmentIds });
      assertIncidentOpen(incident);
      return tx.appendToIncident(id, 'incident.decision_marked', { text, markedBy });
    });
    return { seq: event.seq, at: event.at.toISOString(), text, markedBy };
  }
}

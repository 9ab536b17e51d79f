import { Injectable } from '@nestjs/common';
import type {
  Page,
  ReviewActionView,
  ReviewSummaryView,
  ReviewView,
  UserRef,
} from '@cordon/contracts';
import { AuthUser, UsersService } from '@cordon/auth';
import { notFound, utcDay } from '@cordon/domain';
import { IncidentAccess, IncidentSummaries } from '@cordon/incidents';
import { Spine, SYSTEM_ACTOR } from '@cordon/platform';
import { ReviewActionsQueryDto, ReviewListQueryDto } from './dto/review.dto';
import { ReviewActionRepository } from './review-action.repository';
import { toActionView, toReviewView, toSummaryView } from './review-views';
import { ReviewRepository } from './review.repository';

/** Who may be given an action item: the people who run incidents and their IT units. */
const ASSIGNABLE = ['owner', 'command', 'itu'] as const;

/**
 * Post-incident reviews, read side and opening: a review opens once per incident when
 * the incident closes (the `review.open` job), and is read by whoever may read the incident.
 */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly spine: Spine,
    private readonly access: IncidentAccess,
    private readonly summaries: IncidentSummaries,
    private readonly users: UsersService,
    private readonly reviews: ReviewRepository,
    private readonly actions: ReviewActionRepository,
  ) {}

  /**
   * Opens the closed incident's review, once: a second close (after a reopen), a repeated
   * job or two workers at once find it opened (unique per incident) and write nothing.
   * An incident reopened before the job ran gets its review when it closes again.
   */
  async openFor(incidentId: string): Promise<{ id: string; created: boolean } | null> {
    return this.spine.run(SYSTEM_ACTOR, async (tx) => {
      const incident = await this.summaries.get(incidentId, tx.manager);
      if (!incident || incident.status !== 'closed') return null;
      const id = await this.reviews.open(tx.manager, incidentId);
      if (!id) {
        const existing = await this.reviews.byIncident(incidentId, tx.manager);
        return existing ? { id: existing.id, created: false } : null;
      }
      const owner = await this.users.findById(incident.ownerId);
      tx.appendToIncident(incidentId, 'review.opened', {
        reviewId: id,
        owner: { id: incident.ownerId, name: owner?.name ?? '' },
      });
      return { id, created: true };
    });
  }

  async get(incidentId: string, user: AuthUser): Promise<ReviewView> {
    const { incident, departmentIds } = await this.access.load(incidentId, user, 'read');
    const review = await this.reviews.byIncident(incidentId);
    if (!review) throw notFound('Review of incident', incidentId);
    const actions = await this.actions.ofReview(review.id);
    return toReviewView(
      review,
      actions,
      user,
      { ownerId: incident.ownerId, departmentIds },
      new Date(),
    );
  }

  async list(query: ReviewListQueryDto): Promise<Page<ReviewSummaryView>> {
    const page = await this.reviews.page({ status: query.status }, utcDay(new Date()), query);
    return { items: page.items.map(toSummaryView), nextCursor: page.nextCursor };
  }

  /** The caller's own action items, by due day. */
  async mine(query: ReviewActionsQueryDto, user: AuthUser): Promise<Page<ReviewActionView>> {
    const page = await this.actions.mine(user.id, query.state, query);
    const references = await this.references(page.items.map((a) => a.incidentId));
    const now = new Date();
    return {
      items: page.items.map((a) => toActionView(a, now, references.get(a.incidentId) ?? '')),
      nextCursor: page.nextCursor,
    };
  }

  /** One action item as it stands (after a write: the writer may not read the incident). */
  async action(id: string): Promise<ReviewActionView> {
    const action = await this.actions.byId(id);
    if (!action) throw notFound('Action item', id);
    const references = await this.references([action.incidentId]);
    return toActionView(action, new Date(), references.get(action.incidentId) ?? '');
  }

  /** The incidents' references, by id (a page of items names a few incidents). */
  private async references(incidentIds: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const id of new Set(incidentIds)) {
      const incident = await this.summaries.get(id);
      if (incident) out.set(id, incident.reference);
    }
    return out;
  }

  /** Who an action item may be given to (for the owner picker), by name. */
  async assignees(incidentId: string, user: AuthUser): Promise<UserRef[]> {
    await this.access.load(incidentId, user, 'read');
    const users = await this.users.activeWithAnyRole([...ASSIGNABLE]);
    return users.map((u) => ({ id: u.id, name: u.name }));
  }
}

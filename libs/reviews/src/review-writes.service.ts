import { Injectable } from '@nestjs/common';
import type { ReviewActionView, ReviewSections, ReviewView, UserRef } from '@cordon/contracts';
import { actorOf, AuthUser, UsersService } from '@cordon/auth';
import {
  actionOverdue,
  assertDueDay,
  assertDueNotPast,
  assertMayChangeAction,
  assertMayWriteReview,
  assertReviewOpen,
  decideActionDone,
  decideSignOff,
  IncidentFacts,
  invalidField,
  notFound,
} from '@cordon/domain';
import { IncidentAccess } from '@cordon/incidents';
import { Spine, SpineTransaction } from '@cordon/platform';
import { CreateReviewActionDto, UpdateReviewActionDto, UpdateReviewDto } from './dto/review.dto';
import { ActionChanges, ReviewActionRepository } from './review-action.repository';
import { ReviewRepository, ReviewRow } from './review.repository';
import { ReviewsService } from './reviews.service';

const SECTIONS = ['wentWell', 'wentWrong', 'contributingFactors'] as const;

/**
 * Writing a review: its sections, its sign-off, its action items. Each change is one
 * spine transaction with its event on the incident's stream, under the review's row lock
 * and guarded in SQL (`status = 'open'`, `state = 'open'`).
 */
@Injectable()
export class ReviewWritesService {
  constructor(
    private readonly spine: Spine,
    private readonly access: IncidentAccess,
    private readonly users: UsersService,
    private readonly reviews: ReviewRepository,
    private readonly actions: ReviewActionRepository,
    private readonly reads: ReviewsService,
  ) {}

  async update(incidentId: string, dto: UpdateReviewDto, user: AuthUser): Promise<ReviewView> {
    const changes: Partial<ReviewSections> = {};
    for (const key of SECTIONS) if (dto[key] !== undefined) changes[key] = dto[key];
    if (Object.keys(changes).length === 0 && dto.status === undefined) {
      throw invalidField('wentWell', 'give wentWell, wentWrong, contributingFactors or status');
    }
    await this.spine.run(actorOf(user), async (tx) => {
      const { review, facts } = await this.locked(tx, incidentId);
      if (Object.keys(changes).length > 0) {
        assertMayWriteReview(user, facts);
        assertReviewOpen(review.status);
        if (!(await this.reviews.writeSections(tx.manager, review.id, changes))) {
          assertReviewOpen('completed');
        }
        tx.appendToIncident(incidentId, 'review.updated', { reviewId: review.id, changes });
      }
      if (dto.status === 'completed') {
        decideSignOff(review.status, user, facts);
        const by = { id: user.id, name: user.name };
        if (!(await this.reviews.complete(tx.manager, review.id, by)))
          assertReviewOpen('completed');
        const open = (await this.actions.ofReview(review.id, tx.manager)).filter(
          (a) => a.state === 'open',
        ).length;
        tx.appendToIncident(incidentId, 'review.completed', {
          reviewId: review.id,
          completedBy: by,
          openActions: open,
        });
      }
    });
    return this.reads.get(incidentId, user);
  }

  async addAction(
    incidentId: string,
    dto: CreateReviewActionDto,
    user: AuthUser,
  ): Promise<ReviewActionView> {
    assertDueNotPast(dto.dueOn, new Date());
    const owner = await this.owner(dto.ownerId);
    const id = await this.spine.run(actorOf(user), async (tx) => {
      const { review, facts } = await this.locked(tx, incidentId);
      assertMayWriteReview(user, facts);
      assertReviewOpen(review.status);
      const action = await this.actions.insert(tx.manager, {
        reviewId: review.id,
        incidentId,
        title: dto.title,
        ownerId: owner.id,
        ownerName: owner.name,
        dueOn: dto.dueOn,
        createdById: user.id,
        createdByName: user.name,
      });
      tx.appendToIncident(incidentId, 'review.action_added', {
        reviewId: review.id,
        actionId: action.id,
        title: dto.title,
        owner,
        dueOn: dto.dueOn,
      });
      return action.id;
    });
    return this.reads.action(id);
  }

  /** Change an open item's title, owner or due day, and/or mark it done. */
  async changeAction(
    incidentId: string,
    actionId: string,
    dto: UpdateReviewActionDto,
    user: AuthUser,
  ): Promise<ReviewActionView> {
    if (dto.dueOn !== undefined) assertDueDay(dto.dueOn);
    const owner = dto.ownerId !== undefined ? await this.owner(dto.ownerId) : undefined;
    const changes: ActionChanges = {};
    if (dto.title !== undefined) changes.title = dto.title;
    if (dto.dueOn !== undefined) changes.dueOn = dto.dueOn;
    if (owner) Object.assign(changes, { ownerId: owner.id, ownerName: owner.name });
    if (Object.keys(changes).length === 0 && dto.state === undefined) {
      throw invalidField('state', 'give title, ownerId, dueOn or state');
    }
    await this.spine.run(actorOf(user), async (tx) => {
      const { review, facts } = await this.locked(tx, incidentId);
      const action = await this.actions.lock(tx.manager, review.id, actionId);
      if (!action) throw notFound('Action item', actionId);
      if (Object.keys(changes).length > 0) {
        assertMayChangeAction(action, review.status, user, facts);
        await this.actions.change(tx.manager, action.id, changes);
        tx.appendToIncident(incidentId, 'review.action_changed', {
          reviewId: review.id,
          actionId,
          changes: {
            ...(changes.title !== undefined && { title: changes.title }),
            ...(owner && { owner }),
            ...(changes.dueOn !== undefined && { dueOn: changes.dueOn }),
          },
        });
      }
      if (dto.state === 'done') {
        const next = { ...action, ...changes };
        decideActionDone(next, review.status, user, facts);
        const by = { id: user.id, name: user.name };
        const doneAt = await this.actions.markDone(tx.manager, action.id, by);
        if (!doneAt) decideActionDone({ ...next, state: 'done' }, review.status, user, facts);
        tx.appendToIncident(incidentId, 'review.action_done', {
          reviewId: review.id,
          actionId,
          doneBy: by,
          late: actionOverdue(next, doneAt ?? new Date()),
        });
      }
    });
    return this.reads.action(actionId);
  }

  /** The incident's facts and its review, the review's row held. */
  private async locked(
    tx: SpineTransaction,
    incidentId: string,
  ): Promise<{ review: ReviewRow; facts: IncidentFacts }> {
    // Who may do what is each operation's rule (writers, the item's owner): an action
    // item's owner marks it done without being able to read the whole incident.
    const facts = await this.access.facts(tx.manager, incidentId);
    if (!facts) throw notFound('Incident', incidentId);
    const review = await this.reviews.byIncident(incidentId, tx.manager, true);
    if (!review) throw notFound('Review of incident', incidentId);
    return { review, facts: { ownerId: facts.ownerId, departmentIds: facts.departmentIds } };
  }

  private async owner(id: string): Promise<UserRef> {
    const owner = await this.users.findActive(id);
    if (!owner) throw invalidField('ownerId', 'is not an active user');
    return { id: owner.id, name: owner.name };
  }
}

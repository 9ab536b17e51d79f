import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Page, UserRef } from '@cordon/contracts';
import { keysetOrder, keysetPage, KeysetRequest, returning } from '@cordon/platform';
import { ReviewActionEntity } from './entities';

export type NewReviewAction = Pick<
  ReviewActionEntity,
  | 'reviewId'
  | 'incidentId'
  | 'title'
  | 'ownerId'
  | 'ownerName'
  | 'dueOn'
  | 'createdById'
  | 'createdByName'
>;

export interface ActionChanges {
  title?: string;
  ownerId?: string;
  ownerName?: string;
  dueOn?: string;
}

const BY_DUE = keysetOrder<ReviewActionEntity>(
  [
    { column: 'a.dueOn', cast: 'date' },
    { column: 'a.id', cast: 'uuid' },
  ],
  (a) => [a.dueOn, a.id],
);

/** Action items of reviews: written open, changed or done under `state = 'open'` guards. */
@Injectable()
export class ReviewActionRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(db: EntityManager, action: NewReviewAction): Promise<ReviewActionEntity> {
    return db.getRepository(ReviewActionEntity).save({ ...action });
  }

  byId(id: string): Promise<ReviewActionEntity | null> {
    return this.dataSource.getRepository(ReviewActionEntity).findOneBy({ id });
  }

  /** A review's items, oldest first. */
  ofReview(reviewId: string, db: EntityManager = this.dataSource.manager) {
    return db
      .getRepository(ReviewActionEntity)
      .find({ where: { reviewId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** One item of a review, its row held for the transaction. */
  lock(db: EntityManager, reviewId: string, id: string): Promise<ReviewActionEntity | null> {
    return db
      .getRepository(ReviewActionEntity)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.id = :id AND a.reviewId = :reviewId', { id, reviewId })
      .getOne();
  }

  async change(db: EntityManager, id: string, changes: ActionChanges): Promise<boolean> {
    const result = await db
      .createQueryBuilder()
      .update(ReviewActionEntity)
      .set(changes)
      .where('id = :id AND state = :open', { id, open: 'open' })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** open → done, once: the time it was done, or null when it was done already. */
  async markDone(db: EntityManager, id: string, by: UserRef): Promise<Date | null> {
    const rows = await returning<{ done_at: Date }>(
      db,
      `UPDATE review_actions SET state = 'done', done_at = now(), done_by_id = $2, done_by_name = $3
       WHERE id = $1 AND state = 'open' RETURNING done_at`,
      [id, by.id, by.name],
    );
    return rows[0]?.done_at ?? null;
  }

  /** A user's items (open first by due day), across reviews. */
  mine(ownerId: string, state: 'open' | 'done' | undefined, request: KeysetRequest) {
    const qb = this.dataSource
      .getRepository(ReviewActionEntity)
      .createQueryBuilder('a')
      .where('a.ownerId = :ownerId', { ownerId });
    if (state) qb.andWhere('a.state = :state', { state });
    return keysetPage(qb, BY_DUE, request, (a) => a) as Promise<Page<ReviewActionEntity>>;
  }

  /** Open items whose due day is before `today` and whose owner was not reminded today. */
  remindable(today: string, limit = 500): Promise<ReviewActionEntity[]> {
    return this.dataSource
      .getRepository(ReviewActionEntity)
      .createQueryBuilder('a')
      .where(`a.state = 'open' AND a.dueOn < CAST(:today AS date)`, { today })
      .andWhere('(a.lastRemindedOn IS NULL OR a.lastRemindedOn < CAST(:today AS date))', { today })
      .orderBy('a.dueOn', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** Notes today's reminder, once: false when another sweep noted it first. */
  async noteReminded(db: EntityManager, id: string, today: string): Promise<boolean> {
    const rows = await returning<{ id: string }>(
      db,
      `UPDATE review_actions SET last_reminded_on = $2::date
       WHERE id = $1 AND state = 'open' AND (last_reminded_on IS NULL OR last_reminded_on < $2::date)
       RETURNING id`,
      [id, today],
    );
    return rows.length === 1;
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Page, ReviewSections, ReviewStatus, UserRef } from '@cordon/contracts';
import { keysetClause, keysetOrder, KeysetRequest, returning } from '@cordon/platform';
import { ReviewEntity } from './entities';

/** A review with its incident's reference, title and owner (the incident feature's row). */
export interface ReviewRow extends ReviewEntity {
  reference: string;
  title: string;
  ownerId: string;
  ownerName: string;
}

/** A review in the list, with its action items counted on `today` (UTC day). */
export interface ReviewSummaryRow extends ReviewRow {
  total: number;
  open: number;
  overdue: number;
}

interface RawSummary {
  id: string;
  incident_id: string;
  status: ReviewStatus;
  went_well: string;
  went_wrong: string;
  contributing_factors: string;
  opened_at: Date;
  completed_at: Date | null;
  completed_by_id: string | null;
  completed_by_name: string | null;
  reference: string;
  title: string;
  owner_id: string;
  owner_name: string;
  total: number;
  open: number;
  overdue: number;
}

const NEWEST_FIRST = keysetOrder<RawSummary>(
  [
    { column: 'r.opened_at', cast: 'timestamptz' },
    { column: 'r.id', cast: 'uuid' },
  ],
  (r) => [r.opened_at.toISOString(), r.id],
  'desc',
);

const toRow = (r: RawSummary): ReviewSummaryRow => ({
  id: r.id,
  incidentId: r.incident_id,
  status: r.status,
  wentWell: r.went_well,
  wentWrong: r.went_wrong,
  contributingFactors: r.contributing_factors,
  openedAt: r.opened_at,
  completedAt: r.completed_at,
  completedById: r.completed_by_id,
  completedByName: r.completed_by_name,
  reference: r.reference,
  title: r.title,
  ownerId: r.owner_id,
  ownerName: r.owner_name,
  total: r.total,
  open: r.open,
  overdue: r.overdue,
});

const SUMMARY_SELECT = `
  SELECT r.*, i.reference, i.title, i.owner_id, i.owner_name,
    (SELECT count(*)::int FROM review_actions a WHERE a.review_id = r.id) AS total,
    (SELECT count(*)::int FROM review_actions a WHERE a.review_id = r.id AND a.state = 'open') AS open,
    (SELECT count(*)::int FROM review_actions a
      WHERE a.review_id = r.id AND a.state = 'open' AND a.due_on < $1::date) AS overdue
  FROM reviews r JOIN incidents i ON i.id = r.incident_id`;

/** Reviews: one per incident, opened once; sections written and signed off under guards. */
@Injectable()
export class ReviewRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Opens the incident's review unless it has one: answers the new id, or null. */
  async open(db: EntityManager, incidentId: string): Promise<string | null> {
    const rows: { id: string }[] = await db.query(
      `INSERT INTO reviews (incident_id) VALUES ($1)
       ON CONFLICT (incident_id) DO NOTHING RETURNING id`,
      [incidentId],
    );
    return rows[0]?.id ?? null;
  }

  /** The incident's review with its incident's facts; `lock` holds the review row. */
  async byIncident(
    incidentId: string,
    db: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<ReviewRow | null> {
    const rows: RawSummary[] = await db.query(
      `SELECT r.*, i.reference, i.title, i.owner_id, i.owner_name,
         0 AS total, 0 AS open, 0 AS overdue
       FROM reviews r JOIN incidents i ON i.id = r.incident_id
       WHERE r.incident_id = $1 ${lock ? 'FOR UPDATE OF r' : ''}`,
      [incidentId],
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  /** Writes sections while the review is open: false when it was signed off meanwhile. */
  async writeSections(
    db: EntityManager,
    id: string,
    changes: Partial<ReviewSections>,
  ): Promise<boolean> {
    const result = await db
      .createQueryBuilder()
      .update(ReviewEntity)
      .set(changes)
      .where('id = :id AND status = :open', { id, open: 'open' })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** open → completed, once. */
  async complete(db: EntityManager, id: string, by: UserRef): Promise<Date | null> {
    const rows = await returning<{ completed_at: Date }>(
      db,
      `UPDATE reviews SET status = 'completed', completed_at = now(),
         completed_by_id = $2, completed_by_name = $3
       WHERE id = $1 AND status = 'open' RETURNING completed_at`,
      [id, by.id, by.name],
    );
    return rows[0]?.completed_at ?? null;
  }

  /** Reviews newest first, with status filter and action counts as of `today`. */
  async page(
    filter: { status?: ReviewStatus },
    today: string,
    request: KeysetRequest,
  ): Promise<Page<ReviewSummaryRow>> {
    const params: unknown[] = [today];
    const where: string[] = [];
    if (filter.status) {
      params.push(filter.status);
      where.push(`r.status = $${params.length}`);
    }
    const keyset = keysetClause(NEWEST_FIRST, request, params);
    if (keyset.where) where.push(keyset.where);
    const rows: RawSummary[] = await this.dataSource.query(
      `${SUMMARY_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ${keyset.tail}`,
      params,
    );
    return keyset.page(rows, toRow);
  }

  /** Event counts of an incident's log by type (the evidence pack's ISO mapping). */
  async eventCounts(incidentId: string): Promise<Record<string, number>> {
    const rows: { type: string; n: number }[] = await this.dataSource.query(
      `SELECT type, count(*)::int AS n FROM events WHERE stream = $1 GROUP BY type`,
      [`incident:${incidentId}`],
    );
    return Object.fromEntries(rows.map((r) => [r.type, r.n]));
  }
}

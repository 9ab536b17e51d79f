import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { BroadcastChannel, DeliveryStatus, Page } from '@cordon/contracts';
import type { BroadcastRequest } from '@cordon/domain';
import { StaffAudience } from '@cordon/directory';
import { KeysetRequest, keysetClause, keysetOrder, keysetPage } from '@cordon/platform';
import { ELIGIBILITY_SQL } from './eligibility.repository';
import { BroadcastEntity } from './entities';
import type { DeliveryRow, SilentRow } from './views';

/** Who a broadcast would reach: recipients, and per channel and skip reason how many. */
export interface ReachRow {
  recipients: number;
  groups: { channel: BroadcastChannel; reason: string | null; n: number }[] | null;
}

const BROADCASTS_NEWEST_FIRST = keysetOrder<BroadcastEntity>(
  [
    { column: 'b.createdAt', cast: 'timestamptz' },
    { column: 'b.id', cast: 'uuid' },
  ],
  (b) => [new Date(b.createdAt).toISOString(), b.id],
  'desc',
);
const DELIVERIES_BY_NAME = keysetOrder<DeliveryRow>(
  ['r.name', 'd.channel', { column: 'd.id', cast: 'uuid' }],
  (d) => [d.recipient_name, d.channel, d.id],
);
const SILENT_BY_NAME = keysetOrder<SilentRow>(
  ['r.name', { column: 'r.recipient_id', cast: 'uuid' }],
  (r) => [r.name, r.recipient_id],
);

/** The owner's reads of broadcasts: lists by keyset, and the reach of a broadcast to be. */
@Injectable()
export class BroadcastReadsRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly staff: StaffAudience,
  ) {}

  byId(broadcastId: string): Promise<BroadcastEntity | null> {
    return this.dataSource.getRepository(BroadcastEntity).findOneBy({ id: broadcastId });
  }

  /** An incident's broadcasts and notices, newest first. */
  forIncident(incidentId: string, request: KeysetRequest): Promise<Page<BroadcastEntity>> {
    const qb = this.dataSource
      .getRepository(BroadcastEntity)
      .createQueryBuilder('b')
      .where('b.incidentId = :incidentId', { incidentId });
    return keysetPage(qb, BROADCASTS_NEWEST_FIRST, request, (b) => b);
  }

  /** Deliveries by recipient name, then channel, filtered by status and channel. */
  async deliveries(
    broadcastId: string,
    filter: { status?: DeliveryStatus; channel?: BroadcastChannel },
    request: KeysetRequest,
  ): Promise<Page<DeliveryRow>> {
    const params: unknown[] = [broadcastId, filter.status ?? null, filter.channel ?? null];
    const page = keysetClause(DELIVERIES_BY_NAME, request, params);
    const rows: DeliveryRow[] = await this.dataSource.query(
      `SELECT d.*, r.name AS recipient_name FROM deliveries d
       JOIN broadcast_recipients r ON r.broadcast_id = d.broadcast_id AND r.recipient_id = d.recipient_id
       WHERE d.broadcast_id = $1
         AND ($2::text IS NULL OR d.status = $2) AND ($3::text IS NULL OR d.channel = $3)
         ${page.where ? `AND ${page.where}` : ''}
       ${page.tail}`,
      params,
    );
    return page.page(rows, (d) => d);
  }

  /** Recipients who have not acknowledged, by name, with how each delivery went. */
  async silent(broadcastId: string, request: KeysetRequest): Promise<Page<SilentRow>> {
    const params: unknown[] = [broadcastId];
    const page = keysetClause(SILENT_BY_NAME, request, params);
    const rows: SilentRow[] = await this.dataSource.query(
      `SELECT r.recipient_id, r.name, r.email, r.mobile, r.lan_code,
              coalesce((SELECT json_agg(json_build_object('channel', d.channel, 'status', d.status,
                         'reason', d.reason) ORDER BY d.channel)
                        FROM deliveries d
                        WHERE d.broadcast_id = r.broadcast_id AND d.recipient_id = r.recipient_id),
                       '[]') AS deliveries
       FROM broadcast_recipients r
       WHERE r.broadcast_id = $1 AND r.acknowledged_at IS NULL
         ${page.where ? `AND ${page.where}` : ''}
       ${page.tail}`,
      params,
    );
    return page.page(rows, (r) => r);
  }

  /**
   * An audience (the directory's SQL for it) crossed with `channels` under the delivery
   * eligibility, counted in one read-only statement.
   */
  async reach(
    spec: BroadcastRequest['audience'],
    channels: readonly BroadcastChannel[],
  ): Promise<ReachRow> {
    const audience = this.staff.query(spec, 2);
    const rows: ReachRow[] = await this.dataSource.query(
      `WITH r AS (${audience.sql})
       SELECT (SELECT count(*)::int FROM r) AS recipients,
              (SELECT json_agg(json_build_object('channel', g.ch, 'reason', g.reason, 'n', g.n))
               FROM (SELECT ch, e.reason, count(*)::int AS n
                     FROM r CROSS JOIN unnest($1::text[]) ch
                     ${ELIGIBILITY_SQL}
                     GROUP BY ch, e.reason) g) AS groups`,
      [channels, ...audience.params],
    );
    return rows[0] ?? { recipients: 0, groups: null };
  }
}

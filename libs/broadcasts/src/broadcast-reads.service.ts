import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { BroadcastView, DeliveryView, Page, SilentRecipientView } from '@cordon/contracts';
import type { AuthUser } from '@cordon/auth';
import { notFound } from '@cordon/domain';
import {
  APP_CONFIG,
  AppConfig,
  decodeCursor,
  PageQueryDto,
  pageLimit,
  toPage,
} from '@cordon/platform';
import { assertMayBroadcast, loadForAction } from './broadcast-access';
import { countTotals } from './broadcast-totals';
import { BroadcastIncidents } from './broadcast-incidents.port';
import { DeliveryQueryDto } from './dto/broadcast-queries.dto';
import { BroadcastEntity } from './entities';
import { DeliveryRow, SilentRow, toBroadcastView, toDeliveryView, toSilentView } from './views';

/** What the owner watches: a broadcast with its totals, its deliveries, who is silent. */
@Injectable()
export class BroadcastReadsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly incidents: BroadcastIncidents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async get(broadcastId: string, user: AuthUser): Promise<BroadcastView> {
    await loadForAction(this.dataSource, this.incidents, broadcastId, user, 'read');
    return this.view(broadcastId);
  }

  async view(broadcastId: string): Promise<BroadcastView> {
    const row = await this.dataSource.getRepository(BroadcastEntity).findOneBy({ id: broadcastId });
    const totals = await countTotals(this.dataSource.manager, broadcastId);
    if (!row || !totals) throw notFound('Broadcast', broadcastId);
    return toBroadcastView(row, totals, this.config.comms.timeZone);
  }

  /** An incident's broadcasts and notices, newest first. */
  async listForIncident(
    incidentId: string,
    query: PageQueryDto,
    user: AuthUser,
  ): Promise<Page<BroadcastView>> {
    const incident = await this.incidents.get(this.dataSource.manager, incidentId);
    if (!incident) throw notFound('Incident', incidentId);
    assertMayBroadcast(user, incident, 'read');
    const limit = pageLimit(query);
    const after = decodeCursor(query.cursor, 2);
    const qb = this.dataSource
      .getRepository(BroadcastEntity)
      .createQueryBuilder('b')
      .where('b.incidentId = :incidentId', { incidentId });
    if (after)
      qb.andWhere('(b.createdAt, b.id) < (CAST(:at AS timestamptz), CAST(:id AS uuid))', {
        at: String(after[0]),
        id: String(after[1]),
      });
    const rows = await qb
      .orderBy('b.createdAt', 'DESC')
      .addOrderBy('b.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    const views: BroadcastView[] = [];
    for (const row of rows.slice(0, limit + 1)) {
      const totals = await countTotals(this.dataSource.manager, row.id);
      if (totals) views.push(toBroadcastView(row, totals, this.config.comms.timeZone));
    }
    return toPage(
      views,
      limit,
      (v) => [v.createdAt, v.id],
      (v) => v,
    );
  }

  /** Deliveries by recipient name, filtered by status (`?status=failed` lists failures with reasons). */
  async deliveries(
    broadcastId: string,
    query: DeliveryQueryDto,
    user: AuthUser,
  ): Promise<Page<DeliveryView>> {
    await loadForAction(this.dataSource, this.incidents, broadcastId, user, 'read');
    const limit = pageLimit(query);
    const after = decodeCursor(query.cursor, 3);
    const rows: DeliveryRow[] = await this.dataSource.query(
      `SELECT d.*, r.name AS recipient_name FROM deliveries d
       JOIN broadcast_recipients r ON r.broadcast_id = d.broadcast_id AND r.recipient_id = d.recipient_id
       WHERE d.broadcast_id = $1
         AND ($2::text IS NULL OR d.status = $2) AND ($3::text IS NULL OR d.channel = $3)
         AND ($4::text IS NULL OR (r.name, d.channel, d.id) > ($4, $5, $6::uuid))
       ORDER BY r.name, d.channel, d.id LIMIT $7`,
      [
        broadcastId,
        query.status ?? null,
        query.channel ?? null,
        after ? String(after[0]) : null,
        after ? String(after[1]) : null,
        after ? String(after[2]) : null,
        limit + 1,
      ],
    );
    return toPage(rows, limit, (d) => [d.recipient_name, d.channel, d.id], toDeliveryView);
  }

  /** Recipients asked to acknowledge who have not, with how each delivery went. */
  async silent(
    broadcastId: string,
    query: PageQueryDto,
    user: AuthUser,
  ): Promise<Page<SilentRecipientView>> {
    const { broadcast } = await loadForAction(
      this.dataSource,
      this.incidents,
      broadcastId,
      user,
      'read',
    );
    if (!broadcast.requireAck) return { items: [], nextCursor: null };
    const limit = pageLimit(query);
    const after = decodeCursor(query.cursor, 2);
    const rows: SilentRow[] = await this.dataSource.query(
      `SELECT r.recipient_id, r.name, r.email, r.mobile, r.lan_code,
              coalesce((SELECT json_agg(json_build_object('channel', d.channel, 'status', d.status,
                         'reason', d.reason) ORDER BY d.channel)
                        FROM deliveries d
                        WHERE d.broadcast_id = r.broadcast_id AND d.recipient_id = r.recipient_id),
                       '[]') AS deliveries
       FROM broadcast_recipients r
       WHERE r.broadcast_id = $1 AND r.acknowledged_at IS NULL
         AND ($2::text IS NULL OR (r.name, r.recipient_id) > ($2, $3::uuid))
       ORDER BY r.name, r.recipient_id LIMIT $4`,
      [broadcastId, after ? String(after[0]) : null, after ? String(after[1]) : null, limit + 1],
    );
    return toPage(rows, limit, (r) => [r.name, r.recipient_id], toSilentView);
  }
}

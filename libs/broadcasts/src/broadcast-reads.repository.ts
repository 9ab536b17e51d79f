import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type {
  BroadcastChannel,
  DeliveryStatus,
  LanPhase,
  Page,
  UnreachableRecipientView,
} from '@cordon/contracts';
import type { BroadcastRequest } from '@cordon/domain';
import { StaffAudience } from '@cordon/directory';
import { KeysetRequest, keysetClause, keysetOrder, keysetPage } from '@cordon/platform';
import { ON_CLOSED_LAN, routingSql, withLanPhase } from './channel-routing.repository';
import { BroadcastEntity } from './entities';
import type { DeliveryRow, SilentRow } from './views';

/**
 * Who a broadcast would reach: recipients; per channel and skip reason how many
 * deliveries; people per part (what reaches them, their closed LAN); the unreachable.
 */
export interface ReachRow {
  recipients: number;
  groups: { channel: BroadcastChannel; reason: string | null; n: number }[] | null;
  parts: { gets: string; lan: string | null; phase: LanPhase | null; n: number }[] | null;
  unreachable_count: number;
  unreachable: UnreachableRecipientView[] | null;
}

const EMPTY_REACH: ReachRow = {
  recipients: 0,
  groups: null,
  parts: null,
  unreachable_count: 0,
  unreachable: null,
};

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

const UNREACHABLE_BY_NAME = keysetOrder<UnreachableRecipientView>(
  ['r.name', { column: 'r.recipient_id', cast: 'uuid' }],
  (r) => [r.name, r.recipientId],
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

  /** Recipients on a closed LAN whom no SMS reached, by name (`UnreachableRecipientView`). */
  async unreachable(
    broadcastId: string,
    request: KeysetRequest,
  ): Promise<Page<UnreachableRecipientView>> {
    const params: unknown[] = [broadcastId];
    const page = keysetClause(UNREACHABLE_BY_NAME, request, params);
    const rows: UnreachableRecipientView[] = await this.dataSource.query(
      `SELECT r.recipient_id AS "recipientId", r.name, r.lan_code AS lan, r.lan_phase AS phase,
              d.reason
       FROM broadcast_recipients r
       JOIN deliveries d ON d.broadcast_id = r.broadcast_id AND d.recipient_id = r.recipient_id
                        AND d.channel = 'sms' AND d.status = 'skipped'
       WHERE r.broadcast_id = $1 AND ${ON_CLOSED_LAN}
         ${page.where ? `AND ${page.where}` : ''}
       ${page.tail}`,
      params,
    );
    return page.page(rows, (r) => r);
  }

  /**
   * An audience (the directory's SQL for it), with the phase of each closed LAN, crossed
   * with `channels` under the routing the send applies (`routingSql`), in one read-only
   * statement: deliveries per channel and reason, people per part (what reaches them,
   * their closed LAN), and the first `listMax` unreachable people by name.
   */
  async reach(
    spec: BroadcastRequest['audience'],
    channels: readonly BroadcastChannel[],
    closed: readonly { code: string; phase: string }[],
    listMax = 500,
  ): Promise<ReachRow> {
    const audience = this.staff.query(spec, 5);
    const rows: ReachRow[] = await this.dataSource.query(
      `WITH a AS (${audience.sql}),
       r AS (${withLanPhase('$2', '$3')}),
       x AS (SELECT r.id, r.name, r.lan_code, r.lan_phase, ch, e.reason FROM r ${routingSql('$1')}),
       p AS (SELECT id, name, lan_code, lan_phase,
                    coalesce(string_agg(ch, '+' ORDER BY ch) FILTER (WHERE reason IS NULL), 'none') AS gets,
                    max(reason) FILTER (WHERE ch = 'sms') AS sms_reason
             FROM x GROUP BY id, name, lan_code, lan_phase),
       u AS (SELECT * FROM p r WHERE ${ON_CLOSED_LAN} AND gets NOT LIKE '%sms%')
       SELECT (SELECT count(*)::int FROM r) AS recipients,
              (SELECT json_agg(json_build_object('channel', g.ch, 'reason', g.reason, 'n', g.n))
               FROM (SELECT ch, reason, count(*)::int AS n FROM x GROUP BY ch, reason) g) AS groups,
              (SELECT json_agg(json_build_object('gets', q.gets, 'lan', q.lan, 'phase', q.phase, 'n', q.n))
               FROM (SELECT gets, lan_code AS lan, lan_phase AS phase, count(*)::int AS n
                     FROM p r WHERE ${ON_CLOSED_LAN} GROUP BY gets, lan_code, lan_phase
                     UNION ALL
                     SELECT gets, NULL, NULL, count(*)::int FROM p r
                     WHERE NOT coalesce(${ON_CLOSED_LAN}, false) GROUP BY gets) q) AS parts,
              (SELECT count(*)::int FROM u) AS unreachable_count,
              (SELECT json_agg(json_build_object('recipientId', l.id, 'name', l.name,
                        'lan', l.lan_code, 'phase', l.lan_phase, 'reason', l.sms_reason))
               FROM (SELECT * FROM u ORDER BY name, id LIMIT $4) l) AS unreachable`,
      [
        channels,
        closed.map((c) => c.code),
        closed.map((c) => c.phase),
        listMax,
        ...audience.params,
      ],
    );
    return rows[0] ?? EMPTY_REACH;
  }
}

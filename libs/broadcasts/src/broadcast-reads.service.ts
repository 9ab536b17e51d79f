import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type {
  BroadcastView,
  DeliveryView,
  Page,
  SilentRecipientView,
  UnreachableRecipientView,
} from '@cordon/contracts';
import type { AuthUser } from '@cordon/auth';
import { notFound } from '@cordon/domain';
import { APP_CONFIG, AppConfig, PageQueryDto } from '@cordon/platform';
import { assertMayBroadcast, loadForAction } from './broadcast-access';
import { BroadcastIncidents } from './broadcast-incidents.port';
import { BroadcastReadsRepository } from './broadcast-reads.repository';
import { BroadcastRepository } from './broadcast.repository';
import { DeliveryQueryDto } from './dto/broadcast-queries.dto';
import { toBroadcastView, toDeliveryView, toSilentView } from './views';

/** What the owner watches: a broadcast with its totals, its deliveries, who is silent. */
@Injectable()
export class BroadcastReadsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly incidents: BroadcastIncidents,
    private readonly broadcasts: BroadcastRepository,
    private readonly reads: BroadcastReadsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async get(broadcastId: string, user: AuthUser): Promise<BroadcastView> {
    await loadForAction(this.access(), broadcastId, user, 'read');
    return this.view(broadcastId);
  }

  async view(broadcastId: string): Promise<BroadcastView> {
    const row = await this.reads.byId(broadcastId);
    const totals = await this.broadcasts.totals(this.dataSource.manager, broadcastId);
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
    const page = await this.reads.forIncident(incidentId, query);
    const items: BroadcastView[] = [];
    for (const row of page.items) {
      const totals = await this.broadcasts.totals(this.dataSource.manager, row.id);
      if (totals) items.push(toBroadcastView(row, totals, this.config.comms.timeZone));
    }
    return { items, nextCursor: page.nextCursor };
  }

  /** Deliveries by recipient name, filtered by status (`?status=failed` lists failures with reasons). */
  async deliveries(
    broadcastId: string,
    query: DeliveryQueryDto,
    user: AuthUser,
  ): Promise<Page<DeliveryView>> {
    await loadForAction(this.access(), broadcastId, user, 'read');
    const page = await this.reads.deliveries(broadcastId, query, query);
    return { items: page.items.map(toDeliveryView), nextCursor: page.nextCursor };
  }

  /** Recipients asked to acknowledge who have not, with how each delivery went. */
  async silent(
    broadcastId: string,
    query: PageQueryDto,
    user: AuthUser,
  ): Promise<Page<SilentRecipientView>> {
    const { broadcast } = await loadForAction(this.access(), broadcastId, user, 'read');
    if (!broadcast.requireAck) return { items: [], nextCursor: null };
    const page = await this.reads.silent(broadcastId, query);
    return { items: page.items.map(toSilentView), nextCursor: page.nextCursor };
  }

  /** Recipients on a closed LAN whom no SMS reached (their ITU was told), by name. */
  async unreachable(
    broadcastId: string,
    query: PageQueryDto,
    user: AuthUser,
  ): Promise<Page<UnreachableRecipientView>> {
    await loadForAction(this.access(), broadcastId, user, 'read');
    return this.reads.unreachable(broadcastId, query);
  }

  private access() {
    return {
      broadcasts: this.broadcasts,
      incidents: this.incidents,
      manager: this.dataSource.manager,
    };
  }
}

import { Inject, Logger } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayDisconnect,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import type { Namespace, Socket } from 'socket.io';
import { AuthUser, TokenService } from '@cordon/auth';
import { Metrics } from '@cordon/platform';
import {
  LIVE_NAMESPACE,
  LiveClientEvents,
  LiveServerEvents,
  StatusView,
  SubscribeAck,
} from '@cordon/contracts';
import { departmentScope } from '@cordon/domain';
import { CampaignLiveDelivery } from './campaign-live.delivery';
import { CampaignLivePolicy, campaignLiveStream } from './campaign-live.policy';
import { LiveAccessPolicy, LIVE_ACCESS_POLICY } from './live-access.policy';
import { LiveFeed } from './live-feed';
import { StatusService } from './status.service';

type LiveSocket = Socket<
  LiveClientEvents,
  LiveServerEvents,
  Record<string, never>,
  { user: AuthUser; incidents: Set<string>; campaigns: Set<string> }
>;

const STATUS_ROOM = 'status';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function readSubscribe<K extends 'incidentId' | 'campaignId'>(
  body: unknown,
  key: K,
): ({ [k in K]: string } & { sinceSeq: number }) | { field: string; message: string } {
  const b = (body ?? {}) as Record<string, unknown>;
  const id = b[key];
  if (typeof id !== 'string' || !UUID.test(id)) return { field: key, message: 'must be a UUID' };
  if (
    b.sinceSeq !== undefined &&
    b.sinceSeq !== null &&
    !(Number.isInteger(b.sinceSeq) && (b.sinceSeq as number) >= 0)
  ) {
    return { field: 'sinceSeq', message: 'must be a whole number, 0 or more' };
  }
  return { [key]: id, sinceSeq: (b.sinceSeq as number | undefined) ?? 0 } as {
    [k in K]: string;
  } & { sinceSeq: number };
}

/**
 * socket.io namespace /live. The handshake must carry a valid token (`auth: {token}`);
 * `subscribe {incidentId, sinceSeq?}` sends every event after sinceSeq, then acknowledges
 * `{ok, seq}`, then streams the incident's new events in seq order; `campaign.subscribe`
 * does the same for a patch campaign.
 */
@WebSocketGateway({ namespace: LIVE_NAMESPACE, cors: { origin: true } })
export class LiveGateway implements OnGatewayInit, OnGatewayDisconnect {
  private readonly logger = new Logger(LiveGateway.name);

  constructor(
    private readonly tokens: TokenService,
    private readonly feed: LiveFeed,
    private readonly status: StatusService,
    @Inject(LIVE_ACCESS_POLICY) private readonly policy: LiveAccessPolicy,
    private readonly campaignPolicy: CampaignLivePolicy,
    private readonly campaignDelivery: CampaignLiveDelivery,
    private readonly metrics: Metrics,
  ) {}

  afterInit(namespace: Namespace): void {
    this.metrics.countLiveClients(LIVE_NAMESPACE, () => namespace.sockets.size);
    // Each socket is in the room of its own id: one emit reaches many, encoded once.
    this.feed.useDelivery((ids, event) => namespace.local.to(ids).emit('event', event));
    // each subscriber is sent what its department may read (CampaignLiveDelivery)
    this.feed.useStreamDelivery(campaignLiveStream(''), this.campaignDelivery.to(namespace));
    this.status.onChange(
      (view) => namespace.local.to(STATUS_ROOM).emit('status.updated', view),
      () => namespace.adapter.rooms.get(STATUS_ROOM)?.size ?? 0,
    );
    namespace.use((socket, next) => {
      const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
      this.tokens
        .authenticate(typeof token === 'string' ? token : null)
        .then((user) => {
          if (!user)
            return next(
              Object.assign(new Error('unauthorized'), { data: { code: 'unauthorized' } }),
            );
          socket.data = { user, incidents: new Set<string>(), campaigns: new Set<string>() };
          next();
        })
        .catch((err: Error) => {
          this.logger.warn(`live handshake failed: ${err.message}`);
          next(Object.assign(new Error('unavailable'), { data: { code: 'unavailable' } }));
        });
    });
  }

  @SubscribeMessage('subscribe')
  async subscribe(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody() body: unknown,
  ): Promise<SubscribeAck> {
    const request = readSubscribe(body, 'incidentId');
    if ('field' in request)
      return {
        ok: false,
        code: 'validation_failed',
        message: `${request.field} ${request.message}`,
      };
    const refusal = await this.policy.check(socket.data.user, request.incidentId);
    if (refusal) return { ok: false, ...refusal };
    if (socket.data.incidents.has(request.incidentId))
      this.feed.unsubscribe(request.incidentId, socket.id);
    socket.data.incidents.add(request.incidentId);
    const seq = await this.feed.subscribe(request.incidentId, {
      id: socket.id,
      cursor: request.sinceSeq,
    });
    return { ok: true, seq };
  }

  /**
   * `campaign.subscribe {campaignId, sinceSeq?}`: a patch campaign's events as
   * `campaign.event`, the catch-up first, then live (the board follows its campaign).
   */
  @SubscribeMessage('campaign.subscribe')
  async subscribeCampaign(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody() body: unknown,
  ): Promise<SubscribeAck> {
    const request = readSubscribe(body, 'campaignId');
    if ('field' in request)
      return {
        ok: false,
        code: 'validation_failed',
        message: `${request.field} ${request.message}`,
      };
    const refusal = await this.campaignPolicy.check(socket.data.user, request.campaignId);
    if (refusal) return { ok: false, ...refusal };
    const stream = campaignLiveStream(request.campaignId);
    if (socket.data.campaigns.has(request.campaignId))
      this.feed.unsubscribeStream(stream, socket.id);
    socket.data.campaigns.add(request.campaignId);
    // an ITU member follows the events about their own department's devices and stage
    const scope = departmentScope(socket.data.user);
    const seq = await this.feed.subscribeStream(stream, {
      id: socket.id,
      cursor: request.sinceSeq,
      department: scope.kind === 'department' ? scope.departmentId : null,
    });
    return { ok: true, seq };
  }

  @SubscribeMessage('campaign.unsubscribe')
  unsubscribeCampaign(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody() body: { campaignId?: unknown },
  ): { ok: boolean } {
    const campaignId = typeof body?.campaignId === 'string' ? body.campaignId : '';
    const had = socket.data.campaigns.delete(campaignId);
    if (had) this.feed.unsubscribeStream(campaignLiveStream(campaignId), socket.id);
    return { ok: had };
  }

  /** The public status room: anyone logged in, staff included. */
  @SubscribeMessage('status.subscribe')
  async subscribeStatus(
    @ConnectedSocket() socket: LiveSocket,
  ): Promise<{ ok: true; status: StatusView }> {
    await socket.join(STATUS_ROOM);
    return { ok: true, status: await this.status.current() };
  }

  @SubscribeMessage('unsubscribe')
  unsubscribe(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody() body: { incidentId?: unknown },
  ): { ok: boolean } {
    const incidentId = typeof body?.incidentId === 'string' ? body.incidentId : '';
    const had = socket.data.incidents.delete(incidentId);
    if (had) this.feed.unsubscribe(incidentId, socket.id);
    return { ok: had };
  }

  handleDisconnect(socket: LiveSocket): void {
    for (const incidentId of socket.data?.incidents ?? [])
      this.feed.unsubscribe(incidentId, socket.id);
    for (const campaignId of socket.data?.campaigns ?? [])
      this.feed.unsubscribeStream(campaignLiveStream(campaignId), socket.id);
  }
}

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
import { LiveAccessPolicy, LIVE_ACCESS_POLICY } from './live-access.policy';
import { LiveFeed } from './live-feed';
import { StatusService } from './status.service';

type LiveSocket = Socket<
  LiveClientEvents,
  LiveServerEvents,
  Record<string, never>,
  { user: AuthUser; incidents: Set<string> }
>;

const STATUS_ROOM = 'status';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function readSubscribe(
  body: unknown,
): { incidentId: string; sinceSeq: number } | { field: string; message: string } {
  const b = (body ?? {}) as { incidentId?: unknown; sinceSeq?: unknown };
  if (typeof b.incidentId !== 'string' || !UUID.test(b.incidentId))
    return { field: 'incidentId', message: 'must be a UUID' };
  if (
    b.sinceSeq !== undefined &&
    b.sinceSeq !== null &&
    !(Number.isInteger(b.sinceSeq) && (b.sinceSeq as number) >= 0)
  ) {
    return { field: 'sinceSeq', message: 'must be a whole number, 0 or more' };
  }
  return { incidentId: b.incidentId, sinceSeq: (b.sinceSeq as number | undefined) ?? 0 };
}

/**
 * socket.io namespace /live. The handshake must carry a valid token (`auth: {token}`);
 * `subscribe {incidentId, sinceSeq?}` sends every event after sinceSeq, then acknowledges
 * `{ok, seq}`, then streams the incident's new events in seq order.
 */
@WebSocketGateway({ namespace: LIVE_NAMESPACE, cors: { origin: true } })
export class LiveGateway implements OnGatewayInit, OnGatewayDisconnect {
  private readonly logger = new Logger(LiveGateway.name);

  constructor(
    private readonly tokens: TokenService,
    private readonly feed: LiveFeed,
    private readonly status: StatusService,
    @Inject(LIVE_ACCESS_POLICY) private readonly policy: LiveAccessPolicy,
    private readonly metrics: Metrics,
  ) {}

  afterInit(namespace: Namespace): void {
    this.metrics.countLiveClients(LIVE_NAMESPACE, () => namespace.sockets.size);
    // Each socket is in the room of its own id: one emit reaches many, encoded once.
    this.feed.useDelivery((ids, event) => namespace.local.to(ids).emit('event', event));
    this.status.onChange((view) => namespace.local.to(STATUS_ROOM).emit('status.updated', view));
    namespace.use((socket, next) => {
      const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
      this.tokens
        .authenticate(typeof token === 'string' ? token : null)
        .then((user) => {
          if (!user)
            return next(
              Object.assign(new Error('unauthorized'), { data: { code: 'unauthorized' } }),
            );
          socket.data = { user, incidents: new Set<string>() };
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
    const request = readSubscribe(body);
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
  }
}

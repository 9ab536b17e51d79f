import { Logger } from '@nestjs/common';
import { OnGatewayConnection, OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import type { Namespace, Socket } from 'socket.io';
import { PublicStatusServerEvents, STATUS_NAMESPACE } from '@cordon/contracts';
import { Metrics } from '@cordon/platform';
import { StatusService } from './status.service';

type StatusSocket = Socket<Record<string, never>, PublicStatusServerEvents>;

/**
 * socket.io namespace /status: the staff status page, without a login. On connection the
 * socket gets `status.updated` with the current view, then every change, emitted once to
 * the whole namespace. Emit-only and stateless: nothing is kept per socket, and a client
 * that sends anything is disconnected (there is nothing it may ask for).
 */
@WebSocketGateway({ namespace: STATUS_NAMESPACE, cors: { origin: true } })
export class PublicStatusGateway implements OnGatewayInit, OnGatewayConnection {
  private readonly logger = new Logger(PublicStatusGateway.name);

  constructor(
    private readonly status: StatusService,
    private readonly metrics: Metrics,
  ) {}

  afterInit(namespace: Namespace<Record<string, never>, PublicStatusServerEvents>): void {
    this.metrics.countLiveClients(STATUS_NAMESPACE, () => namespace.sockets.size);
    // local: every api process has its own StatusService, woken by the same commits.
    this.status.onChange(
      (view) => namespace.local.emit('status.updated', view),
      () => namespace.sockets.size,
    );
  }

  handleConnection(socket: StatusSocket): void {
    socket.onAny(() => socket.disconnect(true));
    this.status
      .current()
      .then((view) => {
        if (socket.connected) socket.emit('status.updated', view);
      })
      .catch((err: Error) => this.logger.warn(`public status unavailable: ${err.message}`));
  }
}

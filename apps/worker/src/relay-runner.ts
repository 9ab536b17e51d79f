import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { OutboxRelay } from '@cordon/platform';

/** Starts relaying the outbox to the queues once the worker is up. */
@Injectable()
export class RelayRunner implements OnApplicationBootstrap {
  constructor(private readonly relay: OutboxRelay) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.relay.start();
  }
}

import { Injectable, OnModuleInit } from '@nestjs/common';
import type { StatusView } from '@cordon/contracts';
import { PublicStatus } from '@cordon/incidents';
import { LiveFeed } from './live-feed';

const MAX_AGE_MS = 30_000;
const DEBOUNCE_MS = 500;

/**
 * The staff status page's data, cached per process: recomputed when an incident event
 * commits (debounced, so a burst of events costs one query), or after 30 s at most.
 * Listeners hear `status.updated` only when what staff see has changed.
 */
@Injectable()
export class StatusService implements OnModuleInit {
  private cached: { view: StatusView; at: number; key: string } | null = null;
  private computing: Promise<StatusView> | null = null;
  private debounce: NodeJS.Timeout | null = null;
  private readonly listeners: ((view: StatusView) => void)[] = [];

  constructor(
    private readonly source: PublicStatus,
    private readonly feed: LiveFeed,
  ) {}

  onModuleInit(): void {
    this.feed.onCommittedStreams((streams) => {
      if (streams === '*' || streams.some((s) => s.startsWith('incident:'))) this.invalidate();
    });
  }

  onChange(listener: (view: StatusView) => void): void {
    this.listeners.push(listener);
  }

  async current(): Promise<StatusView> {
    if (this.cached && Date.now() - this.cached.at < MAX_AGE_MS) return this.cached.view;
    return this.refresh();
  }

  private invalidate(): void {
    if (this.debounce) return;
    this.debounce = setTimeout(() => {
      this.debounce = null;
      this.cached = this.cached && { ...this.cached, at: 0 };
      this.refresh().catch(() => undefined);
    }, DEBOUNCE_MS);
    this.debounce.unref();
  }

  private refresh(): Promise<StatusView> {
    this.computing ??= this.source
      .current()
      .then((view) => {
        const key = JSON.stringify([view.incidents, view.sites]);
        const changed = this.cached !== null && this.cached.key !== key;
        this.cached = { view, at: Date.now(), key };
        if (changed) for (const listener of this.listeners) listener(view);
        return view;
      })
      .finally(() => {
        this.computing = null;
      });
    return this.computing;
  }
}

import { Injectable, OnModuleInit } from '@nestjs/common';
import type { StatusView } from '@cordon/contracts';
import { PublicStatus } from '@cordon/incidents';
import { LiveFeed } from './live-feed';
import { StatusSnapshot, toSnapshot } from './status-snapshot';

const MAX_AGE_MS = 30_000;
const PUSH_INTERVAL_MS = 500;

/**
 * The staff status page's data, cached per process and read from PostgreSQL once per
 * change, whatever the number of readers: the cache is dropped the moment this process
 * hears that an incident event committed (LiveFeed's NOTIFY, so every api process
 * invalidates its own), and the readers that arrive before the new answer is read share
 * one read. After 30 s it is read again anyway (a notification lost while the listener
 * reconnects). The answer is kept serialised, compressed and tagged (`StatusSnapshot`),
 * so an HTTP reader costs no query, no JSON.stringify and no gzip. While sockets watch the
 * status, the notification itself starts the read (then at most one per 500 ms during a
 * burst), and listeners (the socket rooms) hear `status.updated` from it when what staff
 * see has changed; while none watch, the next reader reads.
 */
@Injectable()
export class StatusService implements OnModuleInit {
  private cached: (StatusSnapshot & { at: number; generation: number }) | null = null;
  /** Bumped by every invalidation: an answer read before it is stale when it lands. */
  private generation = 0;
  private computing: { generation: number; done: Promise<StatusSnapshot> } | null = null;
  private push: NodeJS.Timeout | null = null;
  private pushPending = false;
  private readonly listeners: { tell: (view: StatusView) => void; watchers: () => number }[] = [];

  constructor(
    private readonly source: PublicStatus,
    private readonly feed: LiveFeed,
  ) {}

  onModuleInit(): void {
    this.feed.onCommittedStreams((streams) => {
      if (streams === '*' || streams.some((s) => s.startsWith('incident:'))) this.invalidate();
    });
  }

  /**
   * `tell` hears each change; `watchers` says how many sockets it would reach. While no
   * listener has any, a change is read by the next reader, not by the notification.
   */
  onChange(tell: (view: StatusView) => void, watchers: () => number = () => 1): void {
    this.listeners.push({ tell, watchers });
  }

  async current(): Promise<StatusView> {
    return (await this.snapshot()).view;
  }

  /** The current answer, read from PostgreSQL only if none is fresh. */
  snapshot(): Promise<StatusSnapshot> {
    const cached = this.cached;
    if (cached && cached.generation === this.generation && Date.now() - cached.at < MAX_AGE_MS)
      return Promise.resolve(cached);
    return this.refresh();
  }

  /** An incident event committed: the next reader reads again, and the rooms hear of it. */
  private invalidate(): void {
    this.generation++;
    if (this.listeners.some((l) => l.watchers() > 0)) this.pushSoon();
  }

  /**
   * Reads now (the rooms are told by that read, when what staff see changed), then at
   * most once per interval while events keep coming: a burst costs two reads.
   */
  private pushSoon(): void {
    if (this.push) {
      this.pushPending = true;
      return;
    }
    this.snapshot().catch(() => undefined);
    this.push = setTimeout(() => {
      this.push = null;
      if (!this.pushPending) return;
      this.pushPending = false;
      this.pushSoon();
    }, PUSH_INTERVAL_MS);
    this.push.unref();
  }

  private refresh(): Promise<StatusSnapshot> {
    const generation = this.generation;
    if (this.computing?.generation === generation) return this.computing.done;
    const done = this.source.current().then((view) => {
      const previous = this.cached;
      const next = { ...toSnapshot(view, previous), at: Date.now(), generation };
      // a later read may have landed first: keep the newer
      if (!previous || previous.generation <= generation) this.cached = next;
      if (previous && previous.key !== next.key && this.cached === next)
        for (const listener of this.listeners) listener.tell(next.view);
      return next;
    });
    const entry = { generation, done };
    this.computing = entry;
    const clear = () => {
      if (this.computing === entry) this.computing = null;
    };
    done.then(clear, clear);
    return done;
  }
}

import { Logger } from '@nestjs/common';

/**
 * One log line for a burst of like events (development mail and SMS stand-ins handling a
 * broadcast to thousands) instead of a line per event: the first event after a quiet
 * spell is logged at once; the ones after it wait, and at most every `everyMs` one line
 * reports how many there were (`new`, `total`) and the fields of the latest.
 */
export class BurstLog {
  private total = 0;
  private pending = 0;
  private latest: Record<string, unknown> | null = null;
  private lastAt = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly logger: Logger,
    /** The message of a line, given the total so far. */
    private readonly message: (total: number) => string,
    public everyMs = 5_000,
  ) {}

  note(latest: Record<string, unknown>): void {
    this.total++;
    this.pending++;
    this.latest = latest;
    if (this.timer) return;
    const wait = this.lastAt + this.everyMs - Date.now();
    if (wait <= 0) return this.flush();
    this.timer = setTimeout(() => this.flush(), wait);
    this.timer.unref();
  }

  /** Logs what is pending now (at shutdown, say). */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.pending === 0) return;
    this.logger.log({
      msg: this.message(this.total),
      new: this.pending,
      total: this.total,
      ...this.latest,
    });
    this.pending = 0;
    this.lastAt = Date.now();
  }
}

/**
 * The sends of one channel in flight at once in this worker (a counting semaphore). A
 * send job holds a slot from the moment it calls the provider until its outcome is
 * recorded, so the slots bound what a crash can leave unknown; the claim before it and
 * the queue's own work around it happen outside, overlapping other jobs' sends. Slots
 * are handed over in the order they were asked for.
 */
export class SendSlots {
  private free: number;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new Error('SendSlots: size must be ≥ 1');
    this.free = size;
  }

  /** Resolves with the function that gives the slot back (once; later calls do nothing). */
  async acquire(): Promise<() => void> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    };
  }

  /** Slots in use now. */
  get inUse(): number {
    return this.size - this.free;
  }
}

/**
 * Gathers the calls made within one turn of the event loop into one batch: the
 * concurrent send jobs of a worker claim and record their deliveries with one SQL
 * statement per batch instead of one each (fewer round trips and system calls per
 * message). Each caller gets its own answer; a failed batch fails each of its callers.
 */
export class MicroBatch<K, R> {
  private pending: { key: K; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  private scheduled = false;

  constructor(
    private readonly run: (keys: K[]) => Promise<R[]>,
    private readonly maxSize = 200,
  ) {}

  load(key: K): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.pending.push({ key, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, this.maxSize);
      this.run(batch.map((p) => p.key)).then(
        (results) => batch.forEach((p, i) => p.resolve(results[i] as R)),
        (err: unknown) => batch.forEach((p) => p.reject(err)),
      );
    }
  }
}

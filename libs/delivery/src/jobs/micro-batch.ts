/**
 * Gathers concurrent calls into batches: the send jobs of a worker claim and record
 * their deliveries with one SQL statement per batch instead of one each (fewer round
 * trips and system calls per message). A call made while `maxInFlight` batches are
 * running waits for one of them to return and goes with everything that gathered
 * meanwhile, so batches grow with the load and an idle worker waits for nothing. Each
 * caller gets its own answer; a failed batch fails each of its callers.
 */
export class MicroBatch<K, R> {
  private pending: { key: K; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  private scheduled = false;
  private inFlight = 0;

  constructor(
    private readonly run: (keys: K[]) => Promise<R[]>,
    private readonly maxSize = 200,
    private readonly maxInFlight = 2,
  ) {}

  load(key: K): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.pending.push({ key, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.pending.length === 0 || this.inFlight >= this.maxInFlight) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    while (this.pending.length > 0 && this.inFlight < this.maxInFlight) {
      const batch = this.pending.splice(0, this.maxSize);
      this.inFlight++;
      this.run(batch.map((p) => p.key))
        .then(
          (results) => batch.forEach((p, i) => p.resolve(results[i] as R)),
          (err: unknown) => batch.forEach((p) => p.reject(err)),
        )
        .finally(() => {
          this.inFlight--;
          this.schedule();
        });
    }
  }
}

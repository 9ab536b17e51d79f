interface Sample {
  at: number;
  api: string;
  status: number;
}

/**
 * Polls each api's readiness (GET /api/v1/health) every 200 ms and keeps what it saw, to
 * tell per fault how long each api answered other than 200, and with what.
 */
export class ReadinessWatch {
  private readonly samples: Sample[] = [];
  private readonly marks = new Map<string, number>();
  private running = true;

  constructor(private readonly apis: { name: string; port: number }[]) {
    for (const api of apis) void this.poll(api);
  }

  private async poll(api: { name: string; port: number }): Promise<void> {
    while (this.running) {
      const at = Date.now();
      const status = await fetch(`http://127.0.0.1:${api.port}/api/v1/health`, {
        signal: AbortSignal.timeout(2_000),
      }).then(
        (res) => res.status,
        () => 0,
      );
      this.samples.push({ at, api: api.name, status });
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  /** A fault starts now. */
  mark(label: string): void {
    this.marks.set(label, Date.now());
  }

  private since(label: string): Sample[] {
    const from = this.marks.get(label) ?? 0;
    const later = [...this.marks.values()].filter((m) => m > from).sort((a, b) => a - b)[0];
    return this.samples.filter((s) => s.at >= from && (later === undefined || s.at < later));
  }

  saw503(label: string): boolean {
    return this.since(label).some((s) => s.status === 503);
  }

  /** Resolves once every api has answered 200 twice in a row after now. */
  async allReady(timeoutMs: number): Promise<void> {
    const from = Date.now();
    const deadline = from + timeoutMs;
    for (;;) {
      const ok = this.apis.every((api) => {
        const mine = this.samples.filter((s) => s.api === api.name && s.at >= from);
        return mine.length >= 2 && mine.slice(-2).every((s) => s.status === 200);
      });
      if (ok) return;
      if (Date.now() > deadline) throw new Error('the apis did not become ready again');
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Per api: how long it answered other than 200 after the mark, and what it answered. */
  describe(label: string, t0: number): string {
    return this.apis
      .map((api) => {
        const mine = this.since(label).filter((s) => s.api === api.name);
        const bad = mine.filter((s) => s.status !== 200);
        if (!bad.length) return `${api.name} ready throughout`;
        const first = bad[0]!.at;
        const back = mine.find((s) => s.at > bad[bad.length - 1]!.at && s.status === 200)?.at;
        const codes = [...new Set(bad.map((s) => s.status || 'no answer'))].join('/');
        return `${api.name} ${codes} for ${(back ?? Date.now()) - first} ms (from +${first - t0} ms)`;
      })
      .join(', ');
  }

  /** The longest time any api was not ready after the mark (ms). */
  downtime(label: string): number {
    return Math.max(
      0,
      ...this.apis.map((api) => {
        const mine = this.since(label).filter((s) => s.api === api.name);
        const bad = mine.filter((s) => s.status !== 200);
        if (!bad.length) return 0;
        const back = mine.find((s) => s.at > bad[bad.length - 1]!.at && s.status === 200)?.at;
        return (back ?? Date.now()) - bad[0]!.at;
      }),
    );
  }

  stop(): void {
    this.running = false;
  }
}

// Claims at a human rate: every ITU user claims one task every 2 to 5 seconds (random),
// from their department's queue, skipping what the live feed has told them is taken,
// for a given time. Its latency is what a person at the console waits for.
import { Client, ms, pct } from './claims-http';

export interface HumanUser {
  token: string;
  /** Their department's open tasks, in the order they will try them. */
  queue: string[];
}

export async function humanRate(api: Client, users: HumanUser[], seconds: number) {
  const latencies: number[] = [];
  const claimed = new Set<string>();
  let won = 0;
  let conflicts = 0;
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    users.map(async (user) => {
      // start spread over the first interval, as people do
      let next = performance.now() + Math.random() * 5_000;
      for (;;) {
        const wait = next - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        if (performance.now() >= until) return;
        let id = user.queue.pop();
        while (id && claimed.has(id)) id = user.queue.pop();
        if (!id) return;
        const t = performance.now();
        const res = await api.post(`tasks/${id}/claim`, user.token);
        latencies.push(performance.now() - t);
        claimed.add(id);
        if (res.status === 200) won++;
        else if (res.status === 409) conflicts++;
        else errors++;
        next = t + 2_000 + Math.random() * 3_000;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  return {
    won,
    conflicts,
    errors,
    rate: latencies.length / elapsed,
    p50: pct(sorted, 50),
    p99: pct(sorted, 99),
    max: sorted[sorted.length - 1] ?? NaN,
    line: `${users.length} users, one claim each every 2–5 s for ${seconds} s: ${latencies.length} claims (${(latencies.length / elapsed).toFixed(1)}/s; ${conflicts} × 409, ${errors} other), latency p50 ${ms(pct(sorted, 50))}, p99 ${ms(pct(sorted, 99))}, max ${ms(sorted[sorted.length - 1] ?? NaN)}`,
  };
}

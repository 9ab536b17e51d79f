// What a bench reads of other processes from /proc: CPU used so far, peak memory, and
// resident memory sampled through a run.
import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU seconds (user + system) a process has used so far; with `reaped`, also what its
 * children that have exited used (PostgreSQL's backends, once the pool lets them go).
 */
export const cpuSeconds = (pid: number | undefined, reaped = false): number => {
  if (!pid) return NaN;
  const fields = (readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1] ?? '').split(' ');
  const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number) as number[];
  return ((utime ?? 0) + (stime ?? 0) + (reaped ? (cutime ?? 0) + (cstime ?? 0) : 0)) / 100;
};

/**
 * CPU seconds used so far by the processes named `comm` that `mine` accepts (by their
 * command line): PostgreSQL's backends of the bench's database, its own background
 * processes and the backends that have exited (counted by the postmaster, whatever
 * their database: nothing else should run beside the bench); the shared Redis.
 */
export const cpuOf = (comm: string, mine: (cmdline: string) => boolean = () => true): number => {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== comm) continue;
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!mine(cmdline)) continue;
      total += cpuSeconds(Number(pid), comm === 'postgres' && !cmdline.startsWith('postgres:'));
    } catch {
      // gone meanwhile
    }
  }
  return total;
};

/** A memory figure of /proc/<pid>/status (VmRSS, VmHWM), MB; NaN when the process is gone. */
export function statusMb(pid: number | undefined, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const found = new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1];
    return Number(found) / 1024;
  } catch {
    return NaN;
  }
}

/** Resident memory of a process sampled every `everyMs`: the first sample and the highest. */
export interface RssSamples {
  startMb: number;
  peakMb: number;
  samples: number;
}

/** Samples VmRSS of `pids` until `stop()` is called; answers each one's samples. */
export function sampleRss(pids: Record<string, number | undefined>, everyMs = 100) {
  const seen: Record<string, RssSamples> = {};
  const take = () => {
    for (const [name, pid] of Object.entries(pids)) {
      const mb = statusMb(pid, 'VmRSS');
      if (Number.isNaN(mb)) continue;
      const s = (seen[name] ??= { startMb: mb, peakMb: mb, samples: 0 });
      s.peakMb = Math.max(s.peakMb, mb);
      s.samples++;
    }
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop(): Record<string, RssSamples> {
      clearInterval(timer);
      take();
      return seen;
    },
  };
}

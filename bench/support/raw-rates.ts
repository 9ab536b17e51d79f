// The raw senders' rates for a broadcast bench: bench/raw-senders.ts run with the
// bench's message count and in-flight limits, its output parsed.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface RawRates {
  /** msg/s of each run asked for: email alone, SMS alone, both channels at once. */
  email: number;
  sms: number;
  both: number;
  output: string;
}

export function rawRates(
  root: string,
  spec: {
    messages: number;
    emailConcurrency: number;
    smsConcurrency: number;
    runs: ('email' | 'sms' | 'both')[];
  },
): RawRates {
  const raw = spawnSync(
    process.execPath,
    [
      join(root, 'tools/run-ts.mjs'),
      'bench/raw-senders.ts',
      `--messages=${spec.messages}`,
      '--mail-connections=5',
      `--mail-concurrency=${spec.emailConcurrency}`,
      `--sms-concurrency=${spec.smsConcurrency}`,
      `--runs=${spec.runs.join(',')}`,
    ],
    { cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  if (raw.status !== 0) throw new Error(`raw senders failed: ${raw.stderr}`);
  const rate = (run: 'email' | 'sms' | 'both', label: RegExp) => {
    if (!spec.runs.includes(run)) return NaN;
    const found = label.exec(raw.stdout)?.[1];
    if (!found) throw new Error(`no rate in: ${raw.stdout}`);
    return Number(found.replace(/,/g, ''));
  };
  return {
    email: rate('email', /SmtpSink: ([\d,]+) msg\/s/),
    sms: rate('sms', /TwilioDouble: ([\d,]+) msg\/s/),
    both: rate('both', /both at once: ([\d,]+) msg\/s/),
    output: raw.stdout.trim(),
  };
}

// node tools/run-ts.mjs bench/raw-senders.ts [--messages=2000] [--mail-connections=5]
//   [--mail-concurrency=10] [--mail-max-messages=100] [--sms-concurrency=20]
//   [--runs=email,sms,both,plain]
// The raw rates the broadcast pipeline is measured against: nodemailer's pooled SMTP
// transport to the SmtpSink, and the twilio client (through BaseUrlRequestClient) to the
// TwilioDouble, nothing else in the way. The messages are the ones a broadcast sends
// (renderMessage of the bench's template: the email with its text and HTML parts, a
// named recipient, Message-ID and X-Cordon-Delivery; the SMS with "Reply YES"), rendered
// before the clock starts; a small plain-text email is measured too, for reference. The sinks run in a child process
// (bench/raw-senders-sinks.ts), as a mail server and Twilio would. Per-message latency is
// from the call to its answer, with at most the given number in flight; peak RSS is this
// (the sending) process's.
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { createTransport, SendMailOptions } from 'nodemailer';
import twilio from 'twilio';
import { BaseUrlRequestClient } from '../libs/platform/src/notify/twilio-http-client';
import type { SinksReady, SinksRequest } from './raw-senders-sinks';
import { benchMail, benchMessage } from './support/bench-message';

function arg(name: string, fallback: number): number {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = found ? Number(found.split('=')[1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number`);
  return value;
}

interface Run {
  rate: number;
  p50: number;
  p99: number;
  wallMs: number;
  /** CPU (user + system) of this process per message, ms. */
  cpuMs: number;
}

/** Runs `count` calls of `work` with at most `concurrency` in flight. */
async function run(
  count: number,
  concurrency: number,
  work: (i: number) => Promise<unknown>,
): Promise<Run> {
  const latencies: number[] = [];
  let next = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const i = next++;
        const t = performance.now();
        await work(i);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    rate: (count / wallMs) * 1000,
    p50: at(0.5),
    p99: at(0.99),
    wallMs,
    cpuMs: (used.user + used.system) / 1000 / count,
  };
}

const fmt = (r: Run) =>
  `${Math.round(r.rate).toLocaleString('en-GB')} msg/s (${Math.round(r.wallMs)} ms), ` +
  `p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, sender cpu ${r.cpuMs.toFixed(2)} ms/msg`;

const rssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

/** Starts the sinks' process; `ask` sends a request and resolves with its answer. */
async function startSinks() {
  const child = fork(join(__dirname, 'raw-senders-sinks.ts'), { stdio: 'inherit' });
  const next = () =>
    new Promise<unknown>((resolve, reject) => {
      child.once('message', resolve);
      child.once('exit', (code) => reject(new Error(`sinks exited with ${code}`)));
    });
  const ready = (await next()) as SinksReady;
  const ask = <T>(request: SinksRequest) => {
    const answer = next();
    child.send(request);
    return answer as Promise<T>;
  };
  return { ready, ask, child };
}

/** Which runs to make (`--runs=email,sms,both,plain`; all by default). */
function runsArg(): Set<string> {
  const found = process.argv.find((a) => a.startsWith('--runs='));
  const runs = new Set((found?.slice('--runs='.length) ?? 'email,sms,both,plain').split(','));
  for (const r of runs)
    if (!['email', 'sms', 'both', 'plain'].includes(r))
      throw new Error(`--runs: a list of email, sms, both, plain (not ${r})`);
  return runs;
}

/** Distinct messages rendered before the clock starts; sends cycle through them. */
const RENDERED = 1_000;

async function main(): Promise<void> {
  const messages = arg('messages', 2000);
  const connections = arg('mail-connections', 5);
  const mailConcurrency = arg('mail-concurrency', connections * 2);
  const maxMessages = arg('mail-max-messages', 100);
  const smsConcurrency = arg('sms-concurrency', 20);
  const runs = runsArg();
  console.log(`node ${process.version}, ${messages} messages each; sinks in a child process`);
  const { ready, ask, child } = await startSinks();
  const count = () => ask<{ mail: number; sms: number }>('count');

  // MailSender's settings with the defaults of SMTP_MAX_REQUEUES and SMTP_MAX_MESSAGES
  const mail = createTransport({
    pool: true,
    url: ready.smtpUrl,
    maxConnections: connections,
    maxRequeues: 1,
    maxMessages,
  });
  // rendered before the clock starts (the worker renders too, but that is its overhead);
  // a thousand distinct ones, cycled, so the sender's memory does not grow with the count
  const rendered = Array.from({ length: Math.min(messages, RENDERED) }, (_, i) =>
    benchMessage(i + 1),
  );
  const renderedOf = (i: number) => rendered[i % rendered.length] as (typeof rendered)[number];
  const send = (i: number) =>
    mail.sendMail(benchMail((i % messages) + 1, renderedOf(i)) as SendMailOptions);
  const sendPlain = (i: number) =>
    mail.sendMail({
      from: 'Cordon <cordon@council.example>',
      to: `staff${i}@council.example`,
      subject: `INC-7: update for staff ${i}`,
      text: `Hello staff ${i},\n\nLAN-3 shuts down at 14:00. Please acknowledge.\n`,
      messageId: `<bench-${i}@cordon.test>`,
    });
  const http = new BaseUrlRequestClient({
    baseUrl: ready.twilio.url,
    timeoutMs: 15_000,
    maxSockets: smsConcurrency,
  });
  const client = twilio(ready.twilio.accountSid, ready.twilio.authToken, { httpClient: http });
  const text = (i: number) =>
    client.messages.create({
      to: `+4477${String((i % messages) + 1).padStart(8, '0')}`,
      from: '+15005550006',
      body: renderedOf(i).sms,
    });
  const expect = async (mailWanted: number, smsWanted: number) => {
    const got = await count();
    if (got.mail !== mailWanted || got.sms !== smsWanted)
      throw new Error(`sinks got ${got.mail} emails and ${got.sms} SMS`);
  };
  // warm up: open the pool's connections and the agent's sockets, compile the paths
  await run(50, mailConcurrency, send);
  await run(50, smsConcurrency, text);
  const pool = `${connections} connections, ${mailConcurrency} in flight, ${maxMessages} per connection`;

  if (runs.has('email')) {
    await ask('reset');
    const mailRun = await run(messages, mailConcurrency, send);
    await expect(messages, 0);
    console.log(`nodemailer pool (${pool}) -> SmtpSink: ${fmt(mailRun)}; peak RSS ${rssMb()} MB`);
  }
  if (runs.has('plain')) {
    await ask('reset');
    const plainRun = await run(messages, mailConcurrency, sendPlain);
    console.log(`reference, a small plain-text email instead: ${fmt(plainRun)}`);
  }
  if (runs.has('sms')) {
    await ask('reset');
    const smsRun = await run(messages, smsConcurrency, text);
    await expect(0, messages);
    console.log(
      `twilio client (${smsConcurrency} in flight) -> TwilioDouble: ${fmt(smsRun)}; peak RSS ${rssMb()} MB`,
    );
  }
  if (runs.has('both')) {
    // both channels at once, as the worker sends them: each with its own in-flight
    // limit, in one process, the rate over both (2N messages / wall time until the last)
    await ask('reset');
    const cpu = process.cpuUsage();
    const started = performance.now();
    const [mailRun, smsRun] = await Promise.all([
      run(messages, mailConcurrency, send),
      run(messages, smsConcurrency, text),
    ]);
    const wallMs = performance.now() - started;
    const used = process.cpuUsage(cpu);
    await expect(messages, messages);
    const rate = ((2 * messages) / wallMs) * 1000;
    console.log(
      `both at once: ${Math.round(rate).toLocaleString('en-GB')} msg/s (${Math.round(wallMs)} ms for ` +
        `${messages} emails and ${messages} SMS); email done at ${Math.round(mailRun.wallMs)} ms ` +
        `(p99 ${mailRun.p99.toFixed(1)} ms), SMS at ${Math.round(smsRun.wallMs)} ms ` +
        `(p99 ${smsRun.p99.toFixed(1)} ms); sender cpu ` +
        `${((used.user + used.system) / 1000 / (2 * messages)).toFixed(2)} ms/msg; peak RSS ${rssMb()} MB`,
    );
  }
  mail.close();
  http.destroy();
  const sinks = await ask<{ rssMb: number }>('rss');
  console.log(`sinks process peak RSS ${sinks.rssMb} MB`);
  child.send('stop');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

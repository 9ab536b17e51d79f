// The sinks of bench/raw-senders.ts in a process of their own, as a real mail server
// and Twilio would be: started by the bench over IPC, answering counts and resets.
import { SmtpSink, TwilioDouble } from '../libs/platform/src/testing/index';

export interface SinksReady {
  smtpUrl: string;
  twilio: { url: string; accountSid: string; authToken: string };
}

export type SinksRequest = 'count' | 'times' | 'reset' | 'rss' | 'stop';

/** When each message arrived (epoch ms), by channel. */
export interface SinkTimes {
  mail: number[];
  sms: number[];
}

async function main(): Promise<void> {
  const sink = await SmtpSink.start();
  const double = await TwilioDouble.start();
  const reply = (message: unknown) => process.send?.(message);
  process.on('message', (request: SinksRequest) => {
    if (request === 'count') reply({ mail: sink.messages.length, sms: double.messages.length });
    if (request === 'times')
      reply({
        mail: sink.messages.map((m) => m.receivedAt.getTime()),
        sms: double.attempts.filter((a) => a.status < 300).map((a) => a.at.getTime()),
      } satisfies SinkTimes);
    if (request === 'reset') {
      sink.reset();
      double.reset();
      reply({ mail: 0, sms: 0 });
    }
    if (request === 'rss') reply({ rssMb: Math.round(process.resourceUsage().maxRSS / 1024) });
    if (request === 'stop')
      void Promise.all([sink.stop(), double.stop()]).then(() => process.exit(0));
  });
  const ready: SinksReady = {
    smtpUrl: sink.url,
    twilio: { url: double.url, accountSid: double.accountSid, authToken: double.authToken },
  };
  reply(ready);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

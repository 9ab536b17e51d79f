// What the broadcast bench sends, and what the raw senders send to be compared with it:
// one template, rendered per recipient by the same domain function the worker uses.
import { randomBytes, randomUUID } from 'node:crypto';
import { formatUpdateTime, RenderedMessage, renderMessage } from '../../libs/domain/src/index';

export const BENCH_TEMPLATE = {
  subject: '{{reference}}: network closures',
  body: '{{name}}, your network {{lan}} closes at 14:00 for cleaning. Next update by {{nextUpdate}}.',
};

export const benchName = (i: number): string => `Bench Member ${i}`;

/** Staff `from` to `to` as the staff CSV import takes them: half on each of two LANs, all with SMS consent. */
export function staffCsv(from: number, to: number): string {
  const lines = ['name,email,mobile,department,site,lan,smsConsent'];
  for (let i = from; i <= to; i++)
    lines.push(
      `${benchName(i)},bench${i}@council.example,+4477${String(i).padStart(8, '0')},` +
        `${i % 2 ? 'SOC,HALL,SOC-HALL' : 'EDU,HALL,EDU-HALL'},yes`,
    );
  return lines.join('\n') + '\n';
}

/** Recipient i's message as the worker renders it (an ack link with a token of the real length). */
export function benchMessage(i: number, publicUrl = 'http://127.0.0.1:3000'): RenderedMessage {
  return renderMessage(
    { ...BENCH_TEMPLATE, requireAck: true },
    {
      name: benchName(i),
      reference: 'INC-1',
      title: 'Bench: W32.Welchia',
      lan: i % 2 ? 'SOC-HALL' : 'EDU-HALL',
      nextUpdate: formatUpdateTime(new Date(Date.now() + 3_600_000)),
      ackLink: `${publicUrl}/api/v1/ack/${randomBytes(32).toString('base64url')}`,
    },
  );
}

/** The nodemailer options the worker's MailSender passes for that message. */
export function benchMail(i: number, message: RenderedMessage) {
  const id = randomUUID();
  return {
    from: 'Cordon <cordon@council.example>',
    to: `"${benchName(i)}" <bench${i}@council.example>`,
    subject: message.subject,
    text: message.text,
    html: message.html,
    headers: { 'X-Cordon-Delivery': id },
    messageId: `<${id}@cordon>`,
  };
}

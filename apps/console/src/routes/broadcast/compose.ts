/** Pure helpers of the broadcast desk: the prefilled message, its key, its reach in words. */
import type {
  BroadcastAudience,
  BroadcastChannel,
  BroadcastTotals,
  CreateBroadcastRequest,
  IncidentView,
} from '../../api/types';
import { ACK_SMS_LINE, formatUpdateTime, smsSegments } from '@cordon/domain';

export interface Draft {
  subject: string;
  body: string;
  smsBody: string;
}

/**
 * A sensible first message: what is happening, what to do, when the next update comes
 * (the incident's next update, written out in council time). `{{reference}}`,
 * `{{title}}` and `{{name}}` are filled in per recipient by the api.
 */
export function defaultDraft(incident: Pick<IncidentView, 'nextUpdateDueAt'>): Draft {
  const next = incident.nextUpdateDueAt
    ? `Next update by ${formatUpdateTime(new Date(incident.nextUpdateDueAt))}.`
    : 'We will send the next update as soon as we know more.';
  return {
    subject: '{{reference}}: {{title}} — what you need to do',
    body: [
      'Dear {{name}},',
      '',
      'The council is dealing with a computer virus on the network ({{reference}}: {{title}}). IT units are cleaning the affected machines now.',
      '',
      'What to do:',
      '- If your PC is switched off or off the network, leave it as it is until your IT unit says otherwise.',
      '- Do not plug in laptops or memory sticks that have been outside the council network.',
      '- Report anything unusual on the status page rather than by phone, so the help desk can keep up.',
      '',
      next,
    ].join('\n'),
    smsBody: `{{reference}}: virus cleanup on the council network. Leave switched-off PCs off. ${next}`,
  };
}

/** The preview asks the same reach the send would use. */
export function isEmptyAudience(a: BroadcastAudience): boolean {
  return !a.all && !a.departmentIds?.length && !a.siteIds?.length && !a.lanIds?.length;
}

/** What the key protects: the same composed message, so the same key. */
export function fingerprint(request: CreateBroadcastRequest): string {
  const a = request.audience;
  return JSON.stringify([
    !!a.all,
    [...(a.departmentIds ?? [])].sort(),
    [...(a.siteIds ?? [])].sort(),
    [...(a.lanIds ?? [])].sort(),
    [...request.channels].sort(),
    request.subject,
    request.body,
    request.smsBody ?? '',
    !!request.requireAck,
    request.escalateAfterMinutes ?? null,
  ]);
}

export interface KeyedDraft {
  key: string;
  fingerprint: string;
}

/** One Idempotency-Key per composed message: kept while it is unchanged, new once it changes. */
export function keyFor(
  previous: KeyedDraft | null,
  print: string,
  newKey: () => string,
): KeyedDraft {
  return previous && previous.fingerprint === print
    ? previous
    : { key: newKey(), fingerprint: print };
}

const count = new Intl.NumberFormat('en-GB');
const CHANNEL_WORDS: Record<BroadcastChannel, string> = { email: 'email', sms: 'SMS' };

/** "by email and SMS". */
export function channelWords(channels: readonly BroadcastChannel[]): string {
  const words = channels.map((c) => CHANNEL_WORDS[c]);
  return words.length > 1
    ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`
    : (words[0] ?? 'no channel');
}

/** "Send to 2,950 staff by email and SMS?" */
export function confirmQuestion(
  recipients: number | null,
  channels: readonly BroadcastChannel[],
): string {
  const who =
    recipients === null
      ? 'the chosen staff'
      : `${count.format(recipients)} ${recipients === 1 ? 'person' : 'staff'}`;
  return `Send to ${who} by ${channelWords(channels)}?`;
}

export const formatCount = (n: number) => count.format(n);

/**
 * The SMS as a phone counts it: the incident's reference and title filled in, and the
 * "Reply YES" line the api adds when acknowledgement is asked.
 */
export function smsLength(
  text: string,
  requireAck: boolean,
  values: { reference: string; title: string },
): ReturnType<typeof smsSegments> & { rendered: string } {
  const filled = text
    .replace(/\{\{\s*reference\s*\}\}/g, values.reference)
    .replace(/\{\{\s*title\s*\}\}/g, values.title)
    .trim();
  const rendered = requireAck && filled ? `${filled}\n${ACK_SMS_LINE}` : filled;
  return { ...smsSegments(rendered), rendered };
}

const SKIP_WORDS: Record<string, string> = {
  no_email: 'no email address',
  no_mobile: 'no mobile number',
  invalid_mobile: 'mobile number not valid',
  no_sms_consent: 'no consent to SMS',
  lan_closed: 'email held back: their LAN is closed (SMS instead)',
};

/** "120 no mobile number, 288 no consent to SMS". */
export function skippedWords(reasons: Record<string, number>): string {
  return Object.entries(reasons)
    .filter(([, n]) => n > 0)
    .map(([reason, n]) => `${count.format(n)} ${SKIP_WORDS[reason] ?? reason.replace(/_/g, ' ')}`)
    .join(', ');
}

export interface ChannelProgress {
  channel: BroadcastChannel;
  label: string;
  deliveries: number;
  queued: number;
  /** Sent or confirmed delivered. */
  sent: number;
  failed: number;
  skipped: number;
}

/** One row per channel the broadcast uses, counts as the bars show them. */
export function channelProgress(
  totals: BroadcastTotals,
  channels: readonly BroadcastChannel[],
): ChannelProgress[] {
  return channels.map((channel) => {
    const t = totals.byChannel[channel] ?? {
      deliveries: 0,
      queued: 0,
      sent: 0,
      delivered: 0,
      failed: 0,
      skipped: 0,
    };
    return {
      channel,
      label: CHANNEL_WORDS[channel] === 'email' ? 'Email' : 'SMS',
      deliveries: t.deliveries,
      queued: t.queued,
      sent: t.sent + t.delivered,
      failed: t.failed,
      skipped: t.skipped,
    };
  });
}

export const STATUS_WORDS = {
  queued: 'Queued',
  sending: 'Sending',
  completed: 'Completed',
} as const;

export const KIND_WORDS: Record<string, string> = {
  broadcast: 'Broadcast',
  lan_notice: 'LAN notice',
  update_reminder: 'Update reminder',
  handover_notice: 'Handover notice',
  directive_escalation: 'Directive escalation',
  directive_notice: 'Directive notice',
  isolation_notice: 'Isolation notice',
  unreachable_notice: 'Unreachable staff notice',
};

/**
 * The channels a broadcast's progress shows: those asked for, and SMS when the network
 * rule sent it to staff of a closed LAN although only email was asked for.
 */
export function progressChannels(
  totals: BroadcastTotals,
  asked: readonly BroadcastChannel[],
): BroadcastChannel[] {
  return (['email', 'sms'] as const).filter(
    (c) => asked.includes(c) || (totals.byChannel[c]?.deliveries ?? 0) > 0,
  );
}

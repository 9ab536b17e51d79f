import type { Channel } from './channels';

/**
 * The notices Cordon sends by itself, as broadcast templates. Literal text from
 * records (a reason, a directive, a name) is defused so it can never be read as a
 * `{{variable}}`.
 */
export interface NoticeTemplate {
  subject: string;
  body: string;
  /** A short SMS (one or two segments); without it the SMS is the subject. */
  smsBody?: string;
  channels: Channel[];
  requireAck: boolean;
}

export const literal = (text: string): string =>
  text.replace(/\{\{/g, '{ {').replace(/\}\}/g, '} }');

const because = (reason: string | null | undefined): string =>
  reason && reason.trim() ? ` Reason: ${literal(reason.trim())}.` : '';

const BOTH: Channel[] = ['email', 'sms'];

/** Record text quoted in an SMS is cut to this many characters. */
export const NOTICE_SMS_QUOTE_MAX = 60;

// '...' rather than '…': one character outside GSM-7 would make the whole SMS UCS-2
const quoted = (text: string): string => literal(excerpt(text, NOTICE_SMS_QUOTE_MAX, '...'));

/** To the staff of a LAN whose phase changed; a shutdown asks them to confirm. */
export function lanPhaseNotice(
  to: string,
  reason: string | null | undefined,
): NoticeTemplate | null {
  switch (to) {
    case 'shut_down':
      return {
        subject: '{{reference}}: your network {{lan}} is being shut down',
        body:
          '{{name}}, your network {{lan}} is being shut down now for cleaning, as part of incident ' +
          `{{reference}} ({{title}}). Your PC will be off the network until it reopens.${because(reason)} ` +
          'Next update by {{nextUpdate}}.',
        smsBody:
          '{{reference}}: your network {{lan}} is being shut down.' +
          `${reason && reason.trim() ? ` Reason: ${quoted(reason)}.` : ''} Next update {{nextUpdate}}.`,
        channels: BOTH,
        requireAck: true,
      };
    case 'cleaning':
      return {
        subject: '{{reference}}: your network {{lan}} is being cleaned',
        body:
          '{{name}}, the machines on your network {{lan}} are being cleaned (incident {{reference}}).' +
          `${because(reason)} Next update by {{nextUpdate}}.`,
        channels: ['email'],
        requireAck: false,
      };
    case 'reopened':
      return {
        subject: '{{reference}}: your network {{lan}} is open again',
        body:
          '{{name}}, your network {{lan}} has been reopened (incident {{reference}}). ' +
          'If your PC still misbehaves, report it to the help desk.',
        smsBody:
          '{{reference}}: your network {{lan}} is open again. If your PC misbehaves, call the help desk.',
        channels: BOTH,
        requireAck: false,
      };
    default:
      return null;
  }
}

/** To the owner when staff are owed an update and none was given. */
export const updateReminderNotice = (): NoticeTemplate => ({
  subject: 'Update overdue: {{reference}}',
  body:
    '{{name}}, staff were promised an update on {{reference}} ({{title}}) by {{nextUpdate}} ' +
    'and none has gone out. Send one now, before they start calling the help desk.',
  smsBody:
    '{{reference}}: staff were promised an update by {{nextUpdate}} and none has gone out. Send one now.',
  channels: BOTH,
  requireAck: false,
});

/** To the new owner and to the previous one when an incident changes hands. */
export function ownerNotice(
  role: 'new_owner' | 'previous_owner' | 'declared',
  other: string | null,
  reason: string | null | undefined,
): NoticeTemplate {
  const body =
    role === 'previous_owner'
      ? `{{name}}, you have handed incident {{reference}} ({{title}}) over to ${literal(other ?? 'a new owner')}.`
      : role === 'new_owner'
        ? `{{name}}, you are now the owner of incident {{reference}} ({{title}})${other ? `, handed over by ${literal(other)}` : ''}.`
        : '{{name}}, you are the owner of incident {{reference}} ({{title}}).';
  return {
    subject:
      role === 'previous_owner' ? '{{reference}}: handed over' : 'You own incident {{reference}}',
    body: `${body}${because(reason)}`,
    channels: BOTH,
    requireAck: false,
  };
}

/** To the owner when departments have not acknowledged a directive by its due time. */
export function directiveEscalationNotice(
  text: string,
  departments: string[],
  dueAt: string | null,
): NoticeTemplate {
  return {
    subject: '{{reference}}: directive not acknowledged by ' + literal(departments.join(', ')),
    body:
      `{{name}}, ${literal(departments.join(', '))} had not acknowledged the directive ` +
      `"${literal(text)}" by ${dueAt ? literal(dueAt) : 'its due time'} (incident {{reference}}).`,
    channels: BOTH,
    requireAck: false,
  };
}

/** Directive text longer than this is cut in notices: an SMS carries at most 1,600 characters. */
export const NOTICE_TEXT_MAX = 1000;

/** Text from a record, cut at a word to `max` characters with a pointer to the full text. */
export function excerpt(text: string, max: number, rest = '…'): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, Math.max(0, max - rest.length));
  const word = cut.replace(/\s+\S*$/, '');
  return `${word.length >= cut.length / 2 ? word : cut}${rest}`;
}

/**
 * To each ITU member of a department a directive is addressed to: what to do, by when,
 * and that the department must acknowledge it in Cordon. `department` is the name and
 * code as staff know it ("Social Services (SOC)"), `due` the formatted due time.
 */
export function directiveIssuedNotice(
  text: string,
  department: string,
  due: string,
): NoticeTemplate {
  const said = literal(excerpt(text, NOTICE_TEXT_MAX, '… (full text in Cordon)'));
  return {
    subject: `{{reference}}: directive to ${literal(department)}, due ${literal(due)}`,
    body:
      `{{name}}, the owner of incident {{reference}} ({{title}}) has issued a directive to ` +
      `${literal(department)}: "${said}". Due by ${literal(due)}. ` +
      'Acknowledge it for your department in Cordon.',
    smsBody: `{{reference}}: directive to ${literal(department)}, due ${literal(due)}: "${quoted(text)}". Acknowledge it in Cordon.`,
    channels: BOTH,
    requireAck: false,
  };
}

/**
 * To the owner when a directive's department has nobody in Cordon to receive it (no
 * active ITU login): the directive stands, but only someone the owner calls will act.
 */
export function directiveUnreachableNotice(text: string, department: string): NoticeTemplate {
  const said = literal(excerpt(text, NOTICE_TEXT_MAX, '… (full text in Cordon)'));
  return {
    subject: `{{reference}}: nobody in ${literal(department)} received your directive`,
    body:
      `{{name}}, ${literal(department)} has no IT unit member in Cordon, so nobody there ` +
      `was sent your directive "${said}" (incident {{reference}}). Call them, or have an ` +
      'administrator give their IT unit a login.',
    smsBody: `{{reference}}: nobody in ${literal(department)} received your directive "${quoted(text)}". Call them.`,
    channels: BOTH,
    requireAck: false,
  };
}

/**
 * To a department's ITU when one of its machines is detected infected on a reopened
 * LAN and isolated: which machine, where, and that a task to clean it is in their queue.
 */
export function deviceIsolatedNotice(hostname: string, lan: string | null): NoticeTemplate {
  const where = lan ? ` on ${literal(lan)}` : '';
  return {
    subject: `{{reference}}: infected machine ${literal(hostname)} isolated`,
    body:
      `{{name}}, ${literal(hostname)}${where} was detected infected and has been ` +
      `isolated from the network (incident {{reference}}). A task to clean it is in your ` +
      "department's queue: claim it in Cordon.",
    smsBody: `{{reference}}: ${literal(hostname)}${where} is infected and was isolated. Claim the task to clean it in Cordon.`,
    channels: BOTH,
    requireAck: false,
  };
}

/**
 * To a department's ITU: staff of theirs on a closed LAN whom a broadcast could not
 * reach (no mobile, not E.164, or no SMS consent), so that someone tells them in person.
 */
export function staffUnreachableNotice(
  count: number,
  staff: readonly { name: string; lan: string | null }[],
  subject: string,
): NoticeTemplate {
  const listed = staff.map((s) => `- ${literal(s.name)}${s.lan ? ` (${literal(s.lan)})` : ''}`);
  const more =
    count > staff.length ? `\n- and ${count - staff.length} more (listed in Cordon)` : '';
  return {
    subject: `{{reference}}: ${count} of your staff could not be reached`,
    body:
      `{{name}}, the broadcast "${literal(subject)}" (incident {{reference}}) could not reach ` +
      `${count} of your department's staff: their network is shut down or being cleaned, so ` +
      `email cannot be read there, and Cordon has no mobile or SMS consent for them. ` +
      `Please tell them in person:\n${listed.join('\n')}${more}`,
    smsBody: `{{reference}}: ${count} of your staff on a closed LAN could not be reached (no mobile). Names in your email and in Cordon.`,
    channels: BOTH,
    requireAck: false,
  };
}

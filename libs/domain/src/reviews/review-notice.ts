import type { NoticeTemplate } from '../broadcasts/notices';
import { excerpt, literal, NOTICE_SMS_QUOTE_MAX } from '../broadcasts/notices';

/** To an action item's owner when its due day has passed: at most once a day. */
export function reviewActionReminderNotice(title: string, dueOn: string): NoticeTemplate {
  return {
    subject: '{{reference}}: review action overdue',
    body:
      `{{name}}, the action "${literal(excerpt(title, 1000))}" from the post-incident review of ` +
      `{{reference}} ({{title}}) was due on ${dueOn} and is still open. ` +
      'Mark it done in Cordon when it is, or ask the incident owner for a new due date.',
    smsBody: `{{reference}} review action overdue (due ${dueOn}): ${literal(excerpt(title, NOTICE_SMS_QUOTE_MAX, '...'))}`,
    channels: ['email', 'sms'],
    requireAck: false,
  };
}

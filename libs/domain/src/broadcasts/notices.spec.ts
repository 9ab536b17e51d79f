import {
  deviceIsolatedNotice,
  directiveEscalationNotice,
  directiveIssuedNotice,
  directiveUnreachableNotice,
  excerpt,
  lanPhaseNotice,
  literal,
  NOTICE_TEXT_MAX,
  ownerNotice,
  updateReminderNotice,
} from './notices';
import { renderMessage, TemplateValues, unknownVariables } from './template';

const values: TemplateValues = {
  name: 'Ann',
  reference: 'INC-2026-0007',
  title: 'Welchia',
  lan: 'SOC-HALL',
  nextUpdate: '15:00, Fri 27 Nov',
  ackLink: 'https://c.example/api/v1/ack/t',
};

describe('notices', () => {
  it('tells a LAN being shut down, with the next update, and asks to reply YES', () => {
    const notice = lanPhaseNotice('shut_down', 'worm traffic')!;
    expect(notice).toMatchObject({ channels: ['email', 'sms'], requireAck: true });
    const sms = renderMessage(notice, values).sms;
    expect(sms).toContain('your network SOC-HALL is being shut down');
    expect(sms).toContain('Reason: worm traffic.');
    expect(sms).toContain('Next update by 15:00, Fri 27 Nov');
    expect(sms).toMatch(/Reply YES/);
  });

  it('has no notice for a phase it does not know', () => {
    expect(lanPhaseNotice('planned', null)).toBeNull();
  });

  it('keeps text from records from being read as variables', () => {
    expect(literal('{{name}}')).toBe('{ {name} }');
    const notice = directiveEscalationNotice('patch {{name}}', ['SOC'], '18:00');
    expect(unknownVariables(notice.body)).toEqual([]);
    expect(renderMessage(notice, values).text).toContain('"patch { {name} }"');
  });

  it.each([
    ['new_owner', 'you are now the owner of incident INC-2026-0007 (Welchia), handed over by Bob'],
    ['previous_owner', 'you have handed incident INC-2026-0007 (Welchia) over to Bob'],
    ['declared', 'you are the owner of incident INC-2026-0007 (Welchia)'],
  ] as const)('tells the %s', (role, text) => {
    expect(renderMessage(ownerNotice(role, 'Bob', 'end of shift'), values).text).toBe(
      `Ann, ${text}. Reason: end of shift.`,
    );
  });

  it('reminds the owner of an overdue update', () => {
    expect(renderMessage(updateReminderNotice(), values).subject).toBe(
      'Update overdue: INC-2026-0007',
    );
  });

  it("tells a department's ITU what a directive says, for whom and by when", () => {
    const notice = directiveIssuedNotice(
      'Install MS03-026 on every machine',
      'Social Services (SOC)',
      '18:00, Fri 27 Nov',
    );
    expect(notice).toMatchObject({ channels: ['email', 'sms'], requireAck: false });
    const message = renderMessage(notice, values);
    expect(message.subject).toBe(
      'INC-2026-0007: directive to Social Services (SOC), due 18:00, Fri 27 Nov',
    );
    expect(message.sms).toBe(
      'Ann, the owner of incident INC-2026-0007 (Welchia) has issued a directive to ' +
        'Social Services (SOC): "Install MS03-026 on every machine". Due by 18:00, Fri 27 Nov. ' +
        'Acknowledge it for your department in Cordon.',
    );
  });

  it('tells the owner when a directive reached nobody in a department', () => {
    const message = renderMessage(
      directiveUnreachableNotice('Install MS03-026 on every machine', 'Highways (HWY)'),
      values,
    );
    expect(message.subject).toBe('INC-2026-0007: nobody in Highways (HWY) received your directive');
    expect(message.sms).toBe(
      'Ann, Highways (HWY) has no IT unit member in Cordon, so nobody there was sent your ' +
        'directive "Install MS03-026 on every machine" (incident INC-2026-0007). Call them, ' +
        'or have an administrator give their IT unit a login.',
    );
  });

  it('cuts a long directive so the SMS stays within 1,600 characters', () => {
    const long = 'patch every machine now '.repeat(200);
    const sms = renderMessage(directiveIssuedNotice(long, 'Education (EDU)', '18:00'), values).sms;
    expect(sms.length).toBeLessThanOrEqual(1600);
    expect(sms).toContain('… (full text in Cordon)"');
  });

  it('keeps directive text and names from being read as variables', () => {
    const notice = directiveIssuedNotice('do {{title}}', 'A {{name}} dept', '{{nextUpdate}}');
    expect(unknownVariables(notice.subject + notice.body)).toEqual([]);
    const text = renderMessage(notice, values).text;
    expect(text).toContain('"do { {title} }"');
    expect(text).toContain('A { {name} } dept');
    expect(text).toContain('Due by { {nextUpdate} }.');
  });

  it("tells a department's ITU which machine was isolated, where, and that a task waits", () => {
    const message = renderMessage(deviceIsolatedNotice('soc-pc-014', 'SOC-HALL'), values);
    expect(message.subject).toBe('INC-2026-0007: infected machine soc-pc-014 isolated');
    expect(message.sms).toBe(
      'Ann, soc-pc-014 on SOC-HALL was detected infected and has been isolated from the ' +
        "network (incident INC-2026-0007). A task to clean it is in your department's queue: " +
        'claim it in Cordon.',
    );
    expect(renderMessage(deviceIsolatedNotice('x{{lan}}', null), values).sms).toMatch(
      /^Ann, x\{ \{lan\} \} was detected infected/,
    );
  });
});

describe(excerpt.name, () => {
  it('keeps short text whole, folding whitespace', () => {
    expect(excerpt('  a\n b  ', 10)).toBe('a b');
  });

  it('cuts at a word boundary with the marker, within the limit', () => {
    expect(excerpt('alpha beta gamma delta', 15)).toBe('alpha beta…');
    expect(excerpt('alpha beta gamma delta', 15).length).toBeLessThanOrEqual(15);
  });

  it('cuts inside a word when the text has no break early enough', () => {
    expect(excerpt('x'.repeat(30), 10)).toBe('xxxxxxxxx…');
  });

  it('bounds a directive by NOTICE_TEXT_MAX', () => {
    expect(excerpt('word '.repeat(1000), NOTICE_TEXT_MAX, '…!').length).toBeLessThanOrEqual(
      NOTICE_TEXT_MAX,
    );
  });
});

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
  staffUnreachableNotice,
  updateReminderNotice,
} from './notices';
import { smsSegments } from './sms-segments';
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
    expect(sms).toBe(
      'INC-2026-0007: your network SOC-HALL is being shut down. Reason: worm traffic. ' +
        'Next update 15:00, Fri 27 Nov.\nReply YES to confirm you have read this.',
    );
    expect(smsSegments(sms).segments).toBe(1);
  });

  it('sends notice SMS of at most two segments, whatever the records hold', () => {
    const long = 'the worm spread through every share on the floor and beyond '.repeat(30);
    const host = 'soc-pc-014.social-services.council.example';
    const notices = [
      lanPhaseNotice('shut_down', long)!,
      lanPhaseNotice('shut_down', null)!,
      lanPhaseNotice('reopened', null)!,
      updateReminderNotice(),
      ownerNotice('new_owner', 'Bob Someone-Longname', long),
      ownerNotice('previous_owner', 'Bob', long),
      directiveEscalationNotice(long, ['SOC', 'EDU', 'HWY'], '18:00, Fri 27 Nov'),
      directiveIssuedNotice(long, 'Social Services (SOC)', '18:00, Fri 27 Nov'),
      directiveUnreachableNotice(long, 'Highways (HWY)'),
      deviceIsolatedNotice(host, 'SOC-HALL'),
      staffUnreachableNotice(1234, [{ name: long, lan: 'SOC-HALL' }], long),
    ];
    for (const notice of notices) {
      const sms = renderMessage(notice, values).sms;
      expect(sms).not.toContain('Ann,');
      expect(smsSegments(sms)).toMatchObject({ encoding: 'GSM-7' });
      expect(smsSegments(sms).segments).toBeLessThanOrEqual(2);
    }
  });

  it('tells the ITU which staff on a closed LAN a broadcast could not reach, by name', () => {
    const notice = staffUnreachableNotice(
      3,
      [
        { name: 'Ann {{ackLink}}', lan: 'SOC-HALL' },
        { name: 'Bob', lan: null },
      ],
      'Closures at {{title}}',
    );
    const { subject, text: body } = renderMessage(notice, values);
    expect(subject).toBe('INC-2026-0007: 3 of your staff could not be reached');
    expect(body).toContain('the broadcast "Closures at { {title} }"');
    expect(body).toContain(
      '- Ann { {ackLink} } (SOC-HALL)\n- Bob\n- and 1 more (listed in Cordon)',
    );
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
    expect(message.text).toBe(
      'Ann, the owner of incident INC-2026-0007 (Welchia) has issued a directive to ' +
        'Social Services (SOC): "Install MS03-026 on every machine". Due by 18:00, Fri 27 Nov. ' +
        'Acknowledge it for your department in Cordon.',
    );
    expect(message.sms).toBe(
      'INC-2026-0007: directive to Social Services (SOC), due 18:00, Fri 27 Nov: ' +
        '"Install MS03-026 on every machine". Acknowledge it in Cordon.',
    );
  });

  it('tells the owner when a directive reached nobody in a department', () => {
    const message = renderMessage(
      directiveUnreachableNotice('Install MS03-026 on every machine', 'Highways (HWY)'),
      values,
    );
    expect(message.subject).toBe('INC-2026-0007: nobody in Highways (HWY) received your directive');
    expect(message.text).toBe(
      'Ann, Highways (HWY) has no IT unit member in Cordon, so nobody there was sent your ' +
        'directive "Install MS03-026 on every machine" (incident INC-2026-0007). Call them, ' +
        'or have an administrator give their IT unit a login.',
    );
    expect(message.sms).toBe(
      'INC-2026-0007: nobody in Highways (HWY) received your directive ' +
        '"Install MS03-026 on every machine". Call them.',
    );
  });

  it('cuts a long directive: the email within 1,600 characters, the SMS to a short quote', () => {
    const long = 'patch every machine now '.repeat(200);
    const message = renderMessage(directiveIssuedNotice(long, 'Education (EDU)', '18:00'), values);
    expect(message.text.length).toBeLessThanOrEqual(1600);
    expect(message.text).toContain('… (full text in Cordon)"');
    expect(message.sms).toMatch(
      /: "patch every machine now patch every machine now patch\.\.\."\./,
    );
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
    expect(message.text).toBe(
      'Ann, soc-pc-014 on SOC-HALL was detected infected and has been isolated from the ' +
        "network (incident INC-2026-0007). A task to clean it is in your department's queue: " +
        'claim it in Cordon.',
    );
    expect(message.sms).toBe(
      'INC-2026-0007: soc-pc-014 on SOC-HALL is infected and was isolated. ' +
        'Claim the task to clean it in Cordon.',
    );
    expect(renderMessage(deviceIsolatedNotice('x{{lan}}', null), values).sms).toMatch(
      /^INC-2026-0007: x\{ \{lan\} \} is infected/,
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

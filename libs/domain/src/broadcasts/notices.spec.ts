import {
  directiveEscalationNotice,
  lanPhaseNotice,
  literal,
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
});

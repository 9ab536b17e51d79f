import { smsSegments } from './sms-segments';
import {
  ACK_SMS_LINE,
  escapeHtml,
  formatUpdateTime,
  renderHtml,
  renderIncidentSubject,
  renderMessage,
  renderText,
  TemplateValues,
  unknownVariables,
} from './template';

const values: TemplateValues = {
  name: 'Ann <Admin> & Co',
  reference: 'INC-2026-0007',
  title: 'W32.Welchia in "Social Services"',
  lan: 'SOC-HALL',
  nextUpdate: '15:00, Tue 27 Nov',
  ackLink: 'https://cordon.example/api/v1/ack/abc_DEF-123',
};

describe('broadcast templates', () => {
  it('substitutes every variable, with or without spaces in the braces', () => {
    expect(
      renderText('{{name}}|{{ reference }}|{{title}}|{{lan}}|{{nextUpdate}}|{{ackLink}}', values),
    ).toBe(
      'Ann <Admin> & Co|INC-2026-0007|W32.Welchia in "Social Services"|SOC-HALL|15:00, Tue 27 Nov|https://cordon.example/api/v1/ack/abc_DEF-123',
    );
  });

  it.each([
    ['Hello {{name}}', []],
    ['{{ nmae }} and {{foo}} and {{foo}}', ['nmae', 'foo']],
    ['{{}} and { name } are plain text', []],
  ])('%j has unknown variables %j', (template, unknown) => {
    expect(unknownVariables(template)).toEqual(unknown);
  });

  it('escapes HTML in values and in the literal text', () => {
    expect(escapeHtml(`<b>"x" & 'y'</b>`)).toBe(
      '&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;',
    );
    const html = renderHtml('<script>alert(1)</script> {{name}}', values);
    expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; Ann &lt;Admin&gt; &amp; Co</p>');
  });

  it('makes paragraphs of blank lines, breaks of single ones, and a link of the ack link', () => {
    expect(renderHtml('One\ntwo\n\n\nThree {{ackLink}}', values)).toBe(
      '<p>One<br>\ntwo</p>\n<p>Three <a href="https://cordon.example/api/v1/ack/abc_DEF-123">https://cordon.example/api/v1/ack/abc_DEF-123</a></p>',
    );
  });

  it('appends the ack link to the email and "Reply YES" to the SMS when acknowledgement is asked', () => {
    const message = renderMessage(
      {
        subject: '{{reference}}: network closing',
        body: 'Dear {{name}}, {{lan}} closes.',
        requireAck: true,
      },
      values,
    );
    expect(message.subject).toBe('INC-2026-0007: network closing');
    expect(message.text).toBe(
      `Dear Ann <Admin> & Co, SOC-HALL closes.\n\nPlease confirm you have read this: ${values.ackLink}`,
    );
    expect(message.html).toContain(`<a href="${values.ackLink}">`);
    expect(message.html).toContain('Dear Ann &lt;Admin&gt; &amp; Co');
    expect(message.sms).toBe(`INC-2026-0007: network closing\n${ACK_SMS_LINE}`);
  });

  it('sends the SMS text when there is one, rendered, with "Reply YES" when acknowledgement is asked', () => {
    const content = {
      subject: '{{reference}}: network closing',
      body: 'Dear {{name}},\n\n'.padEnd(2_000, 'long email text '),
      smsBody: ' {{lan}} closes at 14:00 ({{reference}}) ',
    };
    expect(renderMessage({ ...content, requireAck: true }, values).sms).toBe(
      `SOC-HALL closes at 14:00 (INC-2026-0007)\n${ACK_SMS_LINE}`,
    );
    expect(renderMessage({ ...content, requireAck: false }, values).sms).toBe(
      'SOC-HALL closes at 14:00 (INC-2026-0007)',
    );
  });

  it('derives a one-segment SMS from a long email: the subject, never the body', () => {
    const message = renderMessage(
      {
        subject: '{{reference}}:   network\nclosing',
        body: 'Dear {{name}}, '.padEnd(3_000, 'more words about the closures '),
        requireAck: true,
      },
      values,
    );
    expect(message.sms).toBe(`INC-2026-0007: network closing\n${ACK_SMS_LINE}`);
    expect(message.sms).not.toContain('Dear');
    expect(smsSegments(message.sms).segments).toBe(1);
  });

  it('does not add the link twice when the body places it', () => {
    const message = renderMessage(
      { subject: 's', body: 'Confirm here: {{ackLink}}', requireAck: true },
      values,
    );
    expect(message.text.split(values.ackLink)).toHaveLength(2);
  });

  it('adds nothing when no acknowledgement is asked', () => {
    const message = renderMessage(
      { subject: 's', body: 'Plain {{lan}}', requireAck: false },
      values,
    );
    expect(message.text).toBe('Plain SOC-HALL');
    expect(message.sms).toBe('s');
  });

  it.each([
    ['{{reference}}: {{title}}, next {{nextUpdate}}', 'INC-2026-0007: W32, next 15:00, Tue 27 Nov'],
    [
      '{{ reference }}  for\n{{name}} on {{lan}} {{ackLink}}',
      'INC-2026-0007 for {{name}} on {{lan}} {{ackLink}}',
    ],
    ['{ {reference} } stays', '{ {reference} } stays'],
  ])('renders %j for the incident as %j', (template, shown) => {
    expect(
      renderIncidentSubject(template, {
        reference: 'INC-2026-0007',
        title: 'W32',
        nextUpdate: '15:00, Tue 27 Nov',
      }),
    ).toBe(shown);
  });

  it('formats the next update time in the council time zone', () => {
    expect(formatUpdateTime(new Date('2026-11-27T15:00:00Z'))).toBe('15:00, Fri 27 Nov');
    expect(formatUpdateTime(new Date('2026-07-01T14:30:00Z'))).toBe('15:30, Wed 1 Jul');
    expect(formatUpdateTime(null)).toBe('to be announced');
  });
});

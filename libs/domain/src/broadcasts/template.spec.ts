import {
  ACK_SMS_LINE,
  escapeHtml,
  formatUpdateTime,
  renderHtml,
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
    expect(message.sms).toBe(`Dear Ann <Admin> & Co, SOC-HALL closes.\n${ACK_SMS_LINE}`);
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
    expect(message.sms).toBe('Plain SOC-HALL');
  });

  it('formats the next update time in the council time zone', () => {
    expect(formatUpdateTime(new Date('2026-11-27T15:00:00Z'))).toBe('15:00, Fri 27 Nov');
    expect(formatUpdateTime(new Date('2026-07-01T14:30:00Z'))).toBe('15:30, Wed 1 Jul');
    expect(formatUpdateTime(null)).toBe('to be announced');
  });
});

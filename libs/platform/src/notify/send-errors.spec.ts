import { classifyMailError } from './mail-errors';
import { normalizeMessageId } from './mail-sender';
import { PermanentSendError, TransientSendError } from './send-errors';
import { classifyTwilioError } from './twilio-errors';

describe(classifyMailError.name, () => {
  it.each([
    [
      '4xx at RCPT',
      { code: 'EENVELOPE', responseCode: 451, response: '451 try later' },
      'transient',
      false,
    ],
    [
      '421 closing',
      { code: 'EPROTOCOL', responseCode: 421, response: '421 bye' },
      'transient',
      false,
    ],
    [
      '503 bad sequence',
      { code: 'EPROTOCOL', responseCode: 503, response: '503 bad sequence' },
      'transient',
      false,
    ],
    [
      '550 no such user',
      { code: 'EENVELOPE', responseCode: 550, response: '550 no user' },
      'permanent',
      null,
    ],
    [
      '554 after DATA',
      { code: 'EMESSAGE', responseCode: 554, response: '554 refused' },
      'permanent',
      null,
    ],
    [
      '535 bad credentials',
      { code: 'EAUTH', responseCode: 535, response: '535 auth failed' },
      'permanent',
      null,
    ],
    ['no recipients', { code: 'EENVELOPE', message: 'No recipients defined' }, 'permanent', null],
    [
      'connection dropped',
      { code: 'ECONNECTION', message: 'Connection closed' },
      'transient',
      true,
    ],
    ['timeout', { code: 'ETIMEDOUT', message: 'Timeout' }, 'transient', true],
    [
      'refused',
      { code: 'ESOCKET', originalCode: 'ECONNREFUSED', message: 'connect ECONNREFUSED' },
      'transient',
      false,
    ],
  ])('%s', (_name, err, kind, outcomeUnknown) => {
    const got = classifyMailError(err);
    expect(got).toBeInstanceOf(kind === 'transient' ? TransientSendError : PermanentSendError);
    if (got instanceof TransientSendError) expect(got.outcomeUnknown).toBe(outcomeUnknown);
  });

  it('puts the code and the server reply in the reason, on one line', () => {
    const got = classifyMailError({
      code: 'EENVELOPE',
      responseCode: 550,
      command: 'RCPT TO',
      response: '550 5.1.1\n no such user',
    });
    expect(got.reason).toBe('smtp 550 at RCPT TO: 550 5.1.1 no such user');
    expect(got.providerCode).toBe(550);
  });
});

describe(classifyTwilioError.name, () => {
  const rest = (status: number, code: number, message: string) =>
    Object.assign(new Error(message), { status, code });
  it.each([
    ['429', rest(429, 20429, 'Too Many Requests'), 'transient', false],
    ['500', rest(500, 20500, 'Internal'), 'transient', true],
    ['21211 invalid number', rest(400, 21211, "The 'To' number is not valid"), 'permanent', null],
    [
      '21610 unsubscribed',
      rest(400, 21610, 'Attempt to send to unsubscribed recipient'),
      'permanent',
      null,
    ],
    [
      'timeout',
      Object.assign(new Error('timeout of 1000ms exceeded'), {
        isAxiosError: true,
        code: 'ECONNABORTED',
      }),
      'transient',
      true,
    ],
    [
      'reset',
      Object.assign(new Error('socket hang up'), { isAxiosError: true, code: 'ECONNRESET' }),
      'transient',
      true,
    ],
    [
      'refused',
      Object.assign(new Error('connect ECONNREFUSED'), {
        isAxiosError: true,
        code: 'ECONNREFUSED',
      }),
      'transient',
      false,
    ],
    ['client check', new Error('Required parameter "params[\'to\']" missing.'), 'permanent', null],
  ])('%s', (_name, err, kind, outcomeUnknown) => {
    const got = classifyTwilioError(err);
    expect(got).toBeInstanceOf(kind === 'transient' ? TransientSendError : PermanentSendError);
    if (got instanceof TransientSendError) expect(got.outcomeUnknown).toBe(outcomeUnknown);
  });

  it('says in words that a 21610 recipient opted out, permanent whatever the status', () => {
    for (const status of [400, 500]) {
      const got = classifyTwilioError(
        rest(status, 21610, 'Attempt to send to unsubscribed recipient'),
      );
      expect(got).toBeInstanceOf(PermanentSendError);
      expect(got.providerCode).toBe(21610);
      expect(got.reason).toBe(
        `twilio ${status} (21610): the recipient has opted out of SMS from this number ` +
          '(replied STOP); nothing reaches them by SMS until they text START. ' +
          'Twilio said: Attempt to send to unsubscribed recipient',
      );
    }
  });

  it("keeps Twilio's code and message", () => {
    const got = classifyTwilioError(
      rest(400, 21211, "The 'To' number +1500 is not a valid phone number."),
    );
    expect(got.providerCode).toBe(21211);
    expect(got.reason).toBe(
      "twilio 400 (21211): The 'To' number +1500 is not a valid phone number.",
    );
  });
});

describe(normalizeMessageId.name, () => {
  it('adds angle brackets once and refuses what is not an id', () => {
    expect(normalizeMessageId('a-1@cordon')).toBe('<a-1@cordon>');
    expect(normalizeMessageId('<a-1@cordon>')).toBe('<a-1@cordon>');
    expect(() => normalizeMessageId('no at sign')).toThrow(PermanentSendError);
  });
});

import { resolve } from 'node:path';
import { ConfigError, loadConfig } from './config';

describe('loadConfig: mail and SMS settings', () => {
  it('has development defaults', () => {
    const config = loadConfig({ NODE_ENV: 'development' });
    expect(config.smtp).toMatchObject({
      url: 'smtp://127.0.0.1:1025',
      isDevelopmentCatcher: true,
      maxConnections: 5,
      maxRequeues: 1,
      maxMessages: 100,
      timeoutMs: 30_000,
      perSecond: null,
    });
    expect(config.sms).toEqual({ perSecond: 10, timeoutMs: 15_000 });
    expect(config.mailDir).toBe(resolve('tmp/mail'));
    expect(config.smsDir).toBe(resolve('tmp/sms'));
  });

  it('reads the variables', () => {
    const config = loadConfig({
      SMTP_URL: 'smtps://u:p@mail.example:465',
      SMTP_MAX_CONNECTIONS: '10',
      SMTP_MAX_REQUEUES: '0',
      SMTP_MAX_MESSAGES: '1000',
      SMTP_TIMEOUT_MS: '5000',
      SMS_PER_SECOND: '30',
      EMAIL_PER_SECOND: '14',
      TWILIO_TIMEOUT_MS: '2000',
      MAIL_DIR: '/var/tmp/cordon-mail',
      SMS_DIR: 'data/sms',
    });
    expect(config.smtp).toMatchObject({
      isDevelopmentCatcher: false,
      maxConnections: 10,
      maxRequeues: 0,
      maxMessages: 1000,
      timeoutMs: 5000,
      perSecond: 14,
    });
    expect(config.sms).toEqual({ perSecond: 30, timeoutMs: 2000 });
    expect(config.mailDir).toBe('/var/tmp/cordon-mail');
    expect(config.smsDir).toBe(resolve('data/sms'));
  });

  it('moves the development catcher with MAIL_CATCHER_PORT', () => {
    expect(loadConfig({ MAIL_CATCHER_PORT: '2525' }).smtp.url).toBe('smtp://127.0.0.1:2525');
  });

  it.each([
    ['SMTP_MAX_CONNECTIONS', '0'],
    ['SMTP_MAX_CONNECTIONS', 'many'],
    ['SMTP_MAX_REQUEUES', '11'],
    ['SMTP_MAX_MESSAGES', '0'],
    ['SMTP_TIMEOUT_MS', '10'],
    ['SMS_PER_SECOND', '0'],
    ['EMAIL_PER_SECOND', '-1'],
    ['EMAIL_PER_SECOND', '10001'],
    ['TWILIO_TIMEOUT_MS', '-1'],
    ['MAIL_CATCHER_PORT', '70000'],
  ])('refuses %s=%s with one line naming it', (name, value) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(new RegExp(`^${name} `));
    expect((error as Error).message).not.toContain('\n');
  });
});

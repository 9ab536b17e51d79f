import { ConfigError, loadConfig } from './config';

describe('loadConfig: broadcast delivery settings', () => {
  it('has defaults', () => {
    expect(loadConfig({}).comms).toEqual({
      emailConcurrency: 10,
      smsConcurrency: 10,
      sendAttempts: 8,
      sendBackoffMs: 2_000,
      ackEscalationMinutes: 30,
      scanSeconds: 30,
      queueLockMs: 30_000,
      queueStalledIntervalMs: 30_000,
      timeZone: 'Europe/London',
    });
  });

  it('reads the variables', () => {
    const comms = loadConfig({
      EMAIL_CONCURRENCY: '4',
      SMS_CONCURRENCY: '6',
      SEND_ATTEMPTS: '3',
      SEND_BACKOFF_MS: '100',
      ACK_ESCALATION_MINUTES: '5',
      COMMS_SCAN_SECONDS: '2',
      QUEUE_LOCK_MS: '4000',
      QUEUE_STALLED_INTERVAL_MS: '2000',
      COMMS_TIME_ZONE: 'UTC',
    }).comms;
    expect(comms).toEqual({
      emailConcurrency: 4,
      smsConcurrency: 6,
      sendAttempts: 3,
      sendBackoffMs: 100,
      ackEscalationMinutes: 5,
      scanSeconds: 2,
      queueLockMs: 4_000,
      queueStalledIntervalMs: 2_000,
      timeZone: 'UTC',
    });
  });

  it.each([
    ['EMAIL_CONCURRENCY', '0', /EMAIL_CONCURRENCY must be between 1 and 200/],
    ['SEND_ATTEMPTS', 'many', /SEND_ATTEMPTS must be a whole number/],
    ['COMMS_TIME_ZONE', 'Mars/Olympus', /COMMS_TIME_ZONE is not a time zone/],
  ])('refuses %s=%s naming it', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });
});

import { loggablePath } from './log-redaction';

describe(loggablePath.name, () => {
  it.each([
    ['/api/v1/ack/abc123DEF_-x', '/api/v1/ack/[Redacted]'],
    ['/api/v1/ack/abc123?lang=en', '/api/v1/ack/[Redacted]'],
    ['/api/v1/incidents?cursor=xyz&limit=5', '/api/v1/incidents'],
    ['/api/v1/status#top', '/api/v1/status'],
    ['/api/v1/incidents/0c5e/lans', '/api/v1/incidents/0c5e/lans'],
  ])('logs %s as %s', (url, logged) => {
    expect(loggablePath(url)).toBe(logged);
  });
});

import { loggableHeaders, loggablePath } from './log-redaction';

describe(loggablePath.name, () => {
  it.each([
    ['/api/v1/ack/abc123DEF_-x', '/api/v1/ack/[Redacted]'],
    ['/api/v1/ack/abc123?lang=en', '/api/v1/ack/[Redacted]'],
    ['/api/v1/incidents?cursor=xyz&limit=5', '/api/v1/incidents'],
    ['/api/v1/status#top', '/api/v1/status'],
    ['/api/v1/incidents/0c5e/lans', '/api/v1/incidents/0c5e/lans'],
    ['/API/V1/ACK/abc123', '/API/V1/ACK/[Redacted]'],
    ['/api/v1/%61ck/abc123', '/api/v1/%61ck/[Redacted]'],
    ['/api/v1/ack/abc/extra', '/api/v1/ack/[Redacted]/extra'],
  ])('logs %s as %s', (url, logged) => {
    expect(loggablePath(url)).toBe(logged);
  });
});

describe(loggableHeaders.name, () => {
  it('cuts a Referer to its origin and path, without an acknowledgement token or query', () => {
    expect(
      loggableHeaders({
        referer: 'https://cordon.council.example/api/v1/ack/abc123?token=xyz',
        host: 'cordon.council.example',
      }),
    ).toEqual({
      referer: 'https://cordon.council.example/api/v1/ack/[Redacted]',
      host: 'cordon.council.example',
    });
    expect(loggableHeaders({ referer: 'not a url secret' })).toEqual({ referer: '[Redacted]' });
  });
});

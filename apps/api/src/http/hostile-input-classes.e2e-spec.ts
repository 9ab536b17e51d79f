import { gzipSync } from 'node:zlib';
import { ApiHarness, startApi } from '../testing/api-harness';
import { createCouncil } from '../testing/council-fixture';
import { deepText } from '../testing/fuzz-runner';
import { as } from '../testing/incident-fixture';

/** Each class of hostile input a client found answering 500, answered 4xx naming the field. */
describe('hostile input classes', () => {
  let api: ApiHarness;
  let token: string;
  let incidentId: string;

  beforeAll(async () => {
    api = await startApi();
    await createCouncil(api);
    const admin = await api.login(['admin', 'owner']);
    token = admin.token;
    incidentId = (
      await as(api, token)
        .post('incidents', { title: 'Blaster', severity: 2, summary: 's', ownerId: admin.id })
        .expect(201)
    ).body.id;
  });
  afterAll(() => api.close());

  async function raw(method: string, path: string, body?: string | Buffer, headers = {}) {
    const res = await fetch(`${api.url}/api/v1/${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers },
      body,
    });
    const text = await res.text();
    expect(res.headers.get('content-type')).toMatch(/^application\/(problem\+)?json/);
    return { status: res.status, body: JSON.parse(text) };
  }
  const fields = (body: { errors?: { field: string }[] }) => body.errors?.map((e) => e.field);

  it('answers deep nesting 400 before anything recurses into it', async () => {
    for (const depth of [33, 10_000, 200_000]) {
      const body = `{"title":"x","severity":2,"summary":${deepText(depth)}}`;
      const res = await raw('POST', 'incidents', body);
      expect([res.status, res.body.code]).toEqual([400, 'validation_failed']);
      expect(res.body.errors[0].message).toMatch(/deeper than 32/);
    }
  });

  it('answers a body that is not what its Content-Encoding says 400, an unknown one 415', async () => {
    const body = JSON.stringify({ title: 'Renamed' });
    for (const encoding of ['gzip', 'deflate', 'br']) {
      const res = await raw('PATCH', `incidents/${incidentId}`, body, {
        'Content-Encoding': encoding,
      });
      expect([res.status, fields(res.body)]).toEqual([400, ['Content-Encoding']]);
    }
    const unknown = await raw('PATCH', `incidents/${incidentId}`, body, {
      'Content-Encoding': 'zstd-x',
    });
    expect([unknown.status, unknown.body.code]).toEqual([415, 'unsupported_media_type']);
    const real = await raw('PATCH', `incidents/${incidentId}`, gzipSync(body), {
      'Content-Encoding': 'gzip',
    });
    expect([real.status, real.body.title]).toEqual([200, 'Renamed']);
  });

  it('refuses NUL and lone surrogates in any text field, query or CSV line, naming it', async () => {
    const title = await raw(
      'PATCH',
      `incidents/${incidentId}`,
      JSON.stringify({ title: 'a\u0000b' }),
    );
    expect([title.status, fields(title.body)]).toEqual([400, ['title']]);
    const nested = await raw(
      'POST',
      `incidents/${incidentId}/broadcasts/preview`,
      JSON.stringify({ audience: { departmentIds: ['\uD800'] }, channels: ['email'] }),
    );
    expect([nested.status, fields(nested.body)]).toEqual([400, ['audience.departmentIds.0']]);
    const query = await raw('GET', `staff?q=${encodeURIComponent('smith\u0000')}`);
    expect([query.status, fields(query.body)]).toEqual([400, ['q']]);
    const csv = await raw(
      'POST',
      'staff/import',
      'name,email\nA,a@x.example\nB\u0000,b@x.example\n',
      {
        'Content-Type': 'text/csv',
      },
    );
    expect([csv.status, fields(csv.body)]).toEqual([400, ['line 3']]);
  });

  it('refuses null for a field the DTO does not make nullable, on PATCH and POST', async () => {
    for (const field of ['title', 'severity', 'summary']) {
      const res = await raw('PATCH', `incidents/${incidentId}`, JSON.stringify({ [field]: null }));
      expect([res.status, fields(res.body)]).toEqual([400, [field]]);
    }
  });

  it('refuses a broadcast without an audience, or with an empty one', async () => {
    const send = (body: object) =>
      raw('POST', `incidents/${incidentId}/broadcasts`, JSON.stringify(body), {
        'Idempotency-Key': `k-${Math.random()}`,
      });
    const base = { channels: ['email'], subject: 's', body: 'b' };
    for (const audience of [undefined, null, {}, [], 'all']) {
      const res = await send({ ...base, audience });
      expect([res.status, fields(res.body)?.[0]]).toEqual([400, 'audience']);
    }
  });

  it('refuses integer query parameters beyond the integer range', async () => {
    for (const seq of ['2147483648', '99999999999999999999', '1e400', '-1', '1.5']) {
      const res = await raw('GET', `incidents/${incidentId}/events?sinceSeq=${seq}`);
      expect([res.status, fields(res.body)]).toEqual([400, ['sinceSeq']]);
    }
    const limit = await raw('GET', 'incidents?limit=99999999999999999999');
    expect([limit.status, fields(limit.body)]).toEqual([400, ['limit']]);
  });

  it('answers bodies too large 413, malformed JSON 400 and wrong media types 415', async () => {
    const big = JSON.stringify({ title: 'x'.repeat(3 * 1024 * 1024) });
    const large = await raw('PATCH', `incidents/${incidentId}`, big);
    expect([large.status, large.body.code]).toEqual([413, 'payload_too_large']);
    const malformed = await raw('PATCH', `incidents/${incidentId}`, '{"title":');
    expect([malformed.status, malformed.body.code]).toEqual([400, 'malformed_json']);
    for (const type of [
      'text/xml',
      'application/octet-stream',
      'multipart/form-data; boundary=x',
    ]) {
      const res = await raw('PATCH', `incidents/${incidentId}`, '<a/>', { 'Content-Type': type });
      expect([res.status, res.body.code]).toEqual([415, 'unsupported_media_type']);
    }
    const long = await raw('GET', `staff?q=${'x'.repeat(20_000)}`);
    expect([long.status, long.body.code]).toEqual([431, 'validation_failed']);
  });
});

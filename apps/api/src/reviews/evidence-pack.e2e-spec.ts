import { strFromU8, unzipSync } from 'fflate';
import { parseAuditExport, verifyAuditChain } from '@cordon/platform';
import { as } from '../testing/incident-fixture';
import { ReviewWorld, startReviewWorld } from '../testing/review-world';

const day = (offset: number): string =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * The evidence pack of a closed incident's review: a zip with the audit export (its hash
 * chain verifies), the review, the ISO mapping with this incident's counts and a README.
 */
describe('GET /incidents/:id/evidence', () => {
  let w: ReviewWorld;

  beforeAll(async () => {
    w = await startReviewWorld();
  }, 60_000);
  afterAll(() => w?.close());

  const download = (token: string, id: string) =>
    w.api
      .http()
      .get(`/api/v1/incidents/${id}/evidence`)
      .set('Authorization', `Bearer ${token}`)
      .buffer(true)
      .parse((res, done) => {
        const parts: Buffer[] = [];
        res.on('data', (chunk: Buffer) => parts.push(chunk));
        res.on('end', () => done(null, Buffer.concat(parts)));
      });

  it('packs the audit export, the review, the ISO mapping and a README; the chain verifies', async () => {
    const { id, reference } = await w.closedIncident('Blaster, evidence');
    const o = as(w.api, w.owner.token);
    await o.patch(`incidents/${id}/review`, { wentWrong: 'No like machine to test the patch' });
    await o
      .post(`incidents/${id}/review/actions`, {
        title: 'Like machines per build',
        ownerId: w.itu.id,
        dueOn: day(10),
      })
      .expect(201);

    const res = await download(w.owner.token, id);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="${reference}-evidence.zip"`,
    );
    const files = unzipSync(new Uint8Array(res.body as Buffer));
    expect(Object.keys(files).sort()).toEqual([
      'README.txt',
      'audit.csv',
      'audit.jsonl',
      'iso-mapping.csv',
      'iso-mapping.md',
      'report.html',
      'report.json',
      'report.md',
      'review.json',
      'review.md',
    ]);
    const text = (name: string) => strFromU8(files[name]);

    const jsonl = parseAuditExport(text('audit.jsonl'), 'jsonl');
    const csv = parseAuditExport(text('audit.csv'), 'csv');
    const events: { type: string }[] = await w.ds.query(
      `SELECT type FROM events WHERE stream = $1 ORDER BY seq`,
      [`incident:${id}`],
    );
    expect(jsonl.map((r) => r.record.type)).toEqual(events.map((e) => e.type));
    expect(verifyAuditChain(jsonl)).toEqual({ ok: true, events: events.length, unchained: 0 });
    expect(verifyAuditChain(csv)).toMatchObject({ ok: true, events: events.length });
    const head = jsonl[jsonl.length - 1].record.hash as string;
    expect(text('README.txt')).toContain(`Chain head (hash of the last event): ${head}`);
    expect(text('README.txt')).toContain('npm run audit:verify -- audit.jsonl');
    expect(text('README.txt')).toContain('the chain verifies');

    // an edited event inside the pack is caught
    const edited = text('audit.jsonl').replace('No like machine', 'No problem at all');
    expect(verifyAuditChain(parseAuditExport(edited, 'jsonl'))).toMatchObject({ ok: false });

    const report = JSON.parse(text('report.json'));
    expect(report).toMatchObject({ incidentId: id, reference, status: 'final' });
    expect(report.events).toBeLessThanOrEqual(events.length);
    expect(text('report.html')).toMatch(/^<!doctype html>/i);
    expect(text('report.html')).toContain(reference);
    expect(text('report.md')).toContain(reference);

    const review = JSON.parse(text('review.json'));
    expect(review).toMatchObject({
      incidentId: id,
      wentWrong: 'No like machine to test the patch',
    });
    expect(text('review.md')).toContain('| Like machines per build |');
    const count = (type: string) => events.filter((e) => e.type === type).length;
    const iso = text('iso-mapping.csv').split('\r\n');
    expect(iso[0]).toBe('standard,control,title,record,event_types,evidence,total');
    expect(iso.find((l) => l.includes('Post-incident review opened'))).toContain(
      `review.opened ×${count('review.opened')}; review.updated ×${count('review.updated')}`,
    );
    expect(count('review.opened')).toBe(1);
    expect(text('iso-mapping.md')).toContain(`# ${reference}: what Cordon recorded`);
  }, 30_000);

  it('refuses who may not read the incident, and an unknown one', async () => {
    const { id } = await w.closedIncident('Blaster, refused');
    expect((await download(w.itu.token, id)).status).toBe(403);
    expect((await download(w.owner.token, '00000000-0000-4000-8000-000000000000')).status).toBe(
      404,
    );
  }, 30_000);
});

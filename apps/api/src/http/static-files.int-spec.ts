import express from 'express';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { StaticFiles } from './static-files';

/** The console's build served from memory: gzip once, tags, 304s, cache headers, rebuilds. */
describe(StaticFiles.name, () => {
  let dir: string;
  let app: express.Express;
  const script = 'console.log("status page");\n'.repeat(100);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'static-files-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets', 'status-abc.js'), script);
    writeFileSync(join(dir, 'index.html'), '<!doctype html><p>small</p>');
    app = express();
    app.use(new StaticFiles(dir).serve);
    app.use((_req, res) => res.status(404).send('next'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('sends a hashed asset gzipped to a reader that accepts gzip, cached for a year', async () => {
    const res = await request(app).get('/assets/status-abc.js').set('Accept-Encoding', 'gzip');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    // the client unzips it: what came over the wire is the smaller gzip
    expect(Number(res.headers['content-length'])).toBeLessThan(script.length / 10);
    expect(res.text).toBe(script);
  });

  it('sends it plain to a reader that does not accept gzip, and 304 to its tag', async () => {
    const plain = await request(app)
      .get('/assets/status-abc.js')
      .set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(script);
    const tag = plain.headers['etag'];
    expect(tag).toMatch(/^"[\w-]+"$/);
    const again = await request(app).get('/assets/status-abc.js').set('If-None-Match', tag);
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
  });

  it('revalidates pages, leaves unknown paths to the next handler, re-reads a changed file', async () => {
    const page = await request(app).get('/index.html');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.text).toBe('<!doctype html><p>small</p>');
    expect((await request(app).get('/missing.js')).text).toBe('next');

    writeFileSync(join(dir, 'index.html'), '<!doctype html><p>rebuilt</p>');
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(dir, 'index.html'), later, later);
    await new Promise((r) => setTimeout(r, 1_100)); // past the once-a-second look
    const rebuilt = await request(app).get('/index.html');
    expect(rebuilt.text).toBe('<!doctype html><p>rebuilt</p>');
    expect(rebuilt.headers['etag']).not.toBe(page.headers['etag']);
  });
});

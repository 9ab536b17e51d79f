import type { EventView, IncidentReport } from '@cordon/contracts';
import { as } from '../testing/incident-fixture';
import { buildReportWorld, ReportWorld } from '../testing/report-world';
import { Counts, median, ms } from './report-counts';

jest.setTimeout(120_000);

/**
 * The same journey as report.e2e-spec.ts: the report's other formats, who may read it,
 * the metrics across incidents, and the report made final by the close.
 */
describe('GET /incidents/:id/report as a page, in Markdown, to whom; GET /metrics', () => {
  let w: ReportWorld;
  let events: EventView[];
  let c: Counts;
  const get = (token: string, query = '') =>
    as(w.h.api, token).get(`incidents/${w.incidentId}/report${query}`);

  beforeAll(async () => {
    w = await buildReportWorld();
    await w.settled();
    events = await w.events();
    c = new Counts(events);
  });
  afterAll(async () => {
    await w?.h.close();
  });

  it('answers the printable page (inline SVG charts, text escaped) and Markdown', async () => {
    const html = await get(w.owner2.token, '?format=html').expect(200);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(html.text).toMatch(/<path d="M[\d.]+,[\d.]+H/);
    expect(html.text).toContain('data-series="unverified"');
    expect(html.text).toContain('Unplug every machine on your LAN &lt;now&gt;');
    expect(html.text).not.toContain('<now>');
    expect(html.text).toContain('@page { size: A4');
    const negotiated = await get(w.owner2.token).set('Accept', 'text/html').expect(200);
    expect(negotiated.headers['content-type']).toMatch(/^text\/html/);
    const md = await get(w.owner2.token, '?format=md').expect(200);
    expect(md.headers['content-type']).toMatch(/^text\/markdown/);
    expect(md.text).toContain('## Tasks by department');
    expect(md.text).toMatch(/\| SOC-HALL \| Reopened \|/);
  });

  it('is read by owners, command and admins only (CONTRACT.md), and refuses others', async () => {
    await get(w.ituEdu.token).expect(403);
    const staff = await w.h.api.login(['staff']);
    await get(staff.token).expect(403);
    const bad = await get(w.owner2.token, '?format=pdf').expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['format']);
    await as(w.h.api, w.owner2.token)
      .get('incidents/00000000-0000-4000-8000-000000000000/report')
      .expect(404);
  });

  it('measures acknowledge, contain and recover, and the machines below the standard build when planned', async () => {
    const created = c.first('incident.created');
    const firstAct = events.find((e) => e.seq > created.seq && e.actor.id === w.owner.id);
    const lans = c.of('lan.planned').map((e) => String(e.data['lanId']));
    const lastShut = lans
      .map((l) => c.lanAt(l, 'shut_down'))
      .sort()
      .pop() as string;
    const lastReopen = lans
      .map((l) => c.lanAt(l, 'reopened'))
      .sort()
      .pop() as string;
    const metrics = (await as(w.h.api, w.owner2.token).get('metrics').expect(200)).body;
    const mine = metrics.perIncident.find(
      (m: { incidentId: string }) => m.incidentId === w.incidentId,
    );
    expect(mine).toMatchObject({
      acknowledgeMs: ms(created.at, firstAct?.at ?? ''),
      containMs: ms(created.at, lastShut),
      recoverMs: ms(created.at, lastReopen),
      // the fixture's machines: SOC-PC-001 no anti-virus, SOC-PC-002 old signatures, EDU-PC-002 a patch short
      startCompliance: {
        devices: 4,
        noAntivirus: 1,
        avOutOfDate: 1,
        missingPatches: 1,
        belowStandardBuild: 3,
      },
    });
    expect(metrics.meanTimeToAcknowledgeMs).toBe(mine.acknowledgeMs);
    const soc = metrics.departments.find(
      (d: { department: { code: string } }) => d.department.code === 'SOC',
    );
    expect(soc.timeToClaim.medianMs).toBe(median(c.times(soc.department.id, 'task.claimed')));
    await as(w.h.api, w.ituSoc.token).get('metrics').expect(403);
  });

  it('is final once the incident is closed, its figures frozen at the close', async () => {
    await as(w.h.api, w.owner2.token)
      .post(`incidents/${w.incidentId}/status`, {
        to: 'closed',
        reason: 'Welchia gone',
        force: true,
      })
      .expect(200);
    const final = (await get(w.owner2.token).expect(200)).body as IncidentReport;
    const closed = new Counts(await w.events()).first(
      'incident.status_changed',
      (d) => d['to'] === 'closed',
    );
    expect(final).toMatchObject({
      status: 'final',
      incidentStatus: 'closed',
      closedAt: closed.at,
      asOf: closed.at,
    });
    await new Promise((r) => setTimeout(r, 50));
    // later events (a review opened) join the log; the figures run to the close and stay
    const again = (await get(w.owner2.token).expect(200)).body as IncidentReport;
    const figures = (r: IncidentReport) => [
      r.asOf,
      r.owners,
      r.lans,
      r.devices,
      r.departments,
      r.updates,
    ];
    expect(figures(again)).toEqual(figures(final));
  });
});

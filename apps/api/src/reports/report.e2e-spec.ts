import type { EventView, IncidentReport } from '@cordon/contracts';
import { as } from '../testing/incident-fixture';
import { buildReportWorld, ReportWorld } from '../testing/report-world';
import { BULK, Counts, median, ms, p90 } from './report-counts';

jest.setTimeout(120_000);

describe('GET /incidents/:id/report', () => {
  let w: ReportWorld;
  let events: EventView[];
  let c: Counts;
  let report: IncidentReport;
  const get = (token: string, query = '') =>
    as(w.h.api, token).get(`incidents/${w.incidentId}/report${query}`);

  beforeAll(async () => {
    w = await buildReportWorld();
    // settle: the worker's notices (handover, directive) finish before the counts
    let seen = -1;
    await w.h.waitFor(async () => {
      const evs = await w.events();
      const made = evs.filter((e) => e.type === 'broadcast.created').length;
      const done = evs.filter((e) => e.type === 'broadcast.completed').length === made;
      const still = evs.length === seen;
      seen = evs.length;
      if (!still) await new Promise((r) => setTimeout(r, 1_000));
      return done && still;
    }, 'the log to settle (every broadcast completed, no new event for a second)');
    report = (await get(w.owner2.token).expect(200)).body;
    events = await w.events();
    c = new Counts(events);
  });
  afterAll(async () => {
    await w?.h.close();
  });

  it('is live and reads every event of the log', () => {
    expect(report.status).toBe('live');
    expect(report.events).toBe(events.length);
    expect(report.lastSeq).toBe(events[events.length - 1].seq);
    expect(report.reference).toBe(c.first('incident.created').data['reference']);
  });

  it('names each owner with the handover between them', () => {
    const created = c.first('incident.created');
    const handover = c.first('incident.owner_changed');
    expect(report.handovers).toBe(c.of('incident.owner_changed').length);
    expect(report.owner.id).toBe(w.owner2.id);
    expect(report.owners.map((o) => [o.owner.id, o.from, o.to, o.reason])).toEqual([
      [w.owner.id, created.at, handover.at, null],
      [w.owner2.id, handover.at, null, 'end of shift'],
    ]);
    expect(report.owners[0].durationMs).toBe(ms(created.at, handover.at));
  });

  it('times each LAN shut down, cleaning and to reopen from its phase changes', () => {
    expect(report.lans).toHaveLength(c.of('lan.planned').length);
    for (const lan of report.lans) {
      const shut = c.lanAt(lan.lanId, 'shut_down');
      const cleaning = c.lanAt(lan.lanId, 'cleaning');
      const reopened = c.lanAt(lan.lanId, 'reopened');
      expect(lan).toMatchObject({
        phase: 'reopened',
        shutDownAt: shut,
        shutDownMs: ms(shut, cleaning),
        cleaningMs: ms(cleaning, reopened),
        toReopenMs: ms(shut, reopened),
      });
      const devices = new Set(
        c.of('task.created', (d) => d.lanId === lan.lanId).map((e) => e.data['deviceId']),
      );
      expect(lan.devices).toBe(devices.size);
    }
  });

  it('counts machines verified per day, isolations, re-infections and the burndown', () => {
    const inPlan = new Set(
      c.of('task.created', (d) => !!d.deviceId).map((e) => e.data['deviceId']),
    );
    const verified = c.verifiedDevices();
    const completions = c.of(
      'task.completed',
      (d) => (d['evidence'] as { scanClean?: boolean })?.scanClean === true,
    );
    const days = new Map<string, number>();
    for (const e of completions)
      days.set(e.at.slice(0, 10), (days.get(e.at.slice(0, 10)) ?? 0) + 1);
    const isolated = c.of('device.isolated');
    const caughtAgain = isolated.filter((i) =>
      completions.some((done) => done.data['deviceId'] === i.data['deviceId'] && done.seq < i.seq),
    );
    expect(report.devices).toMatchObject({
      inPlan: inPlan.size,
      verified: verified.length,
      unverified: inPlan.size - verified.length,
      isolations: isolated.length,
      infections: c.of('device.infected').length,
      reinfections: caughtAgain.length,
    });
    expect(caughtAgain.length).toBe(1); // the detection on the reopened LAN
    expect(report.devices.verifiedPerDay).toEqual(
      [...days.entries()].map(([day, n]) => ({ day, verified: n })),
    );
    const points = report.devices.burndown;
    expect(Math.max(...points.map((p) => p.unverified))).toBe(inPlan.size);
    expect(points[points.length - 1]).toMatchObject({
      unverified: inPlan.size - verified.length,
      isolated: 1,
      infected: 0,
    });
    expect(points.map((p) => p.at)).toEqual([...points.map((p) => p.at)].sort((a, b) => a - b));
  });

  it('gives each department its tasks and the median and p90 time to claim and complete', () => {
    const depts = new Set(c.of('task.created').map((e) => String(e.data['departmentId'])));
    expect(report.departments.map((d) => d.department.id).sort()).toEqual([...depts].sort());
    for (const d of report.departments) {
      const claims = c.times(d.department.id, 'task.claimed');
      const completes = c.times(d.department.id, 'task.completed');
      expect(d.tasks).toBe(c.tasksOf(d.department.id).length);
      expect([d.claimed, d.completed]).toEqual([claims.length, completes.length]);
      expect(d.timeToClaim).toMatchObject({ medianMs: median(claims), p90Ms: p90(claims) });
      expect(d.timeToComplete).toMatchObject({
        medianMs: median(completes),
        p90Ms: p90(completes),
      });
      expect(d.claimed).toBeGreaterThan(0);
    }
    expect(report.departments.map((d) => d.department.code).sort()).toEqual(['EDU', 'SOC']);
  });

  it('times how fast each department acknowledged the directive', () => {
    const issued = c.first('directive.issued');
    const acks = c.of('directive.acknowledged');
    expect(report.directives).toHaveLength(1);
    const [d] = report.directives;
    expect(d.acknowledged).toBe(acks.length);
    for (const ack of acks) {
      const dept = d.departments.find((x) => x.department.id === ack.data['departmentId']);
      expect(dept).toMatchObject({
        acknowledgedAt: ack.at,
        afterMs: ms(issued.at, ack.at),
        late: false,
      });
    }
  });

  it('rates each broadcast and times 50% and 90% acknowledged', () => {
    expect(report.broadcasts).toHaveLength(c.of('broadcast.created').length);
    for (const b of report.broadcasts) {
      const created = c.first('broadcast.created', (d) => d.broadcastId === b.broadcastId);
      const done = c.of('broadcast.completed', (d) => d.broadcastId === b.broadcastId).pop();
      const totals = done?.data['totals'] as Record<string, number>;
      const acks = c
        .of('broadcast.acknowledged', (d) => d.broadcastId === b.broadcastId)
        .map((e) => ms(created.at, e.at))
        .sort((x, y) => x - y);
      const recipients = Number(created.data['recipients']);
      const sendable = totals['deliveries'] - totals['skipped'];
      expect(b).toMatchObject({
        recipients,
        delivered: totals['sent'] + totals['delivered'],
        failed: totals['failed'],
        acknowledged: acks.length,
        deliveryRate: (totals['sent'] + totals['delivered']) / sendable,
        failureRate: totals['failed'] / sendable,
      });
      if (b.broadcastId !== w.broadcastId) continue;
      expect(acks).toHaveLength(w.acks);
      expect(b.acknowledgementRate).toBe(w.acks / recipients);
      expect(b.to50PercentMs).toBe(acks[Math.ceil(recipients / 2) - 1] ?? null);
      expect(b.to90PercentMs).toBe(acks[Math.ceil(recipients * 0.9) - 1] ?? null);
      expect(b.to50PercentMs).not.toBeNull();
    }
  });

  it('counts updates promised and given on time', () => {
    const given = [
      ...c.of('incident.update_posted'),
      ...c.of('incident.status_changed', (d) => d['nextUpdateDueAt'] !== null),
      ...c.of('broadcast.created', (d) => 'nextUpdateDueAt' in d),
    ];
    // each was given within the hour the previous one promised
    expect(report.updates).toMatchObject({
      given: given.length,
      promised: given.length,
      onTime: given.length,
      late: 0,
      missed: 0,
    });
    expect(report.updates.overdueReminders).toBe(c.of('incident.update_overdue').length);
    const posted = c.first('incident.update_posted');
    expect(report.updates.items.map((i) => i.dueAt)).toContain(posted.data['nextUpdateDueAt']);
  });

  it('lists the significant events as its timeline', () => {
    const significant = events.filter((e) => !BULK.includes(e.type) || e.data['kind'] === 'action');
    expect(report.timeline.map((t) => t.seq)).toEqual(significant.map((e) => e.seq));
    expect(report.timeline.find((t) => t.type === 'incident.owner_changed')?.text).toMatch(
      /end of shift/,
    );
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

  it('is read by whoever may read the timeline, and refuses others', async () => {
    await get(w.ituEdu.token).expect(200);
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

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
    await w.settled();
    report = (await get(w.owner2.token).expect(200)).body;
    events = await w.events();
    c = new Counts(events);
  });
  afterAll(async () => {
    await w?.h.close();
  });

  it('is live, reads every event of the log and states the declaration', () => {
    const created = c.first('incident.created');
    const d = created.data;
    expect(report).toMatchObject({
      status: 'live',
      incidentStatus: 'active',
      closedAt: null,
      events: events.length,
      lastSeq: events[events.length - 1].seq,
      declaredAt: created.at,
      reference: d['reference'],
      title: d['title'],
      severity: d['severity'],
      summary: d['summary'],
    });
    expect(Date.parse(report.asOf)).toBeGreaterThanOrEqual(
      Date.parse(events[events.length - 1].at),
    );
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
      const planned = c.first('lan.planned', (d) => d.lanId === lan.lanId);
      expect(lan).toMatchObject({
        code: planned.data['code'],
        departmentId: planned.data['departmentId'],
        plannedAt: planned.at,
        cleaningAt: cleaning,
        reopenedAt: reopened,
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
    expect(report.devices.waived).toBe(c.of('device.waived').length);
    expect(report.devices.reinfected).toEqual(
      caughtAgain.map((e) => ({
        deviceId: e.data['deviceId'],
        hostname: e.data['hostname'],
        at: e.at,
      })),
    );
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
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      expect(d.timeToClaim).toMatchObject({
        count: claims.length,
        medianMs: median(claims),
        p90Ms: p90(claims),
      });
      expect(d.timeToClaim.meanMs).toBeCloseTo(mean(claims), 6);
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
    expect(d).toMatchObject({
      text: issued.data['text'],
      issuedAt: issued.at,
      dueAt: issued.data['dueAt'],
      acknowledged: acks.length,
    });
    const afters = acks.map((a) => ms(issued.at, a.at));
    expect(d.acknowledgement).toMatchObject({ medianMs: median(afters), p90Ms: p90(afters) });
    expect(d.departments.map((x) => x.escalated)).toEqual(
      d.departments.map(
        (x) => c.of('directive.escalated', (e) => e.departmentId === x.department.id).length > 0,
      ),
    );
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
        kind: created.data['kind'],
        subject: created.data['subject'],
        createdAt: created.at,
        completedAt: done?.at ?? null,
        deliveries: totals['deliveries'],
        skipped: totals['skipped'],
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
});

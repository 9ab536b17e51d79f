import { Job } from 'bullmq';
import { type DataOf, type JobName, QUEUES } from '@cordon/contracts';
import { formatUpdateTime } from '@cordon/domain';
import { QueueFactory } from '@cordon/platform';
import type { FeatureTestApp } from '@cordon/platform/testing';
import {
  eventsOf,
  ituMember,
  noticeCouncil,
  noticeDevice,
  noticeDirective,
  noticeIncident,
  noticeLan,
  noticesOf,
  startNotices,
  stopNotices,
} from '../testing/notice-world';
import { NotifyJob, NotifyProcessor } from './notify.processor';

type Notice = Awaited<ReturnType<typeof noticesOf>>[number];

/** A notice's deliveries as `[recipient, channel, status]`, sorted (order within a channel is free). */
const sent = (notice: Notice) =>
  notice.deliveries.map((d) => [d.recipient_id, d.channel, d.status].join(' ')).sort();

/**
 * The other `notify.*` jobs against the real PostgreSQL: a LAN's phase to its staff,
 * an overdue update to the owner, a directive and an isolated machine to the
 * department's ITU. Each writes its notice once per job id, and nothing when there is
 * nothing (more) to tell.
 */
describe(`${NotifyProcessor.name}: LAN, update-due and ITU notices`, () => {
  let app: FeatureTestApp;
  let processor: NotifyProcessor;

  beforeAll(async () => {
    app = await startNotices();
    processor = app.get(NotifyProcessor);
  });
  afterAll(() => stopNotices(app));

  /** A job of the notify queue as a worker receives it (not added to Redis). */
  const job = <N extends JobName<'notify'>>(name: N, id: string, data: DataOf<'notify', N>) =>
    new Job(app.get(QueueFactory).queue(QUEUES.notify), name, data, {}, id) as NotifyJob;

  it("tells a shut-down LAN's staff by email and SMS, asking them to confirm, once per job id", async () => {
    const c = await noticeCouncil(app);
    const incidentId = await noticeIncident(app, c.owner);
    const lan = await noticeLan(app, c);
    const data = {
      incidentId,
      reference: 'INC-N',
      lanId: lan.lanId,
      code: lan.lanCode,
      from: 'planned' as const,
      to: 'shut_down' as const,
      reason: 'worm traffic',
    };
    const shutDown = job('notify.lan_phase_changed', `lan-phase.${lan.lanId}.1`, data);

    expect(await processor.process(shutDown)).toBe('sent');
    expect(await processor.process(shutDown)).toBe('sent');

    const notices = await noticesOf(app, incidentId);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      kind: 'lan_notice',
      idempotency_key: `notify.lan_phase_changed-lan-phase.${lan.lanId}.1`,
      subject: '{{reference}}: your network {{lan}} is being shut down',
    });
    expect(notices[0].body).toContain('Reason: worm traffic.');
    expect(sent(notices[0])).toEqual(
      [
        `${lan.ann} email queued`,
        `${lan.ann} sms queued`,
        `${lan.bob} email queued`,
        `${lan.bob} sms skipped`,
      ].sort(),
    );
    const [{ require_ack }]: { require_ack: boolean }[] = await app.ds.query(
      `SELECT require_ack FROM broadcasts WHERE id = $1`,
      [notices[0].id],
    );
    expect(require_ack).toBe(true);

    // cleaning: email only, no confirmation; a LAN back to planned tells nobody
    await processor.process(
      job('notify.lan_phase_changed', `lan-phase.${lan.lanId}.2`, {
        ...data,
        from: 'shut_down',
        to: 'cleaning',
      }),
    );
    const planned = job('notify.lan_phase_changed', `lan-phase.${lan.lanId}.3`, {
      ...data,
      from: 'cleaning',
      to: 'planned',
    });
    expect(await processor.process(planned)).toBe('no notice for this phase');
    const all = await noticesOf(app, incidentId);
    expect(all.map((n) => n.subject)).toEqual([
      '{{reference}}: your network {{lan}} is being shut down',
      '{{reference}}: your network {{lan}} is being cleaned',
    ]);
    expect(sent(all[1])).toEqual([`${lan.ann} email queued`, `${lan.bob} email queued`].sort());
  });

  it('reminds the owner of an update still due at that due time, once; not when it was given since', async () => {
    const c = await noticeCouncil(app);
    const incidentId = await noticeIncident(app, c.owner, 90);
    const [{ due }]: { due: Date }[] = await app.ds.query(
      `SELECT last_update_at + interval '60 minutes' AS due FROM incidents WHERE id = $1`,
      [incidentId],
    );
    const updateDue = (id: string) =>
      job('notify.update_due', id, { incidentId, dueAt: due.toISOString() });

    expect(await processor.process(updateDue(`update-due.${incidentId}.a`))).toBe('sent');
    // another job for the same due time: still one reminder
    expect(await processor.process(updateDue(`update-due.${incidentId}.b`))).toBe('sent');

    const notices = await noticesOf(app, incidentId);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      kind: 'update_reminder',
      idempotency_key: `reminder-${incidentId}-${due.getTime()}`,
      subject: 'Update overdue: {{reference}}',
    });
    expect(sent(notices[0])).toEqual([`${c.owner.id} email queued`, `${c.owner.id} sms queued`]);
    expect(await eventsOf(app, incidentId, 'incident.update_overdue')).toEqual([
      {
        dueAt: due.toISOString(),
        owner: { id: c.owner.id, name: c.owner.name },
        broadcastId: notices[0].id,
      },
    ]);

    // an update went out meanwhile: the old due time reminds nobody, even once the next is overdue
    const onTime = await noticeIncident(app, c.owner, 90);
    const [{ due: was }]: { due: Date }[] = await app.ds.query(
      `SELECT last_update_at + interval '60 minutes' AS due FROM incidents WHERE id = $1`,
      [onTime],
    );
    // (given 70 minutes ago: overdue again, but for a later due time)
    await app.ds.query(
      `UPDATE incidents SET last_update_at = last_update_at + interval '20 minutes' WHERE id = $1`,
      [onTime],
    );
    const stale = job('notify.update_due', `update-due.${onTime}`, {
      incidentId: onTime,
      dueAt: was.toISOString(),
    });
    expect(await processor.process(stale)).toBe('update given since');
    expect(await noticesOf(app, onTime)).toEqual([]);
    expect(await eventsOf(app, onTime, 'incident.update_overdue')).toEqual([]);
  });

  it("sends a directive to each addressed department's ITU, once; the owner hears of one with no ITU", async () => {
    const c = await noticeCouncil(app);
    const other = await noticeCouncil(app);
    const incidentId = await noticeIncident(app, c.owner);
    const ian = await ituMember(app, c.departmentId, 'Ian', '+447700900789');
    const ivy = await ituMember(app, c.departmentId, 'Ivy');
    const dueAt = new Date('2026-03-02T14:00:00.000Z');
    const text = 'Pull the network cables on floor 2';
    const directiveId = await noticeDirective(app, incidentId, c.owner, text, dueAt, [
      c.departmentId,
      other.departmentId,
    ]);
    const issued = job('notify.directive_issued', `directive-issued.${directiveId}`, {
      incidentId,
      directiveId,
      departmentIds: [c.departmentId, other.departmentId],
    });

    expect(await processor.process(issued)).toBe('sent to 1 of 2 department(s)');
    expect(await processor.process(issued)).toBe('sent to 1 of 2 department(s)');

    const notices = await noticesOf(app, incidentId);
    expect(notices.map((n) => n.kind).sort()).toEqual(['directive_escalation', 'directive_notice']);
    const toItu = notices.find((n) => n.kind === 'directive_notice')!;
    const due = formatUpdateTime(dueAt, app.config.comms.timeZone);
    expect(toItu.idempotency_key).toBe(
      `notify.directive_issued-directive-issued.${directiveId}:${c.departmentId}`,
    );
    expect(toItu.subject).toBe(
      `{{reference}}: directive to Housing (${c.departmentCode}), due ${due}`,
    );
    expect(toItu.body).toContain(`"${text}". Due by ${due}.`);
    expect(sent(toItu)).toEqual(
      [
        `${ian.id} email queued`,
        `${ian.id} sms queued`,
        `${ivy.id} email queued`,
        `${ivy.id} sms skipped`,
      ].sort(),
    );
    const unreachable = notices.find((n) => n.kind === 'directive_escalation')!;
    expect(unreachable.subject).toBe(
      `{{reference}}: nobody in Housing (${other.departmentCode}) received your directive`,
    );
    expect(sent(unreachable)).toEqual([`${c.owner.id} email queued`, `${c.owner.id} sms queued`]);

    // a directive of another incident is no directive of this one
    const elsewhere = await noticeIncident(app, c.owner);
    const foreign = job('notify.directive_issued', `directive-issued.${directiveId}.x`, {
      incidentId: elsewhere,
      directiveId,
      departmentIds: [c.departmentId],
    });
    expect(await processor.process(foreign)).toBe('no such directive');
    expect(await noticesOf(app, elsewhere)).toEqual([]);
  });

  it("tells the isolated machine's department's ITU which machine and LAN, once; nobody without an ITU", async () => {
    const c = await noticeCouncil(app);
    const incidentId = await noticeIncident(app, c.owner);
    const lan = await noticeLan(app, c);
    const device = await noticeDevice(app, lan.lanId, c.departmentId);
    const data = {
      incidentId,
      taskId: '00000000-0000-4000-8000-000000000002',
      deviceId: device.id,
      hostname: device.hostname,
      departmentId: null,
    };
    const isolated = job('notify.device_isolated', `device-isolated.${device.id}`, data);

    // no ITU member yet: nobody is told
    expect(await processor.process(isolated)).toBe('no ITU members');
    expect(await noticesOf(app, incidentId)).toEqual([]);

    const ian = await ituMember(app, c.departmentId, 'Ian', '+447700900789');
    expect(await processor.process(isolated)).toBe('sent');
    expect(await processor.process(isolated)).toBe('sent');

    const notices = await noticesOf(app, incidentId);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      kind: 'isolation_notice',
      idempotency_key: `notify.device_isolated-device-isolated.${device.id}`,
      subject: `{{reference}}: infected machine ${device.hostname} isolated`,
    });
    expect(notices[0].body).toContain(`${device.hostname} on ${lan.lanCode} was detected infected`);
    expect(sent(notices[0])).toEqual([`${ian.id} email queued`, `${ian.id} sms queued`]);
    expect(await eventsOf(app, incidentId, 'broadcast.created')).toHaveLength(1);
  });
});

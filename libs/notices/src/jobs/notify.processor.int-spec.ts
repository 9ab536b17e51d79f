import { Job } from 'bullmq';
import { type DataOf, type JobName, QUEUES } from '@cordon/contracts';
import { QueueFactory } from '@cordon/platform';
import type { FeatureTestApp } from '@cordon/platform/testing';
import {
  eventsOf,
  noticeCouncil,
  noticeIncident,
  noticesOf,
  startNotices,
  stopNotices,
} from '../testing/notice-world';
import { NotifyJob, NotifyProcessor } from './notify.processor';

/**
 * `notify.*` jobs as the worker processes them, against the real PostgreSQL: each
 * writes its notice (a broadcast with its deliveries), once per job id.
 */
describe(NotifyProcessor.name, () => {
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

  it('tells the new owner of a handover by email and SMS, once however often the job runs', async () => {
    const c = await noticeCouncil(app);
    const incidentId = await noticeIncident(app, c.deputy);
    const handover = job('notify.owner_changed', `owner-changed.${incidentId}.1.new`, {
      incidentId,
      userId: c.owner.id,
      role: 'new_owner',
      from: { id: c.deputy.id, name: c.deputy.name },
      to: { id: c.owner.id, name: c.owner.name },
      reason: 'shift change',
    });

    expect(await processor.process(handover)).toBe('sent');
    expect(await processor.process(handover)).toBe('sent');

    const notices = await noticesOf(app, incidentId);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      kind: 'handover_notice',
      idempotency_key: `notify.owner_changed-owner-changed.${incidentId}.1.new`,
      subject: 'You own incident {{reference}}',
    });
    expect(notices[0].body).toContain('handed over by Dan');
    expect(notices[0].deliveries).toEqual([
      { recipient_id: c.owner.id, channel: 'email', status: 'queued', address: c.owner.email },
      { recipient_id: c.owner.id, channel: 'sms', status: 'queued', address: '+447700900456' },
    ]);
    expect(await eventsOf(app, incidentId, 'broadcast.created')).toHaveLength(1);
    const fanout: unknown[] = await app.ds.query(
      `SELECT 1 FROM outbox WHERE queue = $1 AND payload->>'broadcastId' = $2`,
      [QUEUES.fanout, notices[0].id],
    );
    expect(fanout).toHaveLength(1);
  });

  it('tells the previous owner by email only when they have no staff record; another job id is another notice', async () => {
    const c = await noticeCouncil(app);
    const incidentId = await noticeIncident(app, c.owner);
    const data = {
      incidentId,
      userId: c.deputy.id,
      role: 'previous_owner' as const,
      from: { id: c.deputy.id, name: c.deputy.name },
      to: { id: c.owner.id, name: c.owner.name },
      reason: 'leave',
    };
    await processor.process(job('notify.owner_changed', `oc.${incidentId}.1.prev`, data));
    await processor.process(job('notify.owner_changed', `oc.${incidentId}.2.prev`, data));

    const notices = await noticesOf(app, incidentId);
    expect(notices.map((n) => n.kind)).toEqual(['handover_notice', 'handover_notice']);
    expect(notices[0].body).toContain('handed incident {{reference}} ({{title}}) over to Olivia');
    expect(notices[0].deliveries).toEqual([
      { recipient_id: c.deputy.id, channel: 'email', status: 'queued', address: c.deputy.email },
      { recipient_id: c.deputy.id, channel: 'sms', status: 'skipped', address: null },
    ]);
  });

  it("escalates an overdue directive to the incident's owner, naming the department, once per job", async () => {
    const c = await noticeCouncil(app);
    const incidentId = await noticeIncident(app, c.owner);
    const overdue = job('notify.directive_overdue', `directive-overdue.${incidentId}.d1`, {
      incidentId,
      directiveId: '00000000-0000-4000-8000-000000000001',
      departmentId: c.departmentId,
      ownerId: c.owner.id,
      text: 'Pull the network cables on floor 2',
      dueAt: '2026-03-02T14:00:00.000Z',
    });

    expect(await processor.process(overdue)).toBe('sent');
    expect(await processor.process(overdue)).toBe('sent');

    const notices = await noticesOf(app, incidentId);
    expect(notices).toHaveLength(1);
    expect(notices[0].kind).toBe('directive_escalation');
    expect(notices[0].subject).toContain(`Housing (${c.departmentCode})`);
    expect(notices[0].body).toContain('"Pull the network cables on floor 2"');
    expect(notices[0].deliveries.map((d) => [d.recipient_id, d.channel, d.status])).toEqual([
      [c.owner.id, 'email', 'queued'],
      [c.owner.id, 'sms', 'queued'],
    ]);
    expect(await eventsOf(app, incidentId, 'broadcast.created')).toHaveLength(1);
  });

  it('writes nothing for an incident that does not exist', async () => {
    const c = await noticeCouncil(app);
    const missing = '00000000-0000-4000-8000-0000000000ff';
    const answer = await processor.process(
      job('notify.owner_assigned', `owner-assigned.${missing}`, {
        incidentId: missing,
        userId: c.owner.id,
        reason: 'declared',
      }),
    );
    expect(answer).toBe('no incident');
    expect(await noticesOf(app, missing)).toEqual([]);
  });
});

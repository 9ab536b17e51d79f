import type { FeatureTestApp } from '@cordon/platform/testing';
import {
  eventsOf,
  noticeCouncil,
  noticeIncident,
  noticesOf,
  startNotices,
  stopNotices,
} from '../testing/notice-world';
import { UpdateRemindersProcessor } from './update-reminders.processor';

/**
 * The update-reminder sweep against the real PostgreSQL: an owner whose update to
 * staff is overdue is reminded once per due time, however often the sweep runs.
 */
describe(UpdateRemindersProcessor.name, () => {
  let app: FeatureTestApp;
  let sweep: UpdateRemindersProcessor;

  beforeAll(async () => {
    app = await startNotices();
    sweep = app.get(UpdateRemindersProcessor);
  });
  afterAll(() => stopNotices(app));

  it('reminds the owner of an overdue update once per due time, and nobody else', async () => {
    const c = await noticeCouncil(app);
    const overdue = await noticeIncident(app, c.owner, 90);
    const onTime = await noticeIncident(app, c.deputy, 10);
    const closed = await noticeIncident(app, c.deputy, 90);
    await app.ds.query(`UPDATE incidents SET status = 'closed', closed_at = now() WHERE id = $1`, [
      closed,
    ]);

    expect(await sweep.process()).toBe(1);
    expect(await sweep.process()).toBe(0);

    const [{ due }]: { due: Date }[] = await app.ds.query(
      `SELECT last_update_at + interval '60 minutes' AS due FROM incidents WHERE id = $1`,
      [overdue],
    );
    const reminders = await noticesOf(app, overdue);
    expect(reminders).toHaveLength(1);
    expect(reminders[0].kind).toBe('update_reminder');
    expect(reminders[0].deliveries.map((d) => [d.recipient_id, d.channel, d.status])).toEqual([
      [c.owner.id, 'email', 'queued'],
      [c.owner.id, 'sms', 'queued'],
    ]);
    expect(await eventsOf(app, overdue, 'incident.update_overdue')).toEqual([
      {
        dueAt: due.toISOString(),
        owner: { id: c.owner.id, name: c.owner.name },
        broadcastId: reminders[0].id,
      },
    ]);
    expect(await noticesOf(app, onTime)).toEqual([]);
    expect(await noticesOf(app, closed)).toEqual([]);

    // An update was given and is overdue again: a new due time, a new reminder.
    await app.ds.query(
      `UPDATE incidents SET last_update_at = last_update_at + interval '20 minutes' WHERE id = $1`,
      [overdue],
    );
    expect(await sweep.process()).toBe(1);
    expect(await sweep.process()).toBe(0);
    const again = await noticesOf(app, overdue);
    expect(again.map((r) => r.kind)).toEqual(['update_reminder', 'update_reminder']);
    expect(new Set(again.map((r) => r.idempotency_key)).size).toBe(2);
    expect(await eventsOf(app, overdue, 'incident.update_overdue')).toHaveLength(2);
  });
});

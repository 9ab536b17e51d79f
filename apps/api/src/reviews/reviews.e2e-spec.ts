import { ReviewsService } from '@cordon/reviews';
import { as } from '../testing/incident-fixture';
import { ReviewWorld, startReviewWorld } from '../testing/review-world';

const day = (offset: number): string =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** The fields a problem+json names, each once. */
const fields = (body: { errors?: { field: string }[] }): string[] =>
  [...new Set((body.errors ?? []).map((e) => e.field))].sort();

/**
 * Post-incident reviews over HTTP, with the review jobs behind the real outbox relay:
 * opened once when the incident closes, written, its action items tracked to done and
 * signed off, each change with its event; overdue items reminded once a day.
 */
describe('Post-incident reviews', () => {
  let w: ReviewWorld;

  beforeAll(async () => {
    w = await startReviewWorld();
  }, 60_000);
  afterAll(() => w?.close());

  it('opens the review once when the incident closes, not before, and never twice', async () => {
    const o = as(w.api, w.owner.token);
    const open = (await w.declare(w.owner.token).expect(201)).body.id as string;
    const notYet = await o.get(`incidents/${open}/review`);
    expect(notYet.status).toBe(404);
    expect(notYet.body.code).toBe('not_found');
    expect(await w.worker.get(ReviewsService).openFor(open)).toBeNull();

    const { id } = await w.closedIncident();
    const review = (await o.get(`incidents/${id}/review`).expect(200)).body;
    expect(review).toMatchObject({
      incidentId: id,
      status: 'open',
      owner: { id: w.owner.id, name: 'Olive Owner' },
      wentWell: '',
      actions: [],
      canEdit: true,
      canSignOff: true,
    });
    // closing again is refused (closed is final); the job run again, twice at once, opens nothing
    expect((await o.post(`incidents/${id}/status`, { to: 'closed' })).status).toBe(409);
    const reviews = w.worker.get(ReviewsService);
    const again = await Promise.all([reviews.openFor(id), reviews.openFor(id)]);
    expect(again).toEqual([
      { id: review.id, created: false },
      { id: review.id, created: false },
    ]);
    expect(await w.outbox(`review-open:${id}:%`)).toHaveLength(1);
    const rows = await w.ds.query(`SELECT id FROM reviews WHERE incident_id = $1`, [id]);
    expect(rows).toEqual([{ id: review.id }]);
    expect(await w.events(id, 'review.opened')).toEqual([
      { reviewId: review.id, owner: { id: w.owner.id, name: 'Olive Owner' } },
    ]);
  }, 30_000);

  it('writes the sections, tracks action items to done and signs off, each with its event', async () => {
    const { id } = await w.closedIncident('Welchia, second wave');
    const o = as(w.api, w.owner.token);
    const c = as(w.api, w.command.token);
    const itu = as(w.api, w.itu.token);

    const written = await o.patch(`incidents/${id}/review`, {
      wentWell: 'SOC-HALL shut down within the hour',
      contributingFactors: 'No standard build; anti-virus out of date',
    });
    expect(written.status).toBe(200);
    expect(written.body).toMatchObject({
      wentWell: 'SOC-HALL shut down within the hour',
      wentWrong: '',
    });
    expect(await w.events(id, 'review.updated')).toHaveLength(1);

    const empty = await o.patch(`incidents/${id}/review`, {});
    expect([empty.status, empty.headers['content-type']]).toEqual([
      400,
      expect.stringContaining('application/problem+json'),
    ]);
    expect(fields(empty.body)).toEqual(['wentWell']);
    expect(fields((await o.patch(`incidents/${id}/review`, { wentWrong: 5 })).body)).toEqual([
      'wentWrong',
    ]);
    expect((await itu.patch(`incidents/${id}/review`, { wentWell: 'x' })).status).toBe(403);

    const bad = await c.post(`incidents/${id}/review/actions`, {
      title: '',
      ownerId: 'nobody',
      dueOn: '31/12/2026',
    });
    expect(bad.status).toBe(400);
    expect(fields(bad.body)).toEqual(['dueOn', 'ownerId', 'title']);
    const past = await c.post(`incidents/${id}/review/actions`, {
      title: 'Patch',
      ownerId: w.itu.id,
      dueOn: day(-1),
    });
    expect([past.status, fields(past.body)]).toEqual([400, ['dueOn']]);
    const stranger = await c.post(`incidents/${id}/review/actions`, {
      title: 'Patch',
      ownerId: '00000000-0000-4000-8000-000000000000',
      dueOn: day(7),
    });
    expect([stranger.status, fields(stranger.body)]).toEqual([400, ['ownerId']]);

    const patchSoc = await c
      .post(`incidents/${id}/review/actions`, {
        title: 'Standard build on every SOC machine',
        ownerId: w.itu.id,
        dueOn: day(7),
      })
      .expect(201);
    expect(patchSoc.body).toMatchObject({ state: 'open', overdue: false, dueOn: day(7) });
    const avDeputy = await c
      .post(`incidents/${id}/review/actions`, {
        title: 'Anti-virus signatures pushed daily',
        ownerId: w.deputy.id,
        dueOn: day(14),
      })
      .expect(201);

    // its owner marks it done (without reading the incident), and the owner at the same
    // time: one of them does it; not someone else's
    const [byItu, byOwner] = await Promise.all([
      itu.patch(`incidents/${id}/review/actions/${patchSoc.body.id}`, { state: 'done' }),
      o.patch(`incidents/${id}/review/actions/${patchSoc.body.id}`, { state: 'done' }),
    ]);
    expect([byItu.status, byOwner.status].sort()).toEqual([200, 409]);
    const done = byItu.status === 200 ? byItu : byOwner;
    const doer = byItu.status === 200 ? w.itu.id : w.owner.id;
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ state: 'done', doneBy: { id: doer } });
    const twice = await itu.patch(`incidents/${id}/review/actions/${patchSoc.body.id}`, {
      state: 'done',
    });
    expect([twice.status, twice.body.code]).toEqual([409, 'invalid_transition']);
    expect(
      (await itu.patch(`incidents/${id}/review/actions/${avDeputy.body.id}`, { state: 'done' }))
        .status,
    ).toBe(403);
    expect(
      (
        await o.patch(`incidents/${id}/review/actions/00000000-0000-4000-8000-000000000000`, {
          state: 'done',
        })
      ).status,
    ).toBe(404);
    expect(await w.events(id, 'review.action_done')).toEqual([
      {
        reviewId: done.body.reviewId,
        actionId: patchSoc.body.id,
        doneBy: { id: doer, name: expect.any(String) },
        late: false,
      },
    ]);

    // reassigned and moved by command staff; bad days and empty changes named
    const moved = await c.patch(`incidents/${id}/review/actions/${avDeputy.body.id}`, {
      ownerId: w.deputy.id,
      dueOn: day(20),
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ owner: { id: w.deputy.id }, dueOn: day(20) });
    expect(await w.events(id, 'review.action_changed')).toEqual([
      {
        reviewId: moved.body.reviewId,
        actionId: avDeputy.body.id,
        changes: { owner: { id: w.deputy.id, name: 'Dan Deputy' }, dueOn: day(20) },
      },
    ]);
    const badDay = await c.patch(`incidents/${id}/review/actions/${avDeputy.body.id}`, {
      dueOn: '2026-02-30',
    });
    expect([badDay.status, fields(badDay.body)]).toEqual([400, ['dueOn']]);
    const nothing = await c.patch(`incidents/${id}/review/actions/${avDeputy.body.id}`, {});
    expect([nothing.status, fields(nothing.body)]).toEqual([400, ['state']]);

    const mine = await as(w.api, w.deputy.token).get('review-actions?mine=true').expect(200);
    expect(mine.body.items.map((a: { id: string }) => a.id)).toEqual([avDeputy.body.id]);
    expect(mine.body.items[0].reference).toMatch(/^INC-\d{4}-\d{4}$/);
    const list = await c.get('reviews?status=open').expect(200);
    expect(list.body.items.find((r: { incidentId: string }) => r.incidentId === id)).toMatchObject({
      status: 'open',
      actions: { total: 2, open: 1, overdue: 0 },
    });
    expect(fields((await c.get('reviews?status=maybe')).body)).toEqual(['status']);
    expect((await as(w.api, w.staff.token).get('reviews')).status).toBe(403);

    // the owner signs it off; command may not; nothing changes afterwards
    expect((await c.patch(`incidents/${id}/review`, { status: 'completed' })).status).toBe(403);
    const signed = await o.patch(`incidents/${id}/review`, { status: 'completed' }).expect(200);
    expect(signed.body).toMatchObject({
      status: 'completed',
      completedBy: { id: w.owner.id },
      canEdit: false,
    });
    expect((await o.patch(`incidents/${id}/review`, { wentWrong: 'late' })).status).toBe(409);
    expect(
      (
        await c.post(`incidents/${id}/review/actions`, {
          title: 'More',
          ownerId: w.itu.id,
          dueOn: day(3),
        })
      ).status,
    ).toBe(409);
    expect(await w.events(id, 'review.completed')).toEqual([
      {
        reviewId: signed.body.id,
        completedBy: { id: w.owner.id, name: 'Olive Owner' },
        openActions: 1,
      },
    ]);
    expect((await c.get('reviews?status=completed').expect(200)).body.items).toEqual([
      expect.objectContaining({ incidentId: id, status: 'completed' }),
    ]);
  }, 30_000);

  it('reminds the owner of an overdue item once a day, with an event, and not a done item', async () => {
    const { id } = await w.closedIncident('Blaster, reminders');
    const c = as(w.api, w.command.token);
    const add = async (title: string, ownerId: string) =>
      (
        await c
          .post(`incidents/${id}/review/actions`, { title, ownerId, dueOn: day(0) })
          .expect(201)
      ).body as { id: string; reviewId: string };
    const late = await add('Fall-back plan for the mail scanner', w.deputy.id);
    const finished = await add('Like machines for patch tests', w.deputy.id);
    await as(w.api, w.deputy.token)
      .patch(`incidents/${id}/review/actions/${finished.id}`, { state: 'done' })
      .expect(200);
    // three days later: the due day has passed
    await w.ds.query(`UPDATE review_actions SET due_on = current_date - 3 WHERE review_id = $1`, [
      late.reviewId,
    ]);
    expect((await c.get(`incidents/${id}/review`).expect(200)).body.actions[0]).toMatchObject({
      id: late.id,
      overdue: true,
    });

    // two sweeps at once (two workers): one reminder
    const both = await Promise.all([w.sweep.process(), w.sweep.process()]);
    expect(both[0] + both[1]).toBe(1);
    expect(await w.sweep.process()).toBe(0);
    // by email (the deputy has no staff record with a mobile: the SMS is skipped)
    const reminders = await w.ds.query(
      `SELECT d.recipient_id, d.channel, d.status FROM broadcasts b
       JOIN deliveries d ON d.broadcast_id = b.id
       WHERE b.incident_id = $1 AND b.kind = 'review_reminder' ORDER BY d.channel`,
      [id],
    );
    expect(reminders).toEqual([
      { recipient_id: w.deputy.id, channel: 'email', status: 'queued' },
      { recipient_id: w.deputy.id, channel: 'sms', status: 'skipped' },
    ]);
    const today = day(0);
    expect(await w.events(id, 'review.action_reminded')).toEqual([
      {
        reviewId: late.reviewId,
        actionId: late.id,
        owner: { id: w.deputy.id, name: 'Dan Deputy' },
        dueOn: day(-3),
        remindedOn: today,
        broadcastId: expect.any(String),
      },
    ]);

    // the next day, still open: reminded again, once
    await w.ds.query(
      `UPDATE review_actions SET last_reminded_on = current_date - 1 WHERE id = $1`,
      [late.id],
    );
    await w.ds.query(
      `UPDATE broadcasts SET idempotency_key = idempotency_key || '-yesterday'
       WHERE incident_id = $1 AND kind = 'review_reminder'`,
      [id],
    );
    expect(await w.sweep.process()).toBe(1);
    expect(await w.sweep.process()).toBe(0);
    expect(await w.events(id, 'review.action_reminded')).toHaveLength(2);
  }, 30_000);
});

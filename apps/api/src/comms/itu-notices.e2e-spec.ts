import type { Job } from 'bullmq';
import type { DataOf, JobName } from '@cordon/contracts';
import { NotifyProcessor } from '@cordon/notices';
import { queueJobId } from '@cordon/platform';
import { db } from '../testing/comms-fixture';
import { CommsHarness, startComms } from '../testing/comms-harness';
import { as } from '../testing/incident-fixture';

jest.setTimeout(60_000);

/**
 * Notices to a department's IT unit: a directive addressed to the department, and a
 * machine of theirs isolated on a reopened LAN. Each reaches the department's active
 * ITU logins by email, and by SMS where their staff record has a consenting mobile;
 * each goes out once however often its job runs.
 */
describe('notices to the IT units', () => {
  let h: CommsHarness;
  const itu = {
    socA: { email: 'itu-soc-a@council.example', mobile: '+447800000001', consent: 'yes' },
    socB: { email: 'itu-soc-b@council.example', mobile: '+447800000002', consent: 'no' },
    socGone: { email: 'itu-soc-gone@council.example', mobile: '+447800000003', consent: 'yes' },
    edu: { email: 'itu-edu@council.example', mobile: '+447800000004', consent: 'yes' },
  };
  let ids: Record<keyof typeof itu, string>;
  const owner = () => h.owner();
  /** The latest outbox row of a notify job, as the worker receives it. */
  const notifyJob = async <N extends JobName<'notify'>>(
    name: N,
  ): Promise<Job<DataOf<'notify', N>, string, N>> => {
    const [row] = await db(h.api).query(
      `SELECT job_id, payload FROM outbox WHERE job_name = $1 ORDER BY id DESC LIMIT 1`,
      [name],
    );
    return { name, id: queueJobId(row.job_id), data: row.payload } as unknown as Job<
      DataOf<'notify', N>,
      string,
      N
    >;
  };

  beforeAll(async () => {
    h = await startComms(10);
    const { api, world } = h;
    const { SOC, EDU } = world.council.departments;
    const csv = [
      'name,email,mobile,department,site,lan,smsConsent',
      `Ian SocA,${itu.socA.email},${itu.socA.mobile},SOC,HALL,,${itu.socA.consent}`,
      `Ivy SocB,${itu.socB.email},${itu.socB.mobile},SOC,HALL,,${itu.socB.consent}`,
      `Gus Gone,${itu.socGone.email},${itu.socGone.mobile},SOC,HALL,,${itu.socGone.consent}`,
      `Ed Edu,${itu.edu.email},${itu.edu.mobile},EDU,HALL,,${itu.edu.consent}`,
    ].join('\n');
    await as(api, world.council.admin)
      .csv('staff/import', csv + '\n')
      .expect(200);
    const login = (name: string, email: string, departmentId: string) =>
      api.login(['itu'], { name, email, departmentId }).then((u) => u.id);
    ids = {
      socA: await login('Ian SocA', itu.socA.email, SOC),
      socB: await login('Ivy SocB', itu.socB.email, SOC),
      socGone: await login('Gus Gone', itu.socGone.email, SOC),
      edu: await login('Ed Edu', itu.edu.email, EDU),
    };
    // a deactivated ITU login is told nothing; command staff of SOC are not the ITU
    await db(api).query(`UPDATE users SET active = false WHERE id = $1`, [ids.socGone]);
    await api.login(['command'], { departmentId: SOC, name: 'Carla Command' });
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  it("tells each addressed department's ITU the directive, the incident and the due time, once", async () => {
    const { sink, double, world } = h;
    sink.reset();
    double.reset();
    const dueAt = new Date(Date.UTC(2031, 10, 27, 18, 0)); // 18:00 in London (GMT)
    const directive = await owner()
      .post(`incidents/${world.incidentId}/directives`, {
        text: 'Install MS03-026 on every machine',
        departmentIds: [world.council.departments.SOC, world.council.departments.EDU],
        dueAt: dueAt.toISOString(),
      })
      .expect(201);
    const mails = () => sink.messages.filter((m) => m.subject.includes('directive to'));
    await h.waitFor(() => mails().length === 3 && double.messages.length === 2, 'the notices');
    const bySubject = mails()
      .map((m) => `${m.to.join(',')} | ${m.subject}`)
      .sort();
    expect(bySubject).toEqual([
      `${itu.edu.email} | ${world.reference}: directive to Education (EDU), due 18:00, Thu 27 Nov`,
      `${itu.socA.email} | ${world.reference}: directive to Social Services (SOC), due 18:00, Thu 27 Nov`,
      `${itu.socB.email} | ${world.reference}: directive to Social Services (SOC), due 18:00, Thu 27 Nov`,
    ]);
    // SMS only to the consenting mobiles (SocB has not agreed to SMS)
    expect(double.to(itu.socA.mobile)).toHaveLength(1);
    expect(double.to(itu.edu.mobile)).toHaveLength(1);
    expect(double.to(itu.socB.mobile)).toHaveLength(0);
    expect(double.to(itu.socGone.mobile)).toHaveLength(0);
    // the SMS is the notice's short text, not the email
    expect(double.to(itu.socA.mobile)[0]!.body).toBe(
      `${world.reference}: directive to Social Services (SOC), due 18:00, Thu 27 Nov: ` +
        '"Install MS03-026 on every machine". Acknowledge it in Cordon.',
    );
    const broadcasts = await db(h.api).query(
      `SELECT kind, recipient_count FROM broadcasts WHERE incident_id = $1 AND kind = 'directive_notice'`,
      [world.incidentId],
    );
    expect(broadcasts.map((b: { recipient_count: number }) => b.recipient_count).sort()).toEqual([
      1, 2,
    ]);

    // the job again (a retry, a second worker): nothing new is written or sent
    const job = await notifyJob('notify.directive_issued');
    expect(job.data.directiveId).toBe(directive.body.id);
    await h.worker.get(NotifyProcessor).process(job);
    const [{ n }] = await db(h.api).query(
      `SELECT count(*)::int AS n FROM broadcasts WHERE incident_id = $1 AND kind = 'directive_notice'`,
      [world.incidentId],
    );
    expect(n).toBe(2);
    await new Promise((r) => setTimeout(r, 500));
    expect(mails()).toHaveLength(3);
    expect(double.messages).toHaveLength(2);
  });

  it('tells the owner, by email and SMS, when a directive reached nobody in a department', async () => {
    const { sink, double, world, api } = h;
    const hwy = await as(api, world.council.admin)
      .post('departments', { code: 'HWY', name: 'Highways' })
      .expect(201);
    sink.reset();
    double.reset();
    await owner()
      .post(`incidents/${world.incidentId}/directives`, {
        text: 'Unplug the depot kiosks',
        departmentIds: [hwy.body.id],
        dueAt: new Date(Date.UTC(2031, 10, 27, 18, 0)).toISOString(),
      })
      .expect(201);
    const subject = `${world.reference}: nobody in Highways (HWY) received your directive`;
    const toOwner = () => sink.messages.filter((m) => m.subject === subject);
    const texts = () => double.to('+447999000001').filter((m) => m.body.includes('Highways'));
    await h.waitFor(() => toOwner().length === 1 && texts().length === 1, 'the owner told');
    expect(toOwner()[0]!.to).toEqual([world.ownerEmail]);
    expect(texts()[0]!.body).toMatch(
      /: nobody in Highways \(HWY\) received your directive "Unplug the depot kiosks"\. Call them\.$/,
    );
    expect(sink.messages.filter((m) => m.subject.includes('directive to'))).toHaveLength(0);
  });

  it("tells the machine's department's ITU when it is isolated on a reopened LAN, once", async () => {
    const { sink, double, world, api } = h;
    const o = owner();
    const lan = await as(api, world.council.admin)
      .post('lans', {
        code: 'SOC-ANNEX',
        name: 'Social Services, Annex',
        siteId: world.council.sites.HALL,
        departmentId: world.council.departments.SOC,
        cidr: '10.20.9.0/24',
      })
      .expect(201);
    await o.post(`incidents/${world.incidentId}/lans`, { lanIds: [lan.body.id] }).expect(201);
    await o
      .post(`incidents/${world.incidentId}/lans/${lan.body.id}/transitions`, { to: 'shut_down' })
      .expect(200);
    await o
      .post(`incidents/${world.incidentId}/lans/${lan.body.id}/transitions`, { to: 'reopened' })
      .expect(200);
    sink.reset();
    double.reset();
    const detection = await as(api, world.command.token)
      .post('detections', { ip: '10.20.9.14', signature: 'TCP 135 sweep', source: 'ids' })
      .expect(201);
    expect(detection.body.action).toBe('isolated');
    const mails = () => sink.messages.filter((m) => m.subject.includes('isolated'));
    await h.waitFor(() => mails().length === 2 && double.messages.length === 1, 'the notices');
    expect(
      mails()
        .flatMap((m) => m.to)
        .sort(),
    ).toEqual([itu.socA.email, itu.socB.email]);
    expect(mails()[0]!.subject).toBe(
      `${world.reference}: infected machine unknown-10-20-9-14 isolated`,
    );
    expect(double.to(itu.socA.mobile)[0]!.body).toBe(
      `${world.reference}: unknown-10-20-9-14 on SOC-ANNEX is infected and was isolated. ` +
        'Claim the task to clean it in Cordon.',
    );
    expect(double.to(itu.edu.mobile)).toHaveLength(0);

    // the same machine detected again: same task, no second notice; the job again: nothing
    await as(api, world.command.token)
      .post('detections', { ip: '10.20.9.14', signature: 'TCP 135 sweep', source: 'ids' })
      .expect(201);
    await h.worker.get(NotifyProcessor).process(await notifyJob('notify.device_isolated'));
    await new Promise((r) => setTimeout(r, 500));
    const [{ n }] = await db(api).query(
      `SELECT count(*)::int AS n FROM broadcasts WHERE incident_id = $1 AND kind = 'isolation_notice'`,
      [world.incidentId],
    );
    expect(n).toBe(1);
    expect(mails()).toHaveLength(2);
    expect(double.messages).toHaveLength(1);
  });
});

import type { BroadcastPreview, BroadcastView } from '@cordon/contracts';
import { commsStaff, db } from '../testing/comms-fixture';
import { CommsHarness, startComms } from '../testing/comms-harness';

jest.setTimeout(120_000);

const N = 20;
/** SOC's staff are the odd members; those with i % 4 = 3 are moved to SOC-DEPOT. */
const socHall = [1, 5, 9, 13, 17];
const socDepot = [3, 7, 11, 15, 19];
const ITU_EMAIL = 'itu-soc-net@council.example';

/**
 * "The channel follows the network" (issue 17): a broadcast by email to a department
 * with one of its two LANs shut down. The preview says, before sending, that the shut
 * LAN's staff get SMS, the rest email, and lists the shut LAN's staff without a mobile
 * (or consent) as unreachable; the broadcast then delivers exactly that — SMS at the
 * Twilio double for the shut LAN, email at the SMTP sink for the others, no email to
 * the shut LAN — and the unreachable are counted and listed on the broadcast, with
 * the department's ITU told once.
 */
describe('the channel follows the network', () => {
  let h: CommsHarness;
  const incident = () => h.world.incidentId;
  const soc = () => h.world.council.departments.SOC;
  const hall = () => h.world.council.lans['SOC-HALL'];
  const request = {
    audience: { departmentIds: [] as string[] },
    channels: ['email'],
    subject: '[net-1] {{reference}}: PCs stay off',
    body: '{{name}}, keep your PC switched off until told.',
  };
  const settledKinds = async (kind: string, n: number) =>
    h.waitFor(async () => {
      const rows: { status: string }[] = await db(h.api).query(
        `SELECT b.status FROM broadcasts b WHERE b.incident_id = $1 AND b.kind = $2`,
        [incident(), kind],
      );
      return rows.length >= n && rows.every((r) => r.status === 'completed');
    }, `${n} ${kind} broadcast(s) to complete`);

  beforeAll(async () => {
    h = await startComms(N);
    const { api, world } = h;
    request.audience.departmentIds = [soc()];
    await db(api).query(`UPDATE staff SET lan_id = $1 WHERE email = ANY($2::text[])`, [
      world.council.lans['SOC-DEPOT'],
      socDepot.map((i) => commsStaff(i).email),
    ]);
    // on SOC-HALL: Member 5 has no mobile, Member 9 has not agreed to SMS
    await db(api).query(`UPDATE staff SET mobile = NULL WHERE email = $1`, [commsStaff(5).email]);
    await db(api).query(`UPDATE staff SET sms_consent = false WHERE email = $1`, [
      commsStaff(9).email,
    ]);
    await api.login(['itu'], { name: 'Ian Network', email: ITU_EMAIL, departmentId: soc() });
    const o = h.owner();
    await o.post(`incidents/${incident()}/lans`, { lanIds: [hall()] }).expect(201);
    await o
      .post(`incidents/${incident()}/lans/${hall()}/transitions`, { to: 'shut_down' })
      .expect(200);
    // the shutdown notice (itself routed: SMS only) and its own ITU notice go out first
    await settledKinds('lan_notice', 1);
    await settledKinds('unreachable_notice', 1);
    h.sink.reset();
    h.double.reset();
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  it('previews SMS for the shut LAN, email for the rest and the unreachable by name, then sends exactly that', async () => {
    const { api, sink, double, world } = h;
    const shown: BroadcastPreview = (
      await h
        .owner()
        .post(`incidents/${incident()}/broadcasts/preview`, {
          audience: request.audience,
          channels: request.channels,
        })
        .expect(200)
    ).body;
    const lan = { code: 'SOC-HALL', phase: 'shut_down' };
    // SOC-HALL: members 1, 5, 9, 13, 17 and the owner; 5 and 9 have no SMS
    expect(shown.recipients).toBe(socHall.length + socDepot.length + 1);
    expect(shown.routes).toEqual([
      {
        gets: 'email',
        because: 'requested',
        lan: null,
        staff: 5,
        unreachable: false,
        text: 'email — 5 staff',
      },
      {
        gets: 'sms',
        because: 'lan_closed',
        lan,
        staff: 4,
        unreachable: false,
        text: 'SMS — 4 staff on SOC-HALL (shut down)',
      },
      {
        gets: 'none',
        because: 'lan_closed',
        lan,
        staff: 2,
        unreachable: true,
        text: 'unreachable — 2 staff on SOC-HALL (shut down) without a mobile or SMS consent',
      },
    ]);
    expect(shown.byChannel).toEqual({
      email: { reachable: 5, skipped: 6 },
      sms: { reachable: 4, skipped: 2 },
    });
    expect(shown.skippedReasons).toEqual({ lan_closed: 6, no_mobile: 1, no_sms_consent: 1 });
    expect(shown.unreachable.count).toBe(2);
    expect(
      shown.unreachable.people.map(({ name, lan, phase, reason }) => ({
        name,
        lan,
        phase,
        reason,
      })),
    ).toEqual([
      { name: 'Member 5', lan: 'SOC-HALL', phase: 'shut_down', reason: 'no_mobile' },
      { name: 'Member 9', lan: 'SOC-HALL', phase: 'shut_down', reason: 'no_sms_consent' },
    ]);

    const made = await api
      .http()
      .post(`/api/v1/incidents/${incident()}/broadcasts`)
      .set('Authorization', `Bearer ${world.owner.token}`)
      .set('Idempotency-Key', 'net-1')
      .send(request)
      .expect(202);
    const view: BroadcastView = await h.settled(made.body.id);

    // the deliveries are what the preview said
    expect(view.totals.skippedReasons).toEqual(shown.skippedReasons);
    for (const channel of ['email', 'sms'] as const) {
      const t = view.totals.byChannel[channel];
      expect({ reachable: t.deliveries - t.skipped, skipped: t.skipped }).toEqual(
        shown.byChannel[channel],
      );
    }
    // email at the sink for SOC-DEPOT's staff only; SMS at Twilio for SOC-HALL's only
    const ours = (subject: string) => subject.startsWith('[net-1]');
    const emailed = sink.messages.filter((m) => ours(m.subject)).flatMap((m) => m.to);
    expect(emailed.sort()).toEqual(socDepot.map((i) => commsStaff(i).email).sort());
    const texted = double.messages.filter((m) => ours(m.body)).map((m) => m.to);
    expect(texted.sort()).toEqual(
      ['+447999000001', ...[1, 13, 17].map((i) => commsStaff(i).mobile as string)].sort(),
    );
    const hallEmails = new Set([...socHall.map((i) => commsStaff(i).email), world.ownerEmail]);
    expect(emailed.filter((e) => hallEmails.has(e))).toEqual([]);

    // the unreachable: counted and listed on the broadcast, with an event
    expect(view.unreachable).toBe(2);
    const listed = await h.owner().get(`broadcasts/${view.id}/unreachable?limit=1`).expect(200);
    const next = await h
      .owner()
      .get(`broadcasts/${view.id}/unreachable?limit=1&cursor=${listed.body.nextCursor}`)
      .expect(200);
    expect([...listed.body.items, ...next.body.items].map((u) => u.name)).toEqual([
      'Member 5',
      'Member 9',
    ]);
    expect(next.body.nextCursor).toBeNull();
    const events = await h.owner().get(`incidents/${incident()}/events?limit=500`).expect(200);
    const unreachable = events.body.items.filter(
      (e: { type: string; data: { broadcastId: string } }) =>
        e.type === 'broadcast.unreachable' && e.data.broadcastId === view.id,
    );
    expect(unreachable.map((e: { data: unknown }) => e.data)).toEqual([
      { broadcastId: view.id, unreachable: 2, departments: [{ departmentId: soc(), staff: 2 }] },
    ]);

    // SOC's ITU is told, by name, once for this broadcast
    await h.waitFor(() => sink.to(ITU_EMAIL).length >= 1, 'the ITU notice');
    await settledKinds('unreachable_notice', 2);
    const told = sink.to(ITU_EMAIL);
    expect(told).toHaveLength(1);
    expect(told[0]?.subject).toBe(`${world.reference}: 2 of your staff could not be reached`);
    expect(told[0]?.text).toMatch(/- Member 5 \(SOC-HALL\)\s+- Member 9 \(SOC-HALL\)/);
    expect(told[0]?.text).toContain(`${world.reference}: PCs stay off`);
  });

  it('sends email to the LAN again once it has reopened', async () => {
    await h
      .owner()
      .post(`incidents/${incident()}/lans/${hall()}/transitions`, { to: 'reopened' })
      .expect(200);
    const shown: BroadcastPreview = (
      await h
        .owner()
        .post(`incidents/${incident()}/broadcasts/preview`, {
          audience: request.audience,
          channels: request.channels,
        })
        .expect(200)
    ).body;
    expect(shown.routes.map((r) => r.text)).toEqual(['email — 11 staff']);
    expect(shown.unreachable).toEqual({ count: 0, people: [] });
  });

  it('gives contact readiness per department and site, and who SMS cannot reach', async () => {
    const { world } = h;
    const r = (await h.owner().get('directory/contact-readiness').expect(200)).body;
    // SOC: members 1..19 odd and the owner; 5 has no mobile, 7 and 9 no consent
    const socRow = r.departments.find((d: { code: string }) => d.code === 'SOC');
    expect(socRow).toMatchObject({
      id: soc(),
      staff: 11,
      email: 11,
      sms: 8,
      both: 8,
      none: 0,
      noMobile: 1,
      invalidMobile: 0,
      noConsent: 2,
      shares: { email: 1, sms: 0.727, both: 0.727 },
    });
    // EDU: members 2..20 even; 10 and 20 have no mobile, 14 no consent
    expect(r.departments.find((d: { code: string }) => d.code === 'EDU')).toMatchObject({
      staff: 10,
      sms: 7,
      noMobile: 2,
      noConsent: 1,
    });
    expect(r.overall).toMatchObject({ staff: 21, email: 21, sms: 15, noMobile: 3, noConsent: 3 });
    expect(r.sites).toEqual([
      expect.objectContaining({ id: world.council.sites.HALL, code: 'HALL', staff: 21, sms: 15 }),
    ]);
    const gaps = (
      await h.owner().get(`directory/contact-readiness/gaps?departmentId=${soc()}`).expect(200)
    ).body;
    expect(gaps.items.map((g: { name: string; gap: string }) => [g.name, g.gap])).toEqual([
      ['Member 5', 'no_mobile'],
      ['Member 7', 'no_sms_consent'],
      ['Member 9', 'no_sms_consent'],
    ]);
    await h.owner().get('directory/contact-readiness/gaps?gap=fax').expect(400);
    const itu = await h.api.login(['itu'], { departmentId: soc() });
    await h.api
      .http()
      .get('/api/v1/directory/contact-readiness')
      .set('Authorization', `Bearer ${itu.token}`)
      .expect(403);
  });
});

import { createHash } from 'node:crypto';
import type { PrintablePlan } from '@cordon/contracts';
import { UpdateRemindersProcessor } from '@cordon/notices';
import type { SinkMessage } from '@cordon/platform/testing';
import { commsStaffCsv, db } from '../testing/comms-fixture';
import { CommsHarness, startComms } from '../testing/comms-harness';
import { as, DEVICE_HEADER, TEST_BASELINE } from '../testing/incident-fixture';

jest.setTimeout(90_000);

const decodeQuotedPrintable = (text: string): string =>
  Buffer.from(
    text
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');

/** The body of the attachment named like `name`, decoded from the raw message. */
function attachment(message: SinkMessage, name: RegExp): { filename: string; body: string } {
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(message.raw)?.[1];
  if (!boundary) throw new Error('not a multipart message');
  for (const part of message.raw.split(`--${boundary}`)) {
    const [head, ...rest] = part.split(/\r?\n\r?\n/);
    const filename = /filename="?([^";\r\n]+)"?/i.exec(head)?.[1];
    if (!filename || !name.test(filename)) continue;
    const body = rest.join('\n\n');
    if (/Content-Transfer-Encoding:\s*base64/i.test(head))
      return { filename, body: Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') };
    if (/Content-Transfer-Encoding:\s*quoted-printable/i.test(head))
      return { filename, body: decodeQuotedPrintable(body) };
    return { filename, body };
  }
  throw new Error(`no attachment named ${name}`);
}

/**
 * The printable plan: made on demand from the current state (JSON or the print-ready page
 * under the CSP), kept to an ITU member's department, and attached to the owner's
 * update reminder as the SMTP server receives it.
 */
describe('GET /incidents/:id/plan and the reminder that carries it', () => {
  let h: CommsHarness;
  let itu: { token: string; id: string };

  beforeAll(async () => {
    h = await startComms(6);
    const { council } = h.world;
    const admin = as(h.api, council.admin);
    await admin.put('baseline', TEST_BASELINE).expect(200);
    const devices = [
      DEVICE_HEADER,
      'soc-pc-001,10.20.1.11,SOC-HALL,SOC,Windows XP SP1,MS03-026,Sophos,2026-01-15',
      'soc-pc-002,10.20.1.12,SOC-HALL,SOC,Windows XP SP1,MS03-026;MS03-039,Sophos,2026-02-15',
      'edu-pc-001,10.30.1.11,EDU-HALL,EDU,Windows XP SP1,,,',
    ].join('\n');
    await admin.csv('devices/import', devices + '\n').expect(200);
    const ituEmail = `ivan.petrov-${Date.now()}@council.example`;
    await admin
      .csv(
        'staff/import',
        // the whole list again (an import may leave out who is not on it), Ivan added; the
        // owner sits on SOC-DEPOT, which stays open (email to a closed LAN is not sent)
        commsStaffCsv(6) +
          `Margaret Owner,${h.world.ownerEmail},+447999000001,SOC,DEPOT,SOC-DEPOT,yes\n` +
          `Ivan Petrov,${ituEmail},+447700900123,SOC,HALL,SOC-HALL,yes\n`,
      )
      .expect(200);
    itu = await h.api.login(['itu'], {
      name: 'Ivan Petrov',
      email: ituEmail,
      departmentId: council.departments.SOC,
    });
    const inc = `incidents/${h.world.incidentId}`;
    await h
      .owner()
      .post(`${inc}/lans`, { lanIds: [council.lans['SOC-HALL'], council.lans['EDU-HALL']] })
      .expect(201);
    await h
      .owner()
      .post(`${inc}/lans/${council.lans['SOC-HALL']}/transitions`, {
        to: 'shut_down',
        notifyStaff: false,
      })
      .expect(200);
  });
  afterAll(async () => {
    await h?.close();
  });

  const plan = (token: string, query = '') =>
    as(h.api, token).get(`incidents/${h.world.incidentId}/plan${query}`);

  it('gives the owner the LAN plan, the tasks per department with their machines and whom to call', async () => {
    const body: PrintablePlan = (await plan(h.world.owner.token).expect(200)).body;
    expect(body).toMatchObject({
      reference: h.world.reference,
      severity: 1,
      status: 'active',
      owner: { name: 'Margaret Owner', email: h.world.ownerEmail, mobile: '+447999000001' },
      scopedTo: null,
    });
    expect(body.nextUpdateDueAt).toEqual(expect.any(String));
    expect(body.lans.map((l) => [l.code, l.phase, l.site, l.devices.total])).toEqual([
      ['EDU-HALL', 'planned', 'HALL Civic Hall', 1],
      ['SOC-HALL', 'shut_down', 'HALL Civic Hall', 2],
    ]);
    const soc = body.departments.find((d) => d.code === 'SOC');
    expect(soc?.itu).toEqual([
      {
        name: 'Ivan Petrov',
        email: expect.stringMatching(/^ivan\.petrov-/),
        mobile: '+447700900123',
      },
    ]);
    expect(soc?.tasks.map((t) => [t.hostname, t.lan, t.lacks])).toEqual([
      ['soc-pc-001', 'SOC-HALL', ['MS03-039', 'anti-virus signatures out of date']],
      ['soc-pc-002', 'SOC-HALL', []],
    ]);
    expect(body.departments.map((d) => d.code)).toEqual(['EDU', 'SOC']);
  });

  it('renders the print-ready page, its inline style allowed by the CSP hash', async () => {
    const res = await plan(h.world.owner.token).set('Accept', 'text/html').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const html = res.text;
    expect(html).toContain(
      `<h1>${h.world.reference}: W32.Welchia in Social Services and Education</h1>`,
    );
    expect(html).toMatch(/<strong>SOC-HALL<\/strong>.*Shut down/s);
    expect(html).toContain('soc-pc-001');
    expect(html).toContain('+447700900123');
    expect(html).toContain('Next update due');
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(style, 'utf8').digest('base64');
    expect(res.headers['content-security-policy']).toContain(`'sha256-${hash}'`);
    expect((await plan(h.world.owner.token, '?format=html').expect(200)).text).toContain(
      'Whom to call',
    );
    await plan(h.world.owner.token, '?format=pdf').expect(400);
  });

  it("keeps an ITU member to their own department's tasks, and refuses one not involved", async () => {
    const body: PrintablePlan = (await plan(itu.token).expect(200)).body;
    expect(body.scopedTo).toBe('SOC');
    expect(body.lans).toHaveLength(2);
    expect(body.departments.map((d) => d.code)).toEqual(['SOC']);
    const other = await h.api.login(['itu'], { departmentId: h.world.council.departments.EDU });
    // EDU is involved (EDU-HALL is in the plan): its ITU sees EDU only
    expect(
      (await plan(other.token).expect(200)).body.departments.map((d: { code: string }) => d.code),
    ).toEqual(['EDU']);
    const staff = await h.api.login(['staff']);
    await plan(staff.token).expect(403);
  });

  it('attaches the plan to the owner’s update reminder', async () => {
    h.sink.reset();
    await db(h.api).query(
      `UPDATE incidents SET last_update_at = now() - interval '2 hours' WHERE id = $1`,
      [h.world.incidentId],
    );
    const sweep = h.worker.get(UpdateRemindersProcessor);
    await sweep.process();
    const reminders = () => h.sink.messages.filter((m) => m.subject.startsWith('Update overdue'));
    await h.waitFor(() => reminders().length === 1, 'the reminder');
    const file = attachment(reminders()[0]!, /-plan\.html$/);
    expect(file.filename).toBe(`${h.world.reference}-plan.html`);
    expect(file.body).toContain('LAN plan');
    expect(file.body).toMatch(/<strong>SOC-HALL<\/strong>.*Shut down/s);
    expect(file.body).toContain('soc-pc-002');
    expect(file.body).toContain('Margaret Owner');
    // a broadcast to staff carries none
    h.sink.reset();
    await h.broadcast('plain-update', { channels: ['email'] });
    await h.waitFor(() => h.sink.messages.length > 0, 'the broadcast');
    expect(h.sink.messages.some((m) => /filename=/i.test(m.raw))).toBe(false);
  });

  it('attaches the plan, naming the new owner, to both notices of a handover', async () => {
    h.sink.reset();
    const deputy = await h.api.login(['owner'], { name: 'Dan Deputy' });
    await h
      .owner()
      .post(`incidents/${h.world.incidentId}/handover`, { toUserId: deputy.id, reason: 'shift' })
      .expect(200);
    const notices = () =>
      h.sink.messages.filter((m) => /You own incident|handed over/.test(m.subject));
    await h.waitFor(() => notices().length === 2, 'the handover notices');
    for (const notice of notices()) {
      const file = attachment(notice, /-plan\.html$/);
      expect(file.body).toMatch(/<dt>Owner<\/dt><dd>Dan Deputy · no mobile on record/);
      expect(file.body).toContain('<strong>SOC-HALL</strong>');
    }
  });
});

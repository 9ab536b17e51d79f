import type { PlanTask, PrintablePlan } from '@cordon/contracts';
import { planHtml } from './plan-html';

const task = (over: Partial<PlanTask>): PlanTask => ({
  title: 'Clean',
  kind: 'clean_device',
  status: 'open',
  done: false,
  hostname: null,
  lan: null,
  site: null,
  lacks: [],
  claimedBy: null,
  overdue: false,
  ...over,
});

const plan: PrintablePlan = {
  incidentId: 'i1',
  reference: 'INC-2026-0001',
  title: 'Welchia <script>',
  severity: 1,
  status: 'active',
  owner: { name: 'Margaret Hale', email: 'mh@council.example', mobile: '+447700900001' },
  nextUpdateDueAt: '2026-03-02T10:00:00.000Z',
  lans: [
    {
      code: 'SOC-HALL',
      name: 'Hall',
      phase: 'shut_down',
      site: 'HALL Civic Hall',
      departmentCode: 'SOC',
      devices: { total: 3, verified: 1, waived: 1 },
    },
  ],
  departments: [
    {
      code: 'SOC',
      name: 'Social Services',
      itu: [{ name: 'Ivan Petrov', email: null, mobile: '+447700900002' }],
      tasks: [
        task({
          hostname: 'soc-pc-002',
          lan: 'SOC-HALL',
          site: 'HALL Civic Hall',
          lacks: ['MS03-026', 'infected'],
          overdue: true,
        }),
        task({
          hostname: 'soc-pc-003',
          lan: 'SOC-HALL',
          status: 'claimed',
          claimedBy: 'Sue Collins',
        }),
        task({ hostname: 'soc-pc-001', lan: 'SOC-HALL', status: 'done', done: true }),
        task({ title: 'Call the supplier', kind: 'action' }),
      ],
      counts: { open: 2, claimed: 1, done: 1 },
    },
  ],
  scopedTo: null,
  generatedAt: '2026-03-02T09:30:00.000Z',
};

describe(planHtml.name, () => {
  const html = planHtml(plan, 'Europe/London', 'https://status.council.example/status');

  it('escapes every text, states the next update in the council’s zone and the status page', () => {
    expect(html).toContain('<h1>INC-2026-0001: Welchia &lt;script&gt;</h1>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<dd class="due">2 Mar 2026, 10:00</dd>');
    expect(html).toContain('<dd>https://status.council.example/status (any phone, no login)</dd>');
  });

  it('lists each LAN with its phase and verified devices', () => {
    expect(html).toMatch(
      /<strong>SOC-HALL<\/strong> Hall.*HALL Civic Hall.*Shut down.*1 of 3 \(1 waived\)/s,
    );
  });

  it('groups tasks by LAN: work to do as rows to tick, what is done as one list', () => {
    const soc = html.slice(html.indexOf('id="dept-SOC"'));
    expect(soc).toContain('SOC-HALL · HALL Civic Hall <span class="kicker">2 to do</span>');
    expect(soc).toMatch(
      /soc-pc-002<\/strong><\/td><td>MS03-026, infected<\/td><td class="overdue">open \(overdue\)/,
    );
    expect(soc).toContain('claimed by Sue Collins');
    expect(soc).toContain('<strong>Done already (1):</strong> soc-pc-001</p>');
    expect(soc).toContain('Tasks without a machine <span class="kicker">1 to do</span>');
    expect((soc.match(/<tr><td class="tick">/g) ?? []).length).toBe(3);
  });

  it('puts whom to call first, with phones and emails', () => {
    expect(html.indexOf('Whom to call')).toBeLessThan(html.indexOf('LAN plan'));
    expect(html).toMatch(
      /Incident owner<\/td><td>Margaret Hale<\/td><td class="num">\+447700900001<\/td><td><a href="mailto:mh@council.example">/,
    );
    expect(html).toMatch(
      /SOC IT unit<\/td><td>Ivan Petrov<\/td><td class="num">\+447700900002<\/td><td>—/,
    );
  });
});

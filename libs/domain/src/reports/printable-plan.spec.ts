import { buildPrintablePlan, lacksOf, PlanInput } from './printable-plan';

const SOC = { id: 'd-soc', code: 'SOC', name: 'Social Services' };
const EDU = { id: 'd-edu', code: 'EDU', name: 'Education' };
const HALL = { id: 's-hall', code: 'HALL', name: 'Civic Hall' };

type Task = PlanInput['tasks'][number];
const task = (over: Partial<Task> & { title: string }): Task => ({
  kind: 'clean_device',
  status: 'open',
  departmentId: SOC.id,
  claimedBy: null,
  overdue: false,
  device: null,
  ...over,
});
const pc = (
  hostname: string,
  lanCode: string,
  missingPatches: string[] = [],
  issues: string[] = [],
) => ({
  hostname,
  lanCode,
  siteCode: HALL.code,
  siteName: HALL.name,
  missingPatches,
  issues,
});

function input(over: Partial<PlanInput> = {}): PlanInput {
  return {
    incident: {
      id: 'i1',
      reference: 'INC-2026-0001',
      title: 'Welchia',
      severity: 1,
      status: 'active',
      nextUpdateDueAt: '2026-03-02T10:00:00.000Z',
    },
    owner: { name: 'Margaret Hale', email: 'mh@council.example', mobile: '+447700900001' },
    lans: [
      {
        code: 'SOC-HALL',
        name: 'Hall',
        phase: 'shut_down',
        departmentId: SOC.id,
        siteId: HALL.id,
        devices: { total: 3, verified: 1, waived: 0 },
      },
      {
        code: 'EDU-HALL',
        name: 'Schools office',
        phase: 'cleaning',
        departmentId: EDU.id,
        siteId: 'unknown-site',
        devices: { total: 2, verified: 0, waived: 1 },
      },
    ],
    tasks: [
      task({
        title: 'Clean soc-pc-002',
        device: pc('soc-pc-002', 'SOC-HALL', ['MS03-026'], ['missing_patch', 'infected']),
      }),
      task({ title: 'Clean soc-pc-001', status: 'done', device: pc('soc-pc-001', 'SOC-HALL') }),
      task({
        title: 'Clean soc-pc-003',
        status: 'claimed',
        claimedBy: 'Ivan Petrov',
        device: pc('soc-pc-003', 'SOC-HALL', [], ['av_out_of_date']),
      }),
      task({ title: 'Old one', status: 'cancelled', device: pc('soc-pc-009', 'SOC-HALL') }),
      task({
        title: 'Clean soc-elm-001',
        status: 'verified',
        device: pc('soc-elm-001', 'SOC-ELM'),
      }),
      task({
        title: 'Clean edu-pc-001',
        departmentId: EDU.id,
        device: pc('edu-pc-001', 'EDU-HALL', [], ['no_av']),
      }),
    ],
    departments: [SOC, EDU, { id: 'd-fin', code: 'FIN', name: 'Finance' }],
    sites: [HALL],
    itu: new Map([
      [
        SOC.id,
        [
          { name: 'Sue Collins', email: 'sue@council.example', mobile: null },
          { name: 'Ivan Petrov', email: 'ivan@council.example', mobile: '+447700900002' },
        ],
      ],
    ]),
    scopeDepartmentId: null,
    generatedAt: '2026-03-02T09:30:00.000Z',
    ...over,
  };
}

describe(buildPrintablePlan.name, () => {
  it('lists the LAN plan by code with site, department and verified devices', () => {
    const plan = buildPrintablePlan(input());
    expect(plan.lans).toEqual([
      {
        code: 'EDU-HALL',
        name: 'Schools office',
        phase: 'cleaning',
        site: null,
        departmentCode: 'EDU',
        devices: { total: 2, verified: 0, waived: 1 },
      },
      {
        code: 'SOC-HALL',
        name: 'Hall',
        phase: 'shut_down',
        site: 'HALL Civic Hall',
        departmentCode: 'SOC',
        devices: { total: 3, verified: 1, waived: 0 },
      },
    ]);
    expect(plan).toMatchObject({
      reference: 'INC-2026-0001',
      nextUpdateDueAt: '2026-03-02T10:00:00.000Z',
      scopedTo: null,
      generatedAt: '2026-03-02T09:30:00.000Z',
    });
  });

  it('groups the tasks per involved department, by LAN with undone work first, without cancelled ones', () => {
    const plan = buildPrintablePlan(input());
    expect(plan.departments.map((d) => d.code)).toEqual(['EDU', 'SOC']); // FIN is not involved
    const soc = plan.departments[1];
    expect(soc.tasks.map((t) => [t.hostname, t.status, t.done, t.claimedBy])).toEqual([
      ['soc-elm-001', 'verified', true, null],
      ['soc-pc-002', 'open', false, null],
      ['soc-pc-003', 'claimed', false, 'Ivan Petrov'],
      ['soc-pc-001', 'done', true, null],
    ]);
    expect(soc.counts).toEqual({ open: 1, claimed: 1, done: 2 });
    expect(soc.tasks[1]).toMatchObject({
      lan: 'SOC-HALL',
      site: 'HALL Civic Hall',
      lacks: ['MS03-026', 'infected'],
    });
    expect(soc.itu.map((p) => p.name)).toEqual(['Ivan Petrov', 'Sue Collins']);
    expect(plan.departments[0]).toMatchObject({
      name: 'Education',
      itu: [],
      counts: { open: 1, claimed: 0, done: 0 },
    });
  });

  it('keeps an ITU reader to their department’s tasks and IT unit, the LAN plan whole', () => {
    const plan = buildPrintablePlan(input({ scopeDepartmentId: EDU.id }));
    expect(plan.scopedTo).toBe('EDU');
    expect(plan.lans).toHaveLength(2);
    expect(plan.departments.map((d) => [d.code, d.tasks.map((t) => t.hostname)])).toEqual([
      ['EDU', ['edu-pc-001']],
    ]);
  });

  it('names a task without a machine with no host, LAN or site', () => {
    const plan = buildPrintablePlan(
      input({ tasks: [task({ title: 'Call the supplier', kind: 'action' })] }),
    );
    expect(plan.departments.find((d) => d.code === 'SOC')?.tasks).toEqual([
      {
        title: 'Call the supplier',
        kind: 'action',
        status: 'open',
        done: false,
        hostname: null,
        lan: null,
        site: null,
        lacks: [],
        claimedBy: null,
        overdue: false,
      },
    ]);
  });
});

describe(lacksOf.name, () => {
  it('names missing patches by patch and the other issues in words', () => {
    expect(
      lacksOf({
        missingPatches: ['MS03-026', 'MS03-039'],
        issues: ['missing_patch', 'no_av', 'isolated'],
      }),
    ).toEqual(['MS03-026', 'MS03-039', 'no anti-virus', 'isolated']);
    expect(lacksOf({ missingPatches: [], issues: [] })).toEqual([]);
  });
});

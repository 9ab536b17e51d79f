import { isDomainError } from '../errors/domain-error';
import {
  fallbackIncidentOwner,
  fallbackIncidentSummary,
  fallbackIncidentTitle,
  FallbackPlanInput,
  firstSteps,
  isServer,
  monthsBefore,
  reviewOverdue,
  validateFallbackPlan,
} from './fallback-plan';

const TODAY = '2026-12-03';
const good: FallbackPlanInput = {
  name: '  Mail scanning ',
  description: ' In and outbound ',
  serverIds: ['s1'],
  steps: [
    { text: 'Tell the help desk', firstStep: true },
    { text: ' Build the standby with anti-virus only ', firstStep: true },
    { text: 'Rebuild the live server', firstStep: false },
  ],
  standbyDeviceId: 's2',
  standbyDescription: '',
  lastReviewedOn: '2026-11-01',
};

/** The field a refusal names (validation_failed), or the error when it is not one. */
function refusal(input: Partial<FallbackPlanInput>): string {
  try {
    validateFallbackPlan({ ...good, ...input }, TODAY);
  } catch (err) {
    if (isDomainError(err) && err.code === 'validation_failed') {
      return (err.extra as { errors: { field: string }[] }).errors[0].field;
    }
    throw err;
  }
  return 'accepted';
}

describe(validateFallbackPlan.name, () => {
  it('trims the words and keeps the steps in order, blanks as null', () => {
    const plan = validateFallbackPlan(good, TODAY);
    expect(plan.name).toBe('Mail scanning');
    expect(plan.description).toBe('In and outbound');
    expect(plan.steps.map((s) => s.text)).toEqual([
      'Tell the help desk',
      'Build the standby with anti-virus only',
      'Rebuild the live server',
    ]);
    expect(plan.standbyDescription).toBeNull();
  });

  it('accepts a service whose plan has no steps yet', () => {
    expect(validateFallbackPlan({ ...good, steps: [] }, TODAY).steps).toEqual([]);
  });

  it.each([
    ['an empty name', { name: '  ' }, 'name'],
    ['no server', { serverIds: [] }, 'serverIds'],
    ['a server twice', { serverIds: ['s1', 's1'] }, 'serverIds'],
    [
      'a blank second step',
      { steps: [good.steps[0], { text: ' ', firstStep: true }] },
      'steps.1.text',
    ],
    ['a step too long', { steps: [{ text: 'x'.repeat(501), firstStep: false }] }, 'steps.0.text'],
    ['31 steps', { steps: Array(31).fill(good.steps[0]) }, 'steps'],
    ['a live server as standby', { standbyDeviceId: 's1' }, 'standbyDeviceId'],
    ['a review day that does not exist', { lastReviewedOn: '2026-02-30' }, 'lastReviewedOn'],
    ['a review day in the future', { lastReviewedOn: '2026-12-04' }, 'lastReviewedOn'],
  ] as const)('refuses %s, naming %s', (_what, input, field) => {
    expect(refusal(input as Partial<FallbackPlanInput>)).toBe(field);
  });
});

describe(firstSteps.name, () => {
  it('gives the first steps with their positions, in plan order', () => {
    const steps = [
      { text: 'a', firstStep: false },
      { text: 'b', firstStep: true },
      { text: 'c', firstStep: false },
      { text: 'd', firstStep: true },
    ];
    expect(firstSteps(steps)).toEqual([
      { position: 1, text: 'b' },
      { position: 3, text: 'd' },
    ]);
  });

  it('gives none when no step is marked first', () => {
    expect(firstSteps([{ text: 'a', firstStep: false }])).toEqual([]);
  });
});

describe(reviewOverdue.name, () => {
  it.each([
    ['2026-06-03', false],
    ['2026-06-02', true],
    ['2026-11-30', false],
  ])('reviewed %s, on 2026-12-03: overdue %s', (reviewed, overdue) => {
    expect(reviewOverdue(reviewed, TODAY)).toBe(overdue);
  });

  it('counts months to the end of a shorter month', () => {
    expect(monthsBefore('2026-08-31', 6)).toBe('2026-02-28');
    expect(monthsBefore('2026-03-15', 6)).toBe('2025-09-15');
  });
});

describe(isServer.name, () => {
  it.each([
    ['Windows 2000 Advanced Server', false, true],
    ['Windows Server 2003', false, true],
    ['Windows XP Professional SP1', false, false],
    ['Windows XP Professional SP1', true, true],
    [null, true, true],
    [null, false, false],
  ] as const)('os %s, hosting a critical service %s: server %s', (os, hosts, server) => {
    expect(isServer({ os }, hosts)).toBe(server);
  });
});

describe(fallbackIncidentOwner.name, () => {
  const owner = { id: 'o', name: 'Margaret Hale', roles: ['owner'] as const };
  const command = { id: 'c', name: 'Network Ops', roles: ['command'] as const };
  it('is the decider while they may own', () => {
    expect(fallbackIncidentOwner(command, 'c', [command, owner])).toEqual({
      owner: command,
      note: null,
    });
  });

  it('is the first owner, with a note, when the decider may not own or there is no plan', () => {
    expect(fallbackIncidentOwner(null, 'gone', [command, owner]).owner).toBe(owner);
    expect(fallbackIncidentOwner(null, 'gone', [command]).note).toMatch(/decider/);
    expect(fallbackIncidentOwner(null, null, [owner]).note).toMatch(/no fall-back plan/);
    expect(fallbackIncidentOwner(null, null, [])).toEqual({ owner: null, note: null });
  });
});

describe(fallbackIncidentTitle.name, () => {
  const words = { hostname: 'cit-srv-001', identifier: 'MS03-026', patch: 'KB823980' };
  it('names the service and the patch', () => {
    expect(fallbackIncidentTitle({ ...words, service: 'Mail scanning', noPlan: null })).toBe(
      'Mail scanning: patch MS03-026 failed on cit-srv-001',
    );
  });

  it('says loudly when there is no plan, in the title and the summary', () => {
    const none = { ...words, service: null, noPlan: 'no_critical_service' as const, note: null };
    expect(fallbackIncidentTitle(none)).toBe(
      'Server patch MS03-026 failed on cit-srv-001 (NO FALL-BACK PLAN)',
    );
    expect(fallbackIncidentSummary(none)).toContain('NO FALL-BACK PLAN: cit-srv-001');
  });
});

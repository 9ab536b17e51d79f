import type { EventView } from '../../api/types';
import { describeEvent } from '../incident/timeline-sentences';

const at = '2026-12-03T14:02:00.000Z';
const actor = { id: 'u', name: 'Ivan Petrov', kind: 'user' as const };
const attached = (data: Record<string, unknown>): EventView => ({
  seq: 2,
  at,
  type: 'incident.fallback_attached',
  actor,
  data: { identifier: 'MS03-026', hostname: 'soc-mail-1', ...data },
});

describe('the timeline sentence of incident.fallback_attached', () => {
  it('names the plan attached and the failed patch', () => {
    expect(describeEvent(attached({ plan: { name: 'Mail scanning' }, noPlan: null }))).toBe(
      "Fall-back plan 'Mail scanning' attached: patch MS03-026 failed on soc-mail-1",
    );
  });

  it('says loudly that there was no plan, and why', () => {
    expect(describeEvent(attached({ plan: null, noPlan: 'no_critical_service' }))).toBe(
      'NO FALL-BACK PLAN: patch MS03-026 failed on soc-mail-1, which hosts no critical service',
    );
    expect(describeEvent(attached({ plan: null, noPlan: 'plan_has_no_steps' }))).toMatch(
      /whose service has no steps written$/,
    );
  });
});

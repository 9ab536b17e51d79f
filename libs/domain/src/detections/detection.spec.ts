import type { LanPhase } from '@cordon/contracts';
import { detectionEffect, reopensCleanup, unknownHostname } from './detection';

describe(detectionEffect.name, () => {
  it.each<[LanPhase | null, string, boolean]>([
    ['reopened', 'isolate', false],
    ['shut_down', 'mark_infected', true],
    ['cleaning', 'mark_infected', true],
    ['planned', 'mark_infected', false],
    [null, 'mark_infected', false],
  ])('on a LAN %s: %s (cleanup reopened: %s)', (phase, effect, reopen) => {
    expect(detectionEffect(phase)).toBe(effect);
    expect(reopensCleanup(phase)).toBe(reopen);
  });
});

describe(unknownHostname.name, () => {
  it('names the host after its address', () => {
    expect(unknownHostname('10.20.1.77')).toBe('unknown-10-20-1-77');
    expect(() => unknownHostname('10.20.1')).toThrow(RangeError);
  });
});

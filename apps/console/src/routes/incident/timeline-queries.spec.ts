import type { EventView } from '../../api/types';
import { mergeEvents } from './timeline-queries';

const ev = (seq: number, type = 'lan.planned'): EventView => ({
  seq,
  at: new Date(Date.UTC(2026, 11, 3, 14, 0, seq)).toISOString(),
  type,
  actor: { id: null, name: 'system', kind: 'system' },
  data: {},
});

describe('mergeEvents', () => {
  it('keeps what the live feed added while the read was in flight, each seq once, oldest first', () => {
    const read = [ev(1), ev(2), ev(3)];
    const live = [ev(4), ev(3), ev(6)];
    expect(mergeEvents(read, live).map((e) => e.seq)).toEqual([1, 2, 3, 4, 6]);
  });

  it('takes the later list’s copy of a seq', () => {
    const merged = mergeEvents([ev(1, 'old.type')], [ev(1, 'new.type')]);
    expect(merged).toHaveLength(1);
    expect(merged[0].type).toBe('new.type');
  });
});

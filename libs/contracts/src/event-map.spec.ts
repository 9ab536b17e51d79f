import type { EventViewOf, LiveEventOf } from './events';

/** What a client does with the feed: read `data` once `type` says what it is. */
function sentence(event: LiveEventOf): string {
  switch (event.type) {
    case 'lan.phase_changed':
      return `${event.data.code}: ${event.data.from} → ${event.data.to}`;
    case 'task.claimed':
      return `${event.data.claimedBy.name} claimed ${event.data.taskId}`;
    default:
      return event.type;
  }
}

const at = '2026-01-01T00:00:00.000Z';
const actor = { id: null, name: 'Cordon', kind: 'system' as const };

describe('LiveEventOf', () => {
  it('narrows data by type, as the wire sends it', () => {
    const moved: LiveEventOf<'lan.phase_changed'> = {
      seq: 4,
      at,
      incidentId: 'i1',
      type: 'lan.phase_changed',
      actor,
      data: { lanId: 'l1', code: 'CIV-A', from: 'shut_down', to: 'cleaning', reason: null },
    };
    const posted: LiveEventOf = {
      seq: 5,
      at,
      incidentId: 'i1',
      type: 'incident.update_posted',
      actor,
      data: { message: 'Next update at noon', nextUpdateDueAt: null },
    };
    expect([moved, posted].map(sentence)).toEqual([
      'CIV-A: shut_down → cleaning',
      'incident.update_posted',
    ]);
  });

  // `npx tsc -p tsconfig.json` checks these: each line must stay a type error.
  it('refuses data that is not its type’s', () => {
    const wrong: EventViewOf[] = [
      // @ts-expect-error lan.phase_changed has no `phase`
      { seq: 1, at, type: 'lan.phase_changed', actor, data: { phase: 'cleaning' } },
      // @ts-expect-error not a type of the event map
      { seq: 2, at, type: 'lan.exploded', actor, data: {} },
    ];
    const read = (event: EventViewOf) =>
      // @ts-expect-error `code` is not on every type's data: narrow by type first
      event.data.code;
    expect(wrong.map((e) => e.seq)).toEqual([1, 2]);
    expect(read(wrong[0])).toBeUndefined();
  });
});

/** Hand-made event lists for the report's unit tests (not exported from the domain). */
import type { ActorRef, EventType, EventView, EventMap } from '@cordon/contracts';

export const T0 = Date.parse('2026-03-02T09:00:00.000Z');
/** The time `min` minutes after T0. */
export const at = (min: number): string => new Date(T0 + min * 60_000).toISOString();

export const ALICE = { id: 'u-alice', name: 'Alice Owner' };
export const BOB = { id: 'u-bob', name: 'Bob Owner' };
export const ITU = { id: 'u-itu', name: 'Ian ITU' };
const user = (u: { id: string; name: string }): ActorRef => ({ ...u, kind: 'user' });

/** A log builder: events get seq 1, 2, 3… in the order written. */
export function log() {
  const events: EventView[] = [];
  const add = <T extends EventType>(
    min: number,
    type: T,
    data: EventMap[T],
    actor: { id: string; name: string } = ALICE,
  ) => {
    events.push({
      seq: events.length + 1,
      at: at(min),
      type,
      actor: user(actor),
      data: data as unknown as Record<string, unknown>,
    });
    return api;
  };
  const api = {
    events,
    add,
    created: (min = 0, cadence = 60) =>
      add(min, 'incident.created', {
        reference: 'INC-2026-0001',
        title: 'Welchia',
        severity: 1,
        summary: 'Worm',
        owner: ALICE,
        updateCadenceMinutes: cadence,
        nextUpdateDueAt: at(min + cadence),
      }),
    task: (
      min: number,
      taskId: string,
      departmentId: string,
      deviceId: string | null,
      lanId = 'lan-a',
    ) =>
      add(min, 'task.created', {
        taskId,
        kind: deviceId ? 'clean_device' : 'action',
        deviceId,
        departmentId,
        title: `Clean ${deviceId}`,
        hostname: deviceId,
        lanId,
        dueAt: null,
      }),
    claim: (min: number, taskId: string, departmentId: string, deviceId: string | null = null) =>
      add(
        min,
        'task.claimed',
        { taskId, kind: 'clean_device', deviceId, departmentId, claimedBy: ITU },
        ITU,
      ),
    complete: (min: number, taskId: string, departmentId: string, deviceId: string | null) =>
      add(
        min,
        'task.completed',
        {
          taskId,
          kind: 'clean_device',
          deviceId,
          departmentId,
          completedBy: ITU,
          evidence: { patches: [], avSignatureDate: '2026-03-01', scanClean: true },
          note: null,
          device: deviceId ? { hostname: deviceId, health: 'clean' } : null,
        },
        ITU,
      ),
    phase: (min: number, lanId: string, from: string, to: string) =>
      add(min, 'lan.phase_changed', {
        lanId,
        code: lanId.toUpperCase(),
        from: from as never,
        to: to as never,
        reason: null,
      }),
    planned: (min: number, lanId: string, departmentId = 'd-soc') =>
      add(min, 'lan.planned', { lanId, code: lanId.toUpperCase(), departmentId, siteId: 's-1' }),
  };
  return api;
}

import type { EventMap, EventType } from '@cordon/contracts';
import type { WarpLogEvent } from './warp-prompts';

/** An incident's log for WARP tests, written event by event minutes after 09:00 UTC. */
export class WarpLogBuilder {
  readonly events: WarpLogEvent[] = [];

  add<T extends EventType>(minute: number, type: T, data: EventMap[T]): this {
    const at = new Date(Date.UTC(2026, 8, 1, 9, minute)).toISOString();
    this.events.push({ seq: this.events.length + 1, at, type, data });
    return this;
  }

  declared(minute = 0): this {
    return this.add(minute, 'incident.created', {
      reference: 'INC-2026-0007',
      title: 'W32.Welchia at Civic Hall',
      severity: 1,
      summary: 'Margaret Hale saw soc-hall-pc-001 scanning',
      owner: { id: 'u-owner', name: 'Margaret Hale' },
      updateCadenceMinutes: 60,
      nextUpdateDueAt: null,
    });
  }

  planned(minute: number, lanId: string, departmentId: string): this {
    return this.add(minute, 'lan.planned', { lanId, code: lanId, departmentId, siteId: 's' });
  }

  phase(minute: number, lanId: string, from: string, to: string): this {
    return this.add(minute, 'lan.phase_changed', {
      lanId,
      code: lanId,
      from: from as never,
      to: to as never,
      reason: 'Hosts scanning',
    });
  }

  detection(minute: number, deviceId: string, departmentId: string, signature: string): this {
    return this.add(minute, 'detection.recorded', {
      detectionId: `x-${this.events.length}`,
      deviceId,
      hostname: `${deviceId}-host`,
      lanId: 'lan',
      departmentId,
      ip: '10.11.0.11',
      signature,
      source: 'ids-core-1',
      phase: 'cleaning',
      action: 'marked_infected',
      unknownDevice: false,
    });
  }

  task(minute: number, taskId: string, deviceId: string, departmentId: string): this {
    return this.add(minute, 'task.created', {
      taskId,
      kind: 'clean_device',
      deviceId,
      departmentId,
      title: `Clean ${deviceId}-host`,
      hostname: `${deviceId}-host`,
      lanId: 'lan',
      dueAt: null,
    });
  }

  sent(minute: number): this {
    return this.add(minute, 'warp.summary_sent', {
      sendingId: `s-${this.events.length}`,
      hash: 'h',
      asOfSeq: this.events.length,
      via: 'by_hand',
      to: null,
      sentBy: { id: 'u-owner', name: 'Margaret Hale' },
      answers: [],
      moments: [],
      departmentNames: false,
      withNarrative: false,
    });
  }
}

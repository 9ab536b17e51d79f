import { incidentStream, SpineTransaction } from '@cordon/platform';
import type { IncidentTimeline } from '@cordon/tasks';

/**
 * Events held back until a command's row writes are done, then appended in the order
 * they were added. Appending takes the stream's lock until commit; a transaction that
 * holds it must not then wait for a row lock (a concurrent claim holds its task row and
 * waits for the same stream lock: a deadlock). So every command writes first and
 * appends last.
 */
export class EventBatch implements IncidentTimeline {
  private readonly queued: {
    stream: string;
    incidentId: string | null;
    type: string;
    data: Record<string, unknown>;
  }[] = [];

  appendToIncident(incidentId: string, type: string, data: Record<string, unknown>): Promise<void> {
    this.queued.push({ stream: incidentStream(incidentId), incidentId, type, data });
    return Promise.resolve();
  }

  /** An event on a stream of its own (no incident). */
  append(stream: string, type: string, data: Record<string, unknown>): void {
    this.queued.push({ stream, incidentId: null, type, data });
  }

  async flush(tx: SpineTransaction): Promise<void> {
    for (const e of this.queued.splice(0)) await tx.append(e.stream, e.type, e.data, e.incidentId);
  }
}

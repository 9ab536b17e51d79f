import { formatUpdateTime, renderIncidentSubject, renderText } from '@cordon/domain';
import type { BroadcastContext } from './entities';

/** The recipient a subject is shown to, when there is one (the acknowledgement page). */
export interface SubjectReader {
  name: string;
  lanCode: string | null;
}

/**
 * A broadcast's subject as people see it, not its template: rendered with the
 * incident's values the broadcast was made with (as its messages were). For the owner
 * and the timeline the per-recipient variables stay as written; for one recipient
 * (the acknowledgement page) they are theirs, as in the message they received.
 */
export function shownSubject(
  template: string,
  context: BroadcastContext,
  timeZone: string,
  reader?: SubjectReader,
): string {
  const incident = {
    reference: context.reference,
    title: context.title,
    nextUpdate: formatUpdateTime(
      context.nextUpdateDueAt ? new Date(context.nextUpdateDueAt) : null,
      timeZone,
    ),
  };
  if (!reader) return renderIncidentSubject(template, incident);
  return renderText(template, {
    ...incident,
    name: reader.name,
    lan: reader.lanCode ?? 'your network',
    ackLink: '',
  })
    .replace(/\s+/g, ' ')
    .trim();
}

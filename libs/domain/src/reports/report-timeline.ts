/** The report's timeline: the significant events, one sentence each. */
import type { EventViewOf, ReportTimelineEntry } from '@cordon/contracts';
import { isSignificantEvent } from '../incidents/significant-events';
import { DepartmentNames } from './report-people';

const PHASE: Record<string, string> = {
  planned: 'planned',
  shut_down: 'shut down',
  cleaning: 'cleaning',
  reopened: 'reopened',
};

/** One sentence for an event; unknown types read as their type in words. */
export function describeEvent(e: EventViewOf, names: DepartmentNames): string {
  const dept = (id: string) => names[id]?.code ?? id;
  switch (e.type) {
    case 'incident.created':
      return `Declared ${e.data.reference} "${e.data.title}" (severity ${e.data.severity}), owned by ${e.data.owner.name}`;
    case 'incident.owner_changed':
      return `Handed over from ${e.data.from.name} to ${e.data.to.name}: ${e.data.reason}`;
    case 'incident.status_changed':
      return `Status ${e.data.from} → ${e.data.to}${e.data.forced ? ' (forced)' : ''}${e.data.reason ? `: ${e.data.reason}` : ''}`;
    case 'incident.update_posted':
      return `Update to staff: ${e.data.message}`;
    case 'incident.updated':
      return `Incident details changed (${Object.keys(e.data.changes).join(', ')})`;
    case 'incident.update_overdue':
      return `Update to staff overdue (due ${e.data.dueAt}); ${e.data.owner.name} reminded`;
    case 'lan.planned':
      return `LAN ${e.data.code} added to the plan`;
    case 'lan.phase_changed':
      return `LAN ${e.data.code} ${PHASE[e.data.from]} → ${PHASE[e.data.to]}${e.data.reason ? `: ${e.data.reason}` : ''}`;
    case 'device.waived':
      return `Device ${e.data.hostname} on ${e.data.code} waived: ${e.data.reason}`;
    case 'detection.recorded':
      return `Detection on ${e.data.hostname}: ${e.data.signature} (${e.data.source})`;
    case 'device.isolated':
      return `Device ${e.data.hostname} isolated`;
    case 'device.infected':
      return `Device ${e.data.hostname} infected`;
    case 'directive.issued':
      return `Directive to ${e.data.departmentIds.map(dept).join(', ')}: ${e.data.text}`;
    case 'directive.acknowledged':
      return `Directive acknowledged by ${dept(e.data.departmentId)} (${e.data.acknowledgedBy.name})${e.data.late ? ', late' : ''}`;
    case 'directive.escalated':
      return `Directive not acknowledged by ${dept(e.data.departmentId)} in time: escalated`;
    case 'broadcast.created':
      return `Broadcast "${e.data.subject}" to ${e.data.recipients} staff (${e.data.channels.join(', ')})`;
    case 'broadcast.completed':
      return `Broadcast finished: ${e.data.totals.sent + e.data.totals.delivered} sent, ${e.data.totals.failed} failed, ${e.data.totals.acknowledged} acknowledged`;
    case 'task.reassigned':
      return `Task moved from ${dept(e.data.from.departmentId)} to ${dept(e.data.to.departmentId)}: ${e.data.reason}`;
    case 'task.cancelled':
      return `Task cancelled: ${e.data.reason}`;
    case 'tasks.cancelled':
      return `${e.data.count} tasks cancelled: ${e.data.reason}`;
    case 'task.created':
      return `Task for ${dept(e.data.departmentId)}: ${e.data.title}`;
    default:
      return e.type.replace(/[._]/g, ' ');
  }
}

/** The significant events (the incident page's rule), in seq order, each in words. */
export function timeline(
  events: readonly EventViewOf[],
  names: DepartmentNames,
): ReportTimelineEntry[] {
  return events
    .filter((e) => isSignificantEvent(e.type, e.data as { kind?: unknown }))
    .map((e) => ({
      seq: e.seq,
      at: e.at,
      type: e.type,
      actor: e.actor.name,
      text: describeEvent(e, names),
    }));
}

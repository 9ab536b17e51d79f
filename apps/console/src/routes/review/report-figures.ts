import type { components } from '../../api/schema';

export type IncidentReport = components['schemas']['IncidentReport'];

export interface Figure {
  label: string;
  value: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "2 d 3 h", "5 h 20 min", "12 min": a duration as the review reads it. */
export function durationWords(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${mins} min`;
  return `${mins} min`;
}

/**
 * The report's key figures for the review, as the report computed them (libs/reports):
 * read off its JSON, nothing counted again here.
 */
export function reportFigures(r: IncidentReport): Figure[] {
  const reopened = r.lans.filter((l) => l.reopenedAt !== null).length;
  const tasks = r.departments.reduce(
    (sum, d) => ({ tasks: sum.tasks + d.tasks, completed: sum.completed + d.completed }),
    { tasks: 0, completed: 0 },
  );
  const acknowledged = r.directives.reduce((n, d) => n + d.acknowledged, 0);
  const addressed = r.directives.reduce((n, d) => n + d.departments.length, 0);
  const end = r.closedAt ?? r.asOf;
  return [
    {
      label: r.closedAt ? 'Declared to closed' : 'Running for',
      value: durationWords(Date.parse(end) - Date.parse(r.declaredAt)),
    },
    {
      label: 'Owners',
      value: `${plural(r.owners.length, 'owner')}, ${plural(r.handovers, 'handover')}`,
    },
    { label: 'LANs', value: `${reopened} of ${r.lans.length} reopened` },
    {
      label: 'Devices',
      value: `${r.devices.verified} of ${r.devices.inPlan} verified, ${plural(r.devices.reinfections, 're-infection')}`,
    },
    { label: 'Tasks', value: `${tasks.completed} of ${tasks.tasks} completed` },
    {
      label: 'Directives',
      value: `${plural(r.directives.length, 'directive')}, ${acknowledged} of ${addressed} acknowledgements`,
    },
    { label: 'Broadcasts', value: plural(r.broadcasts.length, 'broadcast') },
    {
      label: 'Updates to staff',
      value: `${r.updates.onTime} of ${r.updates.promised} on time`,
    },
  ];
}

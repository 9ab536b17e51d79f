/** A row of the timeline in words: one event as timeline-sentences.ts says it, or many alike counted. */
import { clock } from '../../ui/time';
import type { TimelineRow } from './timeline-groups';
import {
  count,
  Data,
  deliveryWords,
  describeEvent,
  NOTICE_WORDS,
  num,
  person,
  plural,
  staff,
  str,
  TimelineNames,
  words,
} from './timeline-sentences';

/** A row: one event as above, or many alike in one sentence. */
export function describeRow(row: TimelineRow, names: TimelineNames = {}): string {
  if (row.count === 1) return describeEvent(row.latest, names);
  const d = row.latest.data;
  const w = words(names, d);
  const n = row.count;
  const by = () => {
    const people = [
      ...new Set(
        row.events.map(
          (e) =>
            person(e.data['claimedBy'] ?? e.data['completedBy'] ?? e.data['verifiedBy']) ||
            e.actor.name,
        ),
      ),
    ];
    if (people.length === 0) return '';
    if (people.length <= 2) return ` by ${people.join(' and ')}`;
    return ` by ${people.slice(0, 2).join(', ')} and ${plural(people.length - 2, 'other')}`;
  };
  const kind = d['kind'] === 'isolate_and_clean' ? 'isolation task' : 'cleanup task';
  if (row.type.startsWith('notice:')) {
    const [, noticeKind, step] = row.type.split(':');
    const what = plural(n, NOTICE_WORDS[noticeKind] ?? 'notice');
    if (step === 'sent') {
      const created = row.events.filter((e) => e.type === 'broadcast.created');
      const people = created.reduce((a, e) => a + num(e.data['recipients']), 0);
      // each notice's latest count (progress, then completed)
      const latestOf = new Map(
        row.events.filter((e) => e.data['totals']).map((e) => [str(e.data['broadcastId']), e]),
      );
      const totals = [...latestOf.values()].map((e) => e.data['totals'] as Data);
      const sending = [...latestOf.values()].some((e) => e.type === 'broadcast.progress');
      const head = created.length
        ? `Cordon sent ${what} to ${staff(people)} in all`
        : `${what.charAt(0).toUpperCase()}${what.slice(1)} ${sending ? 'going out' : 'sent'}`;
      return totals.length ? `${head} — ${deliveryWords(totals, sending)}` : head;
    }
    if (step === 'broadcast.reply_received')
      return `${plural(row.events.length, 'SMS reply', 'SMS replies')} to ${what}`;
    return `${staff(row.events.length)} acknowledged ${what}`;
  }
  switch (row.type) {
    case 'task.created':
      return str(d['lanId'])
        ? `${plural(n, kind)} created on ${names.lans?.get(str(d['lanId'])) ?? 'a LAN'}`
        : `${plural(n, kind)} created for ${w.dept()}`;
    case 'task.claimed':
      return `${plural(n, 'cleanup')} claimed in ${w.dept()}${by()}`;
    case 'task.unclaimed':
      return `${plural(n, 'cleanup')} released back to ${w.dept()}'s queue`;
    case 'task.completed':
      return `${plural(n, 'cleanup')} completed in ${w.dept()}${by()}`;
    case 'task.verified':
      return `${plural(n, 'cleanup')} verified in ${w.dept()}${by()}`;
    case 'fault.reported':
      return str(d['lanId'])
        ? `${plural(n, 'fault')} reported on ${w.lan()}`
        : `${plural(n, 'fault')} reported at a site`;
    case 'directive.escalated': {
      const depts = row.events.map((e) => w.dept(str(e.data['departmentId'])));
      return `${plural(n, 'department')} had not acknowledged ${w.directive()} due at ${clock(str(d['dueAt']))} (${depts.join(', ')}): the owner was told`;
    }
    case 'broadcast.acknowledged':
      return `${staff(n)} acknowledged ${w.broadcast()}`;
    case 'broadcast.reply_received':
      return `${plural(n, 'SMS reply', 'SMS replies')} to ${w.broadcast()}`;
    case 'broadcast.retry_requested':
      return `${plural(n, 'retry', 'retries')} of ${w.broadcast()}`;
    default:
      return `${describeEvent(row.latest, names)} (and ${count(n - 1)} more like it)`;
  }
}

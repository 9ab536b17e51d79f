/**
 * The timeline in words: who did what, for every event type the api appends to an
 * incident (libs/incidents, libs/tasks, libs/broadcasts, libs/patching, and the review
 * and WARP events in their own files), and a row of many alike in one
 * sentence. Unknown types still read as "<who>: <type in words>". Pure: the names of
 * departments, LANs, task machines and broadcast subjects are passed in.
 */
import type { EventView } from '../../api/types';
import { clock } from '../../ui/time';
import { listedSubject } from '../../ui/subject';
import { describeReviewEvent } from '../review/review-sentences';
import { describeWarpEvent } from '../warp/warp-sentences';

export interface TimelineNames {
  /** Department id → its code (SOC). */
  departments?: ReadonlyMap<string, string>;
  /** LAN id → its code (SOC-HALL). */
  lans?: ReadonlyMap<string, string>;
  /** Task id → its machine's host name (claims and completions do not carry it). */
  taskHosts?: ReadonlyMap<string, string>;
  /** Task id → an action task's title (from `task.created`, see `taskTitles`). */
  taskTitles?: ReadonlyMap<string, string>;
  /** Review action item id → its title (see `reviewActionTitles`). */
  reviewActions?: ReadonlyMap<string, string>;
  /** Broadcast id → its subject (from `broadcast.created`, see `broadcastSubjects`). */
  broadcasts?: ReadonlyMap<string, string>;
  /** Directive id → its text (from `directive.issued`, see `directiveTexts`). */
  directives?: ReadonlyMap<string, string>;
  /** Broadcast id → kind, for Cordon's own notices (timeline-groups.ts `noticeKinds`). */
  notices?: ReadonlyMap<string, string>;
}

export type Data = Record<string, unknown>;
export const str = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));
export const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
export const person = (v: unknown): string => str((v as { name?: unknown } | null)?.name);
export const count = (n: number): string => n.toLocaleString('en-GB');
export const plural = (n: number, one: string, many = `${one}s`) =>
  `${count(n)} ${n === 1 ? one : many}`;
export const staff = (n: number) => (n === 1 ? '1 member of staff' : `${count(n)} staff`);
const short = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const cap = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
const reasonOf = (d: Data) => (str(d['reason']) ? `: ${str(d['reason'])}` : '');

const PHASE_WORDS: Record<string, string> = {
  planned: 'planned',
  shut_down: 'shut down',
  cleaning: 'cleaning',
  reopened: 'reopened',
};

const CHANNEL_WORDS: Record<string, string> = { email: 'email', sms: 'SMS' };

/** "579 of 678 messages out, 3 failed, 200 acknowledged" over one or more broadcasts' totals. */
export function deliveryWords(totals: readonly Data[], sending: boolean): string {
  const sum = (k: string) => totals.reduce((a, t) => a + num(t[k]), 0);
  const out = sum('sent') + sum('delivered');
  const parts = [
    sending
      ? `${count(out)} of ${plural(sum('deliveries'), 'message')} out`
      : `${plural(out, 'message')} out`,
  ];
  if (sum('failed')) parts.push(`${count(sum('failed'))} failed`);
  if (sum('acknowledged') || sum('silent'))
    parts.push(`${count(sum('acknowledged'))} acknowledged`);
  return parts.join(', ');
}

export const NOTICE_WORDS: Record<string, string> = {
  lan_notice: 'LAN notice',
  update_reminder: 'update reminder',
  handover_notice: 'handover notice',
  directive_escalation: 'directive reminder',
  directive_notice: 'directive notice',
  isolation_notice: 'isolation notice',
};

/** Directive id → text, from the `directive.issued` events in the list. */
export function directiveTexts(events: readonly EventView[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of events)
    if (e.type === 'directive.issued') map.set(str(e.data['directiveId']), str(e.data['text']));
  return map;
}

/** Broadcast id → subject, from the `broadcast.created` events in the list. */
export function broadcastSubjects(events: readonly EventView[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of events)
    if (e.type === 'broadcast.created')
      map.set(str(e.data['broadcastId']), listedSubject(str(e.data['subject'])));
  return map;
}

function actorOf(event: EventView): string {
  if (event.actor.kind === 'system') return 'Cordon';
  if (event.actor.kind === 'api_key') return `Monitoring (${event.actor.name})`;
  return event.actor.name || 'Someone';
}

export function words(names: TimelineNames, d: Data) {
  const dept = (id = str(d['departmentId'])) => names.departments?.get(id) ?? 'a department';
  const lan = () => str(d['code']) || names.lans?.get(str(d['lanId'])) || 'a LAN';
  const knownHost = () =>
    str(d['hostname']) ||
    str((d['device'] as Data | null)?.['hostname']) ||
    names.taskHosts?.get(str(d['taskId'])) ||
    '';
  const host = () => knownHost() || 'a machine';
  const broadcast = () => {
    const subject = names.broadcasts?.get(str(d['broadcastId']));
    const noun = names.notices?.has(str(d['broadcastId'])) ? 'notice' : 'broadcast';
    return subject ? `${noun} '${short(subject, 40)}'` : `a ${noun}`;
  };
  const directive = () => {
    const text = names.directives?.get(str(d['directiveId']));
    return text ? `the directive '${short(text, 50)}'` : 'a directive';
  };
  const work = () => {
    if (d['kind'] === 'isolate_and_clean') return 'isolation cleanup';
    if (d['kind'] !== 'action') return 'cleanup';
    const title = str(d['title']) || names.taskTitles?.get(str(d['taskId']));
    return title ? `task '${short(title)}'` : 'action task';
  };
  /** "the cleanup of SOC-PC-0042", "the task 'Ring the help desk'" (on a machine if it has one). */
  const task = () =>
    d['kind'] === 'action'
      ? `the ${work()}${knownHost() ? ` on ${knownHost()}` : ''}`
      : `the ${work()} of ${host()}`;
  return { dept, lan, host, broadcast, directive, work, task };
}

/** One event in one sentence (without its time, which the panel shows beside it). */
export function describeEvent(event: EventView, names: TimelineNames = {}): string {
  const d = event.data;
  const who = actorOf(event);
  const w = words(names, d);
  switch (event.type) {
    case 'incident.created':
      return `${who} declared ${str(d['reference'])} '${str(d['title'])}', severity ${str(d['severity'])}, owned by ${person(d['owner']) || who}`;
    case 'incident.owner_changed':
      return `${who} handed the incident over from ${person(d['from'])} to ${person(d['to'])}${reasonOf(d)}`;
    case 'incident.status_changed':
      return `${who} ${d['forced'] ? 'forced' : 'changed'} the status from ${str(d['from'])} to ${str(d['to'])}${reasonOf(d)}`;
    case 'incident.update_posted': {
      const next = str(d['nextUpdateDueAt']);
      return `${who} updated staff: '${short(str(d['message']), 120)}'${next ? ` — next update by ${clock(next)}` : ''}`;
    }
    case 'incident.updated': {
      const changes = (d['changes'] as Data | undefined) ?? {};
      const list = Object.entries(changes).map(([k, v]) =>
        k === 'updateCadenceMinutes'
          ? `updates every ${str(v)} min`
          : `${k} to '${short(str(v), 60)}'`,
      );
      return `${who} changed the incident${list.length ? `: ${list.join(', ')}` : ''}`;
    }
    case 'incident.update_overdue':
      return `The update to staff due at ${clock(str(d['dueAt']))} is overdue: ${person(d['owner']) || 'the owner'} was reminded`;
    case 'lan.planned':
      return `${who} put ${w.lan()} in the plan`;
    case 'lan.phase_changed': {
      const to = str(d['to']);
      const verb =
        to === 'shut_down'
          ? `shut down ${w.lan()}`
          : to === 'cleaning'
            ? `started cleaning ${w.lan()}`
            : to === 'reopened'
              ? `reopened ${w.lan()}`
              : `moved ${w.lan()} to ${PHASE_WORDS[to] ?? to}`;
      return `${who} ${verb}${reasonOf(d)}`;
    }
    case 'device.waived':
      return `${who} waived ${w.host()} on ${w.lan()}${reasonOf(d)}`;
    case 'device.isolated':
      return `${w.host()} was isolated from the network (${w.dept()})`;
    case 'device.infected':
      return `${w.host()} was marked infected (${w.dept()})`;
    case 'detection.recorded':
      return `${who} detected ${w.host()} — ${short(str(d['signature']), 80)}${str(d['source']) ? ` (${str(d['source'])})` : ''}: ${d['action'] === 'isolated' ? 'isolated' : 'marked infected'}${d['unknownDevice'] ? ', a machine not in the inventory' : ''}`;
    case 'directive.issued': {
      const depts = ((d['departmentIds'] as string[] | undefined) ?? []).map((id) => w.dept(id));
      return `${who} directed ${depts.length > 3 ? plural(depts.length, 'department') : depts.join(', ')} by ${clock(str(d['dueAt']))}: '${short(str(d['text']), 120)}'`;
    }
    case 'directive.acknowledged':
      return `${person(d['acknowledgedBy']) || who} acknowledged ${w.directive()} for ${w.dept()}${d['late'] ? ', late' : ''}`;
    case 'directive.escalated':
      return `${w.dept()} had not acknowledged ${w.directive()} due at ${clock(str(d['dueAt']))}: the owner was told`;
    case 'fault.reported':
      return str(d['lanId'])
        ? `A fault was reported on ${w.lan()}`
        : 'A fault was reported at a site';
    case 'broadcast.created': {
      const channels = ((d['channels'] as string[] | undefined) ?? []).map(
        (c) => CHANNEL_WORDS[c] ?? c,
      );
      const notice = d['kind'] && d['kind'] !== 'broadcast';
      return `${who} sent ${notice ? 'a notice' : 'broadcast'} '${short(listedSubject(str(d['subject'])), 60)}' to ${staff(num(d['recipients']))}${channels.length ? ` by ${channels.join(' and ')}` : ''}${d['requireAck'] ? ', acknowledgement asked' : ''}`;
    }
    case 'broadcast.sending':
      return `Sending ${w.broadcast()}`;
    case 'broadcast.progress':
    case 'broadcast.completed':
    case 'broadcast.round_completed': {
      const t = (d['totals'] as Data | undefined) ?? {};
      const head = w.broadcast();
      const sending = event.type === 'broadcast.progress';
      return `${head.charAt(0).toUpperCase()}${head.slice(1)} ${sending ? 'sending to' : 'sent to'} ${staff(num(t['recipients']))} — ${deliveryWords([t], sending)}`;
    }
    case 'broadcast.acknowledged':
      return `${str(d['name']) || 'A member of staff'} acknowledged ${w.broadcast()}${str(d['via']) ? ` (${str(d['via'])})` : ''}`;
    case 'broadcast.reply_received':
      return `${str(d['name']) || 'A member of staff'} replied to ${w.broadcast()} by SMS: '${short(str(d['text']), 100)}'`;
    case 'broadcast.retry_requested':
      return `${who} retried ${plural(num(d['retried']), 'failed delivery', 'failed deliveries')} of ${w.broadcast()}`;
    case 'broadcast.escalated': {
      const other = num(d['noOtherChannel']);
      if (!num(d['escalated']))
        return `No silent member of staff could be sent ${w.broadcast()} by another channel${other ? ` (${count(other)} have only one)` : ''}`;
      return `${count(num(d['escalated']))} silent staff were sent ${w.broadcast()} by their other channel${other ? ` (${count(other)} have no other)` : ''}`;
    }
    case 'task.created':
      return d['kind'] === 'action'
        ? `${who} gave ${w.dept()} a task: '${short(str(d['title']), 100)}'`
        : `${d['kind'] === 'isolate_and_clean' ? 'Isolation' : 'Cleanup'} task created for ${w.host()} (${w.dept()})`;
    case 'task.claimed':
      return `${person(d['claimedBy']) || who} (${w.dept()}) claimed ${w.task()}`;
    case 'task.unclaimed':
      return `${who} released ${w.task()}${person(d['previousClaimer']) ? ` (held by ${person(d['previousClaimer'])})` : ''}`;
    case 'task.completed':
      return `${person(d['completedBy']) || who} (${w.dept()}) completed ${w.task()}`;
    case 'task.verified':
      return `${person(d['verifiedBy']) || who} verified ${w.task()}`;
    case 'task.reopened':
      return `${cap(w.task())} was reopened${reasonOf(d)}`;
    case 'task.cancelled':
      return `${cap(w.task())} was cancelled${reasonOf(d)}`;
    case 'task.reassigned': {
      const from = str((d['from'] as Data | undefined)?.['departmentId']);
      const to = str((d['to'] as Data | undefined)?.['departmentId']);
      return `${who} moved ${w.task()} from ${w.dept(from)} to ${w.dept(to)}${reasonOf(d)}`;
    }
    case 'tasks.cancelled':
      return `${plural(num(d['count']), 'open task')} cancelled${reasonOf(d)}`;
    case 'incident.fallback_attached': {
      const plan = d['plan'] as Data | null;
      const failed = `patch ${str(d['identifier'])} failed on ${str(d['hostname'])}`;
      return plan
        ? `Fall-back plan '${str(plan['name'])}' attached: ${failed}`
        : `NO FALL-BACK PLAN: ${failed}${d['noPlan'] === 'plan_has_no_steps' ? ', whose service has no steps written' : ', which hosts no critical service'}`;
    }
    default:
      return (
        describeReviewEvent(event, who, names.reviewActions) ??
        describeWarpEvent(event, who) ??
        `${who}: ${event.type.replace(/[._]/g, ' ')}`
      );
  }
}

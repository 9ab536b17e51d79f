import type { EventView } from '../../api/types';

type Data = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));
const nameOf = (v: unknown): string => str((v as Data | null)?.['name']) || 'someone';
const short = (text: string, max = 50) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const SECTION_WORDS: Record<string, string> = {
  wentWell: 'what went well',
  wentWrong: 'what went wrong',
  contributingFactors: 'the contributing factors',
};

/** Action item id → its latest title, from the review's events in the list. */
export function reviewActionTitles(
  events: readonly Pick<EventView, 'type' | 'data'>[],
): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of events) {
    const d = e.data as Data;
    const renamed = str((d['changes'] as Data | null)?.['title']);
    if (e.type === 'review.action_added') map.set(str(d['actionId']), str(d['title']));
    if (e.type === 'review.action_changed' && renamed) map.set(str(d['actionId']), renamed);
  }
  return map;
}

/**
 * A review event in one sentence for the incident's timeline; null for any other event.
 * `titles` (see `reviewActionTitles`) names the action items the later events are about.
 */
export function describeReviewEvent(
  event: EventView,
  who: string,
  titles: ReadonlyMap<string, string> = new Map(),
): string | null {
  const d = event.data as Data;
  const title = titles.get(str(d['actionId']));
  const item = title ? `the action item '${short(title)}'` : 'a review action item';
  switch (event.type) {
    case 'review.opened':
      return `Post-incident review opened for ${nameOf(d['owner'])} to sign off`;
    case 'review.updated': {
      const sections = Object.keys((d['changes'] as Data | null) ?? {}).map(
        (k) => SECTION_WORDS[k] ?? k,
      );
      const listed =
        sections.length > 1
          ? `${sections.slice(0, -1).join(', ')} and ${sections[sections.length - 1]}`
          : sections[0];
      return `${who} wrote ${listed || 'the review'} in the review`;
    }
    case 'review.completed': {
      const open = typeof d['openActions'] === 'number' ? d['openActions'] : 0;
      return `${who} signed the review off${open ? ` with ${open} action item${open === 1 ? '' : 's'} still open` : ''}`;
    }
    case 'review.action_added':
      return `${who} added the action '${short(str(d['title']))}' for ${nameOf(d['owner'])}, due ${str(d['dueOn'])}`;
    case 'review.action_changed': {
      const changes = (d['changes'] as Data | null) ?? {};
      const what = [
        changes['title'] !== undefined && `renamed it '${short(str(changes['title']))}'`,
        changes['owner'] !== undefined && `gave it to ${nameOf(changes['owner'])}`,
        changes['dueOn'] !== undefined && `made it due ${str(changes['dueOn'])}`,
      ].filter(Boolean);
      // the title in `titles` is the latest: before a rename, name the item by its old one
      const named = changes['title'] !== undefined ? 'a review action item' : item;
      return `${who} changed ${named}${what.length ? `: ${what.join(', ')}` : ''}`;
    }
    case 'review.action_done':
      return `${str((d['doneBy'] as Data | null)?.['name']) || who} marked ${item} done${d['late'] ? ', after its due date' : ''}`;
    case 'review.action_reminded':
      return `${nameOf(d['owner'])} was reminded of ${item}, due ${str(d['dueOn'])}`;
    default:
      return null;
  }
}

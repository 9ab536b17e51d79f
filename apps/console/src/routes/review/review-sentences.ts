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

/** A review event in one sentence for the incident's timeline; null for any other event. */
export function describeReviewEvent(event: EventView, who: string): string | null {
  const d = event.data as Data;
  switch (event.type) {
    case 'review.opened':
      return `Post-incident review opened for ${nameOf(d['owner'])} to sign off`;
    case 'review.updated': {
      const sections = Object.keys((d['changes'] as Data | null) ?? {}).map(
        (k) => SECTION_WORDS[k] ?? k,
      );
      return `${who} wrote ${sections.join(', ') || 'the review'} in the review`;
    }
    case 'review.completed': {
      const open = typeof d['openActions'] === 'number' ? d['openActions'] : 0;
      return `${who} signed the review off${open ? ` with ${open} action item${open === 1 ? '' : 's'} still open` : ''}`;
    }
    case 'review.action_added':
      return `${who} added the action '${short(str(d['title']))}' for ${nameOf(d['owner'])}, due ${str(d['dueOn'])}`;
    case 'review.action_changed':
      return `${who} changed a review action item`;
    case 'review.action_done':
      return `${who} marked a review action item done${d['late'] ? ', after its due date' : ''}`;
    case 'review.action_reminded':
      return `${nameOf(d['owner'])} reminded of a review action item due ${str(d['dueOn'])}`;
    default:
      return null;
  }
}

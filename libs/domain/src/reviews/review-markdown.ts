import type { ReviewView } from '@cordon/contracts';

const section = (title: string, text: string): string[] => [
  `## ${title}`,
  '',
  text.trim() === '' ? '_Not written._' : text.trim(),
  '',
];

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** A review as a Markdown document: its sections and its action items with their state. */
export function reviewMarkdown(review: ReviewView): string {
  const signed = review.completedAt
    ? `Signed off by ${review.completedBy?.name ?? 'unknown'} at ${review.completedAt}.`
    : 'Open: not signed off yet.';
  const rows = review.actions.map((a) => {
    const state =
      a.state === 'done'
        ? `done by ${a.doneBy?.name ?? 'unknown'} at ${a.doneAt ?? ''}`
        : a.overdue
          ? 'open, OVERDUE'
          : 'open';
    return `| ${cell(a.title)} | ${cell(a.owner.name)} | ${a.dueOn} | ${state} |`;
  });
  return [
    `# Post-incident review: ${review.reference} ${review.title}`,
    '',
    `Owner: ${review.owner.name}. Opened at ${review.openedAt}. ${signed}`,
    '',
    ...section('What went well', review.wentWell),
    ...section('What went wrong', review.wentWrong),
    ...section('Contributing factors', review.contributingFactors),
    '## Action items',
    '',
    ...(rows.length
      ? ['| Action | Owner | Due | State |', '| --- | --- | --- | --- |', ...rows]
      : ['_None._']),
    '',
  ].join('\n');
}

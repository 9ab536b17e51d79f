import { clock, dueIn } from './time';
import { useNow } from './use-now';

/** "Next update due in 12 min", amber when close, red when overdue (in words too, not colour alone). */
export function DueIn({ at, label = 'Next update' }: { at: string | null; label?: string }) {
  const now = useNow();
  if (!at) return <span className="muted">{label}: none due</span>;
  const due = dueIn(at, now);
  return (
    <span className={`due due-${due.level}`} title={`${label} by ${clock(at)}`}>
      {due.level === 'overdue' ? '⚠ ' : ''}
      {label} {due.level === 'overdue' ? '' : 'due '}
      <strong>{due.text}</strong> <span className="muted">({clock(at)})</span>
    </span>
  );
}

/** A labelled bar: the numbers are written out, the bar only repeats them. */
export function Progress({
  value,
  max,
  label,
  tone = 'ok',
}: {
  value: number;
  max: number;
  label: string;
  tone?: 'ok' | 'warn' | 'bad' | 'info';
}) {
  const pct = max > 0 ? Math.min(100, Math.round((value / max) * 100)) : 0;
  return (
    <div className="progress">
      <div className="progress-label">
        <span>{label}</span>
        <span>
          {value} of {max}
        </span>
      </div>
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
      >
        <div className={`progress-fill tone-${tone}`} style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}

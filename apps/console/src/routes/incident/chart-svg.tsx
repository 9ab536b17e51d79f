import { useEffect, useRef, useState } from 'react';
import { clock } from '../../ui/time';
import { ChartPoint, SERIES, SeriesName, timeTicks } from './chart-series';

/** Colour and dash per series: told apart by pattern and label too, not colour alone. */
export const SERIES_STYLE: Record<SeriesName, { color: string; dash: string }> = {
  unverified: { color: '#0b5cad', dash: '' },
  infected: { color: '#a11d1d', dash: '7 4' },
  isolated: { color: '#8a5300', dash: '2 3' },
};

const HEIGHT = 220;
const M = { top: 12, right: 16, bottom: 28, left: 40 };

/** Drawn at the width it is given (no scaled-down text on a phone). */
function useWidth(fallback = 560) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(260, Math.floor(el.clientWidth)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

const niceMax = (n: number) => {
  if (n <= 5) return 5;
  const mag = 10 ** Math.floor(Math.log10(n));
  return [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].map((m) => m * mag).find((v) => v >= n) ?? n;
};

/** Three step lines over time with axes; `points` thinned already, `end` is now (or when closed). */
export function ChartSvg({ points, end }: { points: ChartPoint[]; end: number }) {
  const { ref, width } = useWidth();
  // at least 20 minutes wide, so that a young incident still has times on its axis
  const start = Math.min(points[0]?.at ?? end, end - 20 * 60_000);
  const span = Math.max(end - start, 60_000);
  const max = niceMax(
    Math.max(1, ...points.flatMap((p) => [p.unverified, p.infected, p.isolated])),
  );
  const plotW = width - M.left - M.right;
  const plotH = HEIGHT - M.top - M.bottom;
  const x = (t: number) => M.left + ((t - start) / span) * plotW;
  const y = (v: number) => M.top + plotH - (v / max) * plotH;
  const ticks = timeTicks(start, end, Math.max(2, Math.floor(plotW / 80)));
  const yTicks = [0, max / 2, max];
  const path = (name: SeriesName) => {
    if (points.length === 0) return '';
    // nothing before the first point: the line rises from zero
    let d = `M${x(points[0].at).toFixed(1)},${y(0).toFixed(1)}V${y(points[0][name]).toFixed(1)}`;
    for (const p of points.slice(1)) d += `H${x(p.at).toFixed(1)}V${y(p[name]).toFixed(1)}`;
    return `${d}H${x(end).toFixed(1)}`;
  };
  return (
    <div ref={ref} className="chart-box">
      <svg width={width} height={HEIGHT} aria-hidden="true" focusable="false">
        {yTicks.map((v) => (
          <g key={v}>
            <line x1={M.left} x2={width - M.right} y1={y(v)} y2={y(v)} stroke="#e3e8ee" />
            <text x={M.left - 6} y={y(v) + 4} textAnchor="end" fontSize="12" fill="#4f5b69">
              {Math.round(v).toLocaleString('en-GB')}
            </text>
          </g>
        ))}
        <line x1={M.left} x2={width - M.right} y1={y(0)} y2={y(0)} stroke="#4f5b69" />
        {ticks.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={y(0)} y2={y(0) + 4} stroke="#4f5b69" />
            <text x={x(t)} y={HEIGHT - 8} textAnchor="middle" fontSize="12" fill="#4f5b69">
              {clock(new Date(t))}
            </text>
          </g>
        ))}
        {SERIES.map((s) => (
          <path
            key={s.name}
            d={path(s.name)}
            fill="none"
            stroke={SERIES_STYLE[s.name].color}
            strokeWidth={2.5}
            strokeDasharray={SERIES_STYLE[s.name].dash}
          />
        ))}
      </svg>
    </div>
  );
}

/** A short line in the series' colour and dash, for the legend. */
export function Swatch({ name }: { name: SeriesName }) {
  const style = SERIES_STYLE[name];
  return (
    <svg width="28" height="10" aria-hidden="true" focusable="false">
      <line
        x1="0"
        x2="28"
        y1="5"
        y2="5"
        stroke={style.color}
        strokeWidth="3"
        strokeDasharray={style.dash}
      />
    </svg>
  );
}

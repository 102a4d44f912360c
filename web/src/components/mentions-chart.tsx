import { faDate, faNumber } from '../lib/format.js';

/** Bars at most this many; older days are summed into months beyond it. */
const MAX_BARS = 60;

type Point = { date: string; mentions: number };

/** Days, or months when there are too many days; `unknown` dates left out. */
function bucket(points: readonly Point[]): Point[] {
  const dated = points.filter((p) => p.date !== 'unknown');
  if (dated.length <= MAX_BARS) return dated;
  const months = new Map<string, number>();
  for (const p of dated) months.set(p.date.slice(0, 7), (months.get(p.date.slice(0, 7)) ?? 0) + p.mentions);
  return [...months].map(([date, mentions]) => ({ date: `${date}-01`, mentions })).slice(-MAX_BARS);
}

/**
 * Mentions over time as a bar chart (SVG, time running right to left as the page reads), with the
 * same figures in a table for screen readers and keyboard users.
 */
export function MentionsChart({ timeline }: { timeline: readonly Point[] }) {
  const bars = bucket(timeline);
  if (bars.length === 0) return <p class="hint">تاریخ خبرهای این نام معلوم نیست.</p>;
  const max = Math.max(...bars.map((b) => b.mentions));
  const width = 600;
  const height = 140;
  const step = width / bars.length;
  const barWidth = Math.min(step * 0.7, 28);
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${width} ${height + 20}`} role="img" aria-labelledby="chart-title" >
        <title id="chart-title">{`شمار یادکردها در ${faNumber(bars.length)} ${timeline.length > bars.length ? 'ماه' : 'روز'}؛ بیشینه ${faNumber(max)}`}</title>
        {bars.map((bar, i) => {
          const h = Math.max(2, (bar.mentions / max) * height);
          return (
            <rect key={bar.date} x={width - i * step - step / 2 - barWidth / 2} y={height - h} width={barWidth} height={h} class="bar">
              <title>{`${faDate(bar.date)}: ${faNumber(bar.mentions)}`}</title>
            </rect>
          );
        })}
        <line x1="0" x2={width} y1={height} y2={height} class="axis" />
        <text x={width - 2} y={height + 16} class="tick" text-anchor="end" direction="ltr">{faDate(bars[0].date)}</text>
        {bars.length > 1 && <text x="2" y={height + 16} class="tick" text-anchor="start" direction="ltr">{faDate(bars[bars.length - 1].date)}</text>}
      </svg>
      <figcaption>
        <details>
          <summary>جدول داده‌ها</summary>
          <table>
            <thead><tr><th scope="col">تاریخ</th><th scope="col">یادکرد</th></tr></thead>
            <tbody>{bars.map((bar) => <tr key={bar.date}><td>{faDate(bar.date)}</td><td>{faNumber(bar.mentions)}</td></tr>)}</tbody>
          </table>
        </details>
      </figcaption>
    </figure>
  );
}

import type { MatrixResponse } from '../../../src/api/schemas/events.js';
import { countryName } from '../lib/countries.js';
import { faNumber } from '../lib/format.js';
import { pathWith } from '../lib/router.js';
import { Link } from './link.js';

/** Countries shown on each side at most. */
const MAX_SIDE = 12;

/**
 * The country-to-country view: a table with actor countries as rows and recipient countries as
 * columns, each cell the number of events (a link to those events), shaded by its share.
 */
export function CountryMatrix({ matrix, filters }: { matrix: MatrixResponse; filters: Record<string, string> }) {
  if (matrix.cells.length === 0) return <p class="hint">رویدادی با کشور هر دو طرف پیدا نشد.</p>;
  const totals = (side: 'actor' | 'recipient'): string[] => {
    const sums = new Map<string, number>();
    for (const cell of matrix.cells) sums.set(cell[side], (sums.get(cell[side]) ?? 0) + cell.count);
    return [...sums].sort((a, b) => b[1] - a[1]).slice(0, MAX_SIDE).map(([code]) => code);
  };
  const rows = totals('actor');
  const columns = totals('recipient');
  const count = new Map(matrix.cells.map((cell) => [`${cell.actor}>${cell.recipient}`, cell.count]));
  const most = Math.max(...matrix.cells.map((cell) => cell.count));
  return (
    <div class="matrix-wrap">
      <table class="matrix">
        <caption>از کشور کنشگر (سطرها) به کشور هدف (ستون‌ها)</caption>
        <thead><tr><td /> {columns.map((c) => <th key={c} scope="col" title={c}>{countryName(c)}</th>)}</tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r}>
              <th scope="row" title={r}>{countryName(r)}</th>
              {columns.map((c) => {
                const n = count.get(`${r}>${c}`) ?? 0;
                const level = n === 0 ? 0 : Math.ceil((4 * n) / most);
                return (
                  <td key={c} class={`level-${level}`}>
                    {n > 0 ? <Link href={pathWith('/events', { ...filters, actorCountry: r, recipientCountry: c })} aria-label={`${countryName(r)} به ${countryName(c)}: ${faNumber(n)} رویداد`}>{faNumber(n)}</Link> : ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

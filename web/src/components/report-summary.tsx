import type { DocJson } from '../../../src/api/schemas/doc.js';
import type { ViewLayers } from '../lib/doc-layers.js';
import { pathWith } from '../lib/router.js';
import { Link } from './link.js';

/**
 * What a report is about at a glance, from the layers that exist: its source chain (the agency and
 * whom it quotes), its keyphrases (each a search link) and its extractive summary.
 */
export function ReportSummary({ doc, layers }: { doc: DocJson; layers: ViewLayers }) {
  const agency = layers.source.filter((part) => part.role !== 'via');
  const via = layers.source.filter((part) => part.role === 'via');
  if (layers.source.length === 0 && layers.keyphrases.length === 0 && layers.summary.length === 0) return null;
  return (
    <section class="panel report-summary" aria-label="چکیده">
      {layers.source.length > 0 && (
        <p class="source-chain" data-layer="source">
          <strong>منبع: </strong>
          {agency.map((part) => part.name).join('، ')}
          {via.length > 0 && ` به نقل از ${via.map((part) => part.name).join(' ← ')}`}
        </p>
      )}
      {layers.keyphrases.length > 0 && (
        <div class="keyphrases" data-layer="keyphrases">
          <strong>کلیدواژه‌ها: </strong>
          <ul>{layers.keyphrases.map((k) => <li key={k.start}><Link href={pathWith('/search', { q: `"${k.text}"` })}>{k.text}</Link></li>)}</ul>
        </div>
      )}
      {layers.summary.length > 0 && (
        <div data-layer="summary">
          <h2>چکیده</h2>
          <p class="summary">{layers.summary.map((s) => doc.text.slice(s.start, s.end)).join(' ')}</p>
        </div>
      )}
    </section>
  );
}

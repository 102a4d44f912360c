import type { FacetsResponse } from '../../../src/api/schemas/search.js';
import { faMonth, faNumber } from '../lib/format.js';
import { ENTITY_TYPE_LABELS, label } from '../lib/labels.js';
import { Link } from './link.js';

/** Facets of a query — sources, months, entities — each value a link that narrows the search. */
export function FacetList({ facets, hrefFor }: { facets: FacetsResponse; hrefFor: (filter: Record<string, string>) => string }) {
  const lastDay = (month: string): string => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
  const groups: { id: string; title: string; items: { key: string; text: string; count: number; href: string; title?: string }[] }[] = [
    { id: 'sources', title: 'منبع', items: facets.sources.map((s) => ({ key: s.value, text: s.value, count: s.count, href: hrefFor({ source: s.value }) })) },
    { id: 'months', title: 'ماه انتشار', items: facets.months.map((m) => ({ key: m.value, text: faMonth(m.value), count: m.count, href: hrefFor({ from: `${m.value}-01`, to: lastDay(m.value) }) })) },
    { id: 'entities', title: 'نام‌های پربسامد', items: facets.entities.map((e) => ({ key: String(e.id), text: e.canonical, count: e.count, href: hrefFor({ entity: e.canonical }), title: label(ENTITY_TYPE_LABELS, e.type) })) },
  ].filter((group) => group.items.length > 0);
  return (
    <aside class="facets" aria-label="پالایش نتیجه‌ها">
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`facet-${group.id}`}>
          <h2 id={`facet-${group.id}`}>{group.title}</h2>
          <ul>
            {group.items.map((item) => (
              <li key={item.key}><Link href={item.href} title={item.title}>{item.text}</Link> <span class="count">{faNumber(item.count)}</span></li>
            ))}
          </ul>
        </section>
      ))}
    </aside>
  );
}

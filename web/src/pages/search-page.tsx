import { FacetList } from '../components/facet-list.js';
import { ChoiceField, DateRangeFields, useFilterForm } from '../components/filter-fields.js';
import { Link } from '../components/link.js';
import { SnippetText } from '../components/snippet-text.js';
import { Status } from '../components/status.js';
import { api } from '../lib/api-client.js';
import { faDate, faNumber, headline } from '../lib/format.js';
import { EVENT_LABELS } from '../lib/labels.js';
import { navigate, pathWith, type Place } from '../lib/router.js';
import { useFetch } from '../lib/use-fetch.js';

const PAGE_SIZE = 10;
const FILTERS = ['q', 'source', 'entity', 'event', 'from', 'to', 'all'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

function filtersOf(query: URLSearchParams): Filters {
  return Object.fromEntries(FILTERS.map((name) => [name, query.get(name) ?? ''])) as Filters;
}

/** *Search*: one box for any spelling, filters, facets, highlighted snippets, one hit per story. */
export function SearchPage({ place }: { place: Place }) {
  const filters = filtersOf(place.query);
  const page = Math.max(1, Number(place.query.get('page')) || 1);
  const { form, set, bind } = useFilterForm(filters, place.href);
  const params = { q: filters.q, source: filters.source, entity: filters.entity, event: filters.event, from: filters.from, to: filters.to, collapse: filters.all ? 'false' : undefined, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
  // no words and no filters: the latest stories, which cost the same at any corpus size
  const browsing = Object.values(filters).every((value) => value === '');
  const result = useFetch(JSON.stringify(params), (signal) => (browsing ? api.latest({ limit: PAGE_SIZE, offset: params.offset }, signal) : api.search(params, signal)));
  const facets = useFetch(filters.q.trim() ? filters.q : undefined, (signal) => api.facets(filters.q, signal));
  const stats = useFetch('stats', (signal) => api.stats(signal));
  const go = (next: Partial<Filters>, nextPage = 1): string => pathWith('/search', { ...filters, ...next, page: nextPage > 1 ? nextPage : undefined });
  const submit = (event: Event): void => {
    event.preventDefault();
    navigate(pathWith('/search', form));
  };
  // while the next query loads, the previous hits stay in view, marked busy (dimmed), under a neutral title
  const total = result.data?.total ?? 0;
  return (
    <>
      <h1 tabIndex={-1}>جست‌وجو در خبرها</h1>
      {stats.data && <p class="corpus-stats">{`پیکره: ${faNumber(stats.data.reports)} خبر، ${faNumber(stats.data.entities)} نام، ${faNumber(stats.data.quotes)} نقل قول، ${faNumber(stats.data.events)} رویداد، ${faNumber(stats.data.clusters)} خبر بازنشرشده`}</p>}
      <form class="search-form" role="search" onSubmit={submit}>
        <label for="q">واژه‌ها با هر املایی</label>
        <div class="search-box">
          <input id="q" type="search" name="q" {...bind('q')} aria-describedby="q-hint" autoComplete="off" />
          <button type="submit" class="primary">بگرد</button>
        </div>
        <p id="q-hint" class="hint">«می شود»، «میشود» و «می‌شود» یکی‌اند. «عبارت در گیومه»، پیشوند*، OR و -واژه برای کنار گذاشتن.</p>
        <details open={Boolean(filters.source || filters.entity || filters.event || filters.from || filters.to || filters.all)}>
          <summary>پالایه‌ها</summary>
          <div class="filters">
            <label>منبع<input type="text" {...bind('source')} /></label>
            <label>نام شخص، سازمان یا مکان<input type="text" {...bind('entity')} /></label>
            <ChoiceField label="نوع رویداد" value={form.event} choices={EVENT_LABELS} onChange={(value) => set('event', value)} />
            <DateRangeFields bind={bind} />
            <label class="check"><input type="checkbox" checked={form.all === '1'} onChange={(e) => set('all', (e.currentTarget as HTMLInputElement).checked ? '1' : '')} />همهٔ رونوشت‌های هر خبر</label>
          </div>
        </details>
      </form>
      <div class="search-layout">
        <section class="results" aria-labelledby="results-title" aria-busy={result.loading ? 'true' : 'false'}>
          <h2 id="results-title" aria-live="polite">{result.data && result.current ? `${browsing ? 'تازه‌ترین خبرها از ' : ''}${faNumber(total)} ${filters.all ? 'خبر' : 'ماجرای خبری'}` : 'نتیجه‌ها'}</h2>
          <Status loading={result.loading} error={result.error} empty={result.current && total === 0 ? 'چیزی پیدا نشد.' : undefined} />
          <ol class="hits" start={(page - 1) * PAGE_SIZE + 1}>
            {result.data?.hits.map((hit) => (
              <li key={hit.id} class="hit" data-report={hit.id}>
                <h3><Link href={`/report/${hit.id}`}>{hit.title ?? headline(hit.snippet.text, 10)}</Link></h3>
                <p class="meta">
                  {hit.source && <span>{hit.source}</span>} <span>{faDate(hit.published)}</span>
                  {hit.copies > 1 && <span class="copies">{` ${faNumber(hit.copies)} رونوشت`}</span>}
                </p>
                <SnippetText snippet={hit.snippet} />
              </li>
            ))}
          </ol>
          {total > PAGE_SIZE && (
            <nav class="pager" aria-label="صفحه‌های نتیجه">
              {page > 1 && <Link href={go({}, page - 1)} rel="prev">صفحهٔ قبل</Link>}
              <span>{`صفحهٔ ${faNumber(page)} از ${faNumber(Math.ceil(total / PAGE_SIZE))}`}</span>
              {page * PAGE_SIZE < total && <Link href={go({}, page + 1)} rel="next">صفحهٔ بعد</Link>}
            </nav>
          )}
        </section>
        {facets.data && <FacetList facets={facets.data} hrefFor={(filter) => go(filter)} />}
      </div>
    </>
  );
}

import { useEffect, useState } from 'preact/hooks';
import type { EventJson } from '../../../src/api/schemas/events.js';
import { CountryMatrix } from '../components/country-matrix.js';
import { ChoiceField, DateRangeFields, useFilterForm } from '../components/filter-fields.js';
import { InferredMark } from '../components/inferred-mark.js';
import { Link } from '../components/link.js';
import { Status } from '../components/status.js';
import { api, describeFailure } from '../lib/api-client.js';
import { countryName } from '../lib/countries.js';
import { faDate, faNumber } from '../lib/format.js';
import { EVENT_LABELS, label, MODALITY_LABELS } from '../lib/labels.js';
import { entityHref, navigate, pathWith, type Place } from '../lib/router.js';
import { useFetch } from '../lib/use-fetch.js';

const FILTERS = ['type', 'country', 'entity', 'modality', 'from', 'to', 'actorCountry', 'recipientCountry'] as const;
const PAGE = 50;

function Side({ side }: { side: EventJson['actor'] }) {
  if (!side) return <span class="unknown">—</span>;
  return <><Link href={entityHref(side.id)}>{side.name}</Link>{side.country && <span class="country">{` (${countryName(side.country)})`}</span>}</>;
}

/**
 * *Events*: a filterable table of who did what to whom (events the learned model inferred marked
 * «استنباطی»), a page at a time, and the country-to-country view.
 */
export function EventsPage({ place }: { place: Place }) {
  const filters = Object.fromEntries(FILTERS.map((name) => [name, place.query.get(name) ?? ''])) as Record<(typeof FILTERS)[number], string>;
  const { form, set, bind } = useFilterForm(filters, place.href);
  const [more, setMore] = useState<{ events: EventJson[]; next: number | null; error?: unknown }>({ events: [], next: null });
  const first = useFetch(place.href, (signal) => api.events({ ...filters, limit: PAGE }, signal));
  useEffect(() => setMore({ events: [], next: first.data?.next ?? null }), [first.data]);
  const matrix = useFetch(`${filters.type}|${filters.from}|${filters.to}`, (signal) => api.matrix({ type: filters.type, from: filters.from, to: filters.to }, signal));
  const events = [...(first.data?.events ?? []), ...more.events];
  const loadMore = async (): Promise<void> => {
    if (more.next === null) return;
    try {
      const page = await api.events({ ...filters, limit: PAGE, after: more.next });
      setMore({ events: [...more.events, ...page.events], next: page.next });
    } catch (error) {
      setMore({ ...more, error });
    }
  };
  return (
    <>
      <h1 tabIndex={-1}>رویدادها: چه کسی با چه کسی چه کرد</h1>
      <form class="filters inline-form" onSubmit={(e) => { e.preventDefault(); navigate(pathWith('/events', form)); }}>
        <ChoiceField label="نوع" value={form.type} choices={EVENT_LABELS} onChange={(value) => set('type', value)} />
        <label>کشور (کد سه‌حرفی، مانند IRN)<input type="text" dir="ltr" maxLength={3} pattern="[A-Za-z]{3}" {...bind('country')} /></label>
        <label>شخص یا نهاد<input type="text" {...bind('entity')} /></label>
        <ChoiceField label="وجه" value={form.modality} choices={MODALITY_LABELS} onChange={(value) => set('modality', value)} />
        <DateRangeFields bind={bind} />
        <button type="submit" class="primary">نمایش</button>
      </form>
      <section aria-labelledby="matrix-title" class="panel">
        <h2 id="matrix-title">از کشور به کشور</h2>
        {matrix.data ? <CountryMatrix matrix={matrix.data} filters={Object.fromEntries(Object.entries(filters).filter(([, v]) => v))} /> : <Status loading={matrix.loading} error={matrix.error} />}
      </section>
      <section aria-labelledby="events-title">
        <h2 id="events-title">فهرست رویدادها</h2>
        <Status loading={first.loading} error={first.error} empty={first.data && events.length === 0 ? 'رویدادی پیدا نشد. شاید لایهٔ رویدادها هنوز در تحلیل نیست.' : undefined} />
        {events.length > 0 && (
          <table class="events-table">
            <thead><tr><th scope="col">تاریخ</th><th scope="col">کنشگر</th><th scope="col">رویداد</th><th scope="col">هدف</th><th scope="col">شاهد</th></tr></thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id} data-event-type={e.type}>
                  <td>{faDate(e.published)}</td><td><Side side={e.actor} /></td>
                  <td>{label(EVENT_LABELS, e.type)}{e.modality && e.modality !== 'asserted' && ` (${label(MODALITY_LABELS, e.modality)})`} <InferredMark inferred={e.inferred} /></td>
                  <td><Side side={e.recipient} /></td>
                  <td><Link href={`/report/${e.reportId}`}>{e.evidence.length > 160 ? `${e.evidence.slice(0, 160)}…` : e.evidence}</Link></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {more.error !== undefined && <p role="alert">{describeFailure(more.error)}</p>}
        {more.next !== null && <button type="button" onClick={() => void loadMore()}>{`رویدادهای بیشتر (${faNumber(PAGE)} تای بعدی)`}</button>}
      </section>
    </>
  );
}

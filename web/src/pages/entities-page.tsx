import { ChoiceField, useFilterForm } from '../components/filter-fields.js';
import { Link } from '../components/link.js';
import { Status } from '../components/status.js';
import { api } from '../lib/api-client.js';
import { countryName } from '../lib/countries.js';
import { faNumber } from '../lib/format.js';
import { ENTITY_TYPE_LABELS } from '../lib/labels.js';
import { entityHref, navigate, pathWith, type Place } from '../lib/router.js';
import { useFetch } from '../lib/use-fetch.js';

/** The entity types of the corpus, as the filter offers them. */
const CORPUS_TYPES = Object.fromEntries(['person', 'organization', 'place', 'misc'].map((t) => [t, ENTITY_TYPE_LABELS[t]]));

/** People, organizations and places of the corpus, most mentioned first; filter by name start and type. */
export function EntitiesPage({ place }: { place: Place }) {
  const q = place.query.get('q') ?? '';
  const type = place.query.get('type') ?? '';
  const { form, set, bind } = useFilterForm({ q, type }, place.href);
  const list = useFetch(`${q}|${type}`, (signal) => api.entities({ q, type, limit: 100 }, signal));
  return (
    <>
      <h1 tabIndex={-1}>اشخاص، سازمان‌ها و مکان‌ها</h1>
      <form class="inline-form" role="search" onSubmit={(e) => { e.preventDefault(); navigate(pathWith('/entities', form)); }}>
        <label>آغاز نام<input type="search" {...bind('q')} /></label>
        <ChoiceField label="نوع" value={form.type} choices={CORPUS_TYPES} onChange={(value) => set('type', value)} />
        <button type="submit">نمایش</button>
      </form>
      <Status loading={list.loading} error={list.error} empty={list.data?.entities.length === 0 ? 'نامی پیدا نشد. شاید لایهٔ نام‌ها هنوز در تحلیل نیست.' : undefined} />
      {list.data && list.data.entities.length > 0 && (
        <table class="entity-table">
          <thead><tr><th scope="col">نام</th><th scope="col">نوع</th><th scope="col">کشور</th><th scope="col">یادکرد</th></tr></thead>
          <tbody>
            {list.data.entities.map((e) => (
              <tr key={e.id} data-entity-type={e.type}>
                <td><Link href={entityHref(e.id)}>{e.canonical}</Link></td><td>{ENTITY_TYPE_LABELS[e.type] ?? e.type}</td>
                <td>{countryName(e.country)}</td><td>{faNumber(e.mentions)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

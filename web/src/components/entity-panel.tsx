import { type ViewEntity, personDetails } from '../lib/doc-layers.js';
import { faNumber } from '../lib/format.js';
import { ENTITY_TYPE_LABELS } from '../lib/labels.js';
import { Link } from './link.js';
import { entityHref } from '../lib/router.js';

const GROUPS: { type: string; title: string }[] = [
  { type: 'person', title: 'اشخاص' }, { type: 'organization', title: 'سازمان‌ها' }, { type: 'place', title: 'مکان‌ها' }, { type: 'misc', title: 'سایر نام‌ها' },
];

/** The side panel of a report: its people with titles and roles, then organizations, places and other names. */
export function EntityPanel({ entities }: { entities: ViewEntity[] }) {
  const groups = GROUPS.map((group) => ({ ...group, items: entities.filter((e) => e.type === group.type) })).filter((group) => group.items.length > 0);
  if (groups.length === 0) return null;
  return (
    <section class="panel entity-panel" aria-labelledby="entity-panel-title">
      <h2 id="entity-panel-title">نام‌ها در این خبر</h2>
      {groups.map((group) => (
        <div key={group.type} class={`entity-group type-${group.type}`}>
          <h3>{group.title}</h3>
          <ul>
            {group.items.map((entity) => {
              const details = entity.type === 'person' ? personDetails(entity) : [];
              return (
                <li key={entity.id} data-entity-type={entity.type}>
                  <Link href={entityHref(entity.canonical)} class={`chip type-${entity.type}`}>{entity.canonical}</Link>
                  <span class="count" title={`${faNumber(entity.mentions.length)} بار آمده`}>{faNumber(entity.mentions.length)}</span>
                  {details.length > 0 && <div class="details">{details.join('، ')}</div>}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      <p class="hint">رنگ هر نام نوع آن را نشان می‌دهد: {GROUPS.map((g) => ENTITY_TYPE_LABELS[g.type]).join('، ')}.</p>
    </section>
  );
}

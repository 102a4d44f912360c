import { CoMentionNetwork } from '../components/co-mention-network.js';
import { EventList } from '../components/event-list.js';
import { Link } from '../components/link.js';
import { MentionsChart } from '../components/mentions-chart.js';
import { Status } from '../components/status.js';
import { api } from '../lib/api-client.js';
import { countryName } from '../lib/countries.js';
import { faDate, faNumber, mergeRoles } from '../lib/format.js';
import { ENTITY_TYPE_LABELS, label, QUOTE_KIND_LABELS } from '../lib/labels.js';
import { entityHref, pathWith } from '../lib/router.js';
import { useFetch } from '../lib/use-fetch.js';

/** *Entity*: names and aliases, roles over time, mentions over time, quotes, co-mentions, events. */
export function EntityPage({ reference }: { reference: string }) {
  const profile = useFetch(reference, (signal) => api.entity(reference, signal));
  const p = profile.data;
  if (!p) {
    return (
      <>
        <h1 tabIndex={-1}>{reference}</h1>
        <Status loading={profile.loading} error={profile.error} />
        {profile.error !== undefined && <p><Link href={pathWith('/entities', { q: reference })}>جست‌وجوی این نام در فهرست نام‌ها</Link></p>}
      </>
    );
  }
  const total = p.timeline.reduce((n, t) => n + t.reports, 0);
  return (
    <article class="entity" data-entity-id={p.id}>
      <h1 tabIndex={-1}>{p.canonical}</h1>
      <p class="meta">
        <span class={`chip type-${p.type}`}>{label(ENTITY_TYPE_LABELS, p.type)}</span>
        {p.country && <span>{` ${countryName(p.country)}`}</span>}
        {` · در ${faNumber(total)} خبر · `}
        <Link href={pathWith('/search', { entity: p.canonical })}>خبرهای این نام</Link>
      </p>
      <div class="entity-grid">
        <section class="panel" aria-labelledby="aliases-title">
          <h2 id="aliases-title">نام‌ها</h2>
          <ul class="aliases">{p.aliases.map((a) => <li key={a.alias}>{a.alias} <span class="count">{faNumber(a.count)}</span></li>)}</ul>
        </section>
        {p.roles.length > 0 && (
          <section class="panel" aria-labelledby="roles-title">
            <h2 id="roles-title">سمت‌ها در گذر زمان</h2>
            <table>
              <thead><tr><th scope="col">سمت</th><th scope="col">نخستین بار</th><th scope="col">آخرین بار</th><th scope="col">خبر</th></tr></thead>
              <tbody>{mergeRoles(p.roles).map((r) => <tr key={r.role}><td>{r.role}</td><td>{faDate(r.first)}</td><td>{faDate(r.last)}</td><td>{faNumber(r.reports)}</td></tr>)}</tbody>
            </table>
          </section>
        )}
      </div>
      <section class="panel" aria-labelledby="timeline-title">
        <h2 id="timeline-title">یادکرد در گذر زمان</h2>
        <MentionsChart timeline={p.timeline} />
      </section>
      {p.quotes.length > 0 && (
        <section class="panel quote-list" aria-labelledby="entity-quotes-title">
          <h2 id="entity-quotes-title">{`گفته‌ها (${faNumber(p.quotes.length)})`}</h2>
          <ul>
            {p.quotes.map((q, i) => (
              <li key={i}>
                <blockquote>{q.text}</blockquote>
                <p class="meta">{faDate(q.published)}{q.cue && ` · ${q.cue}`}{q.kind && ` · ${label(QUOTE_KIND_LABELS, q.kind)}`} · <Link href={`/report/${q.reportId}`}>خبر</Link></p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {p.coMentions.length > 0 && (
        <section class="panel" aria-labelledby="network-title">
          <h2 id="network-title">هم‌آیی در خبرها</h2>
          <CoMentionNetwork name={p.canonical} nodes={p.coMentions} />
          <ul class="co-mentions">
            {p.coMentions.map((c) => <li key={c.id}><Link href={entityHref(c.id)}>{c.canonical}</Link> <span class="count">{faNumber(c.reports)}</span></li>)}
          </ul>
        </section>
      )}
      <EventList title="رویدادها" events={p.events.map((e, i) => {
        const self = <strong>{p.canonical}</strong>;
        const other = e.other ? <Link href={entityHref(e.other)}>{e.other}</Link> : null;
        return {
          key: i, type: e.type, modality: e.modality, inferred: e.inferred, actor: e.role === 'actor' ? self : other, recipient: e.role === 'actor' ? other : self,
          when: <>{faDate(e.published)} · <Link href={`/report/${e.reportId}`}>خبر</Link></>, evidence: e.evidence.slice(0, 300),
        };
      })} />
    </article>
  );
}

import { useMemo, useState } from 'preact/hooks';
import type { DocJson } from '../../../src/api/schemas/doc.js';
import { readViewLayers, type ViewEntity } from '../lib/doc-layers.js';
import { faNumber } from '../lib/format.js';
import { ENTITY_TYPE_LABELS, label, QUOTE_KIND_LABELS } from '../lib/labels.js';
import { AnnotatedText } from './annotated-text.js';
import { EntityPanel } from './entity-panel.js';
import { EventList } from './event-list.js';
import { ReportSummary } from './report-summary.js';
import { countryName } from '../lib/countries.js';
import { Link } from './link.js';
import { entityHref } from '../lib/router.js';
import { SentenceList } from './sentence-list.js';
import { Tabs } from './tabs.js';

const restoredCount = (doc: DocJson): number => {
  const tokens = (doc.layers.tokens ?? []) as { start: number; end: number; norm?: string }[];
  return tokens.reduce((n, t) => n + Math.max(0, (t.norm ?? '').split('\u200c').length - doc.text.slice(t.start, t.end).split('\u200c').length), 0);
};

/** An entity as a link to its page; else its country's name, when the event coded one. */
function EntityName({ entity, country }: { entity?: ViewEntity; country?: string }) {
  if (entity) return <Link href={entityHref(entity.canonical)}>{entity.canonical}</Link>;
  return <>{country ? countryName(country) : '—'}</>;
}

/**
 * Everything known about one analysed report: counts, the text with its layers (original or
 * normalized view), sentences and tokens, the people and other names in a side panel, quotes with
 * their speakers, events, and the analysis' messages. Draws the layers the Doc has, whatever they are.
 */
export function AnalysisView({ doc }: { doc: DocJson }) {
  const [view, setView] = useState<'original' | 'normalized'>('original');
  const [tab, setTab] = useState('text');
  const layers = useMemo(() => readViewLayers(doc), [doc]);
  const byId = new Map(layers.entities.map((e) => [e.id, e]));
  const types = [...new Set(layers.entities.map((e) => e.type))];
  const restored = useMemo(() => restoredCount(doc), [doc]);
  const counts: [string, number, string][] = [
    ['پاراگراف', doc.layers.paragraphs?.length ?? 0, 'paragraphs'], ['جمله', doc.layers.sentences?.length ?? 0, 'sentences'],
    ['واژه', doc.layers.tokens?.length ?? 0, 'tokens'], ['نیم‌فاصلهٔ بازگردانده', restored, 'restored'],
    ['نام', layers.entities.length, 'entities'], ['نقل قول', layers.quotes.length, 'quotes'], ['رویداد', layers.events.length, 'events'],
  ];
  return (
    <div class="analysis">
      <dl class="counts">
        {counts.map(([name, n, key]) => <div key={key} data-count={key}><dt>{name}</dt><dd>{faNumber(n)}</dd></div>)}
      </dl>
      <ReportSummary doc={doc} layers={layers} />
      <div class="analysis-body">
        <div class="analysis-main">
          <div class="toolbar">
            <label class="switch">
              <input type="checkbox" role="switch" checked={view === 'normalized'} onChange={(e) => setView((e.currentTarget as HTMLInputElement).checked ? 'normalized' : 'original')} />
              متن یکسان‌شده (واژه‌هایی که نیم‌فاصله‌شان بازگردانده شد نشان‌دار می‌شوند)
            </label>
            {(types.length > 0 || layers.quotes.length > 0) && (
              <ul class="legend" aria-label="راهنمای رنگ‌ها">
                {types.map((type) => <li key={type} class={`mention type-${type}`}>{label(ENTITY_TYPE_LABELS, type)}</li>)}
                {layers.quotes.length > 0 && <li class="quote">نقل قول</li>}
                {view === 'normalized' && <li class="halfspace">نیم‌فاصلهٔ بازگردانده</li>}
              </ul>
            )}
          </div>
          <Tabs label="نمای خبر" selected={tab} onSelect={setTab} tabs={[
            { id: 'text', label: 'متن', content: () => <AnnotatedText doc={doc} layers={layers} view={view} /> },
            { id: 'sentences', label: 'جمله‌ها و واژه‌ها', content: () => <SentenceList doc={doc} /> },
          ]} />
        </div>
        <aside class="analysis-side" aria-label="یافته‌ها">
          <EntityPanel entities={layers.entities} />
          {layers.quotes.length > 0 && (
            <section class="panel quote-list" aria-labelledby="quotes-title">
              <h2 id="quotes-title">نقل قول‌ها</h2>
              <ul>
                {layers.quotes.map((quote) => (
                  <li key={quote.start}>
                    <div class="who"><EntityName entity={quote.speaker ? byId.get(quote.speaker) : undefined} />{quote.cue && <span class="cue">{` (${quote.cue})`}</span>}{quote.kind && <span class="kind">{` ${label(QUOTE_KIND_LABELS, quote.kind)}`}</span>}</div>
                    <blockquote>{doc.text.slice(quote.start, Math.min(quote.end, quote.start + 400))}</blockquote>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <EventList events={layers.events.map((event, i) => ({
            key: i, type: event.type, modality: event.modality, inferred: event.inferred,
            actor: <EntityName entity={event.actor ? byId.get(event.actor) : undefined} country={event.actorCountry} />,
            recipient: <EntityName entity={event.recipient ? byId.get(event.recipient) : undefined} country={event.recipientCountry} />,
            evidence: doc.text.slice(event.start, Math.min(event.end, event.start + 300)),
          }))} />
          {doc.messages.length > 0 && (
            <section class="panel messages" aria-labelledby="messages-title">
              <h2 id="messages-title">یادداشت‌های تحلیل</h2>
              <ul>{doc.messages.map((m, i) => <li key={i} class={`severity-${m.severity}`} lang="en" dir="ltr">{m.message}</li>)}</ul>
            </section>
          )}
        </aside>
      </div>
    </div>
  );
}

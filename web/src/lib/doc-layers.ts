import type { DocJson } from '../../../src/api/schemas/doc.js';

/** A span of the original text. */
export interface Span {
  start: number;
  end: number;
}

/** An entity of one analysed report with all its mentions. */
export interface ViewEntity {
  id: string;
  /** `person`, `organization`, `place`, `misc`, `date`, `number`, `money`, `percent`. */
  type: string;
  canonical: string;
  attributes: Record<string, unknown>;
  mentions: (Span & { kind: string })[];
}

/** A quote: what was said, by which entity (id), with which verb. */
export interface ViewQuote extends Span {
  speaker?: string;
  cue?: string;
  kind?: string;
}

/** An event: who did what to whom (entity ids), in a span of evidence. */
export interface ViewEvent extends Span {
  type: string;
  actor?: string;
  recipient?: string;
  /** ISO 3166-1 alpha-3 of each side, when coded. */
  actorCountry?: string;
  recipientCountry?: string;
  modality?: string;
  /** Read by the learned paragraph model, not a trigger pattern (`inferred: true` in the Doc). */
  inferred?: boolean;
}

/** One link of the source chain: the reporting agency, or one it quotes (`via`). */
export interface ViewSource extends Span {
  role: string;
  name: string;
}

/** A keyphrase of the report. */
export interface ViewKeyphrase extends Span {
  text: string;
}

/** The layers the UI draws beyond segmentation; each list is empty when its stage did not run. */
export interface ViewLayers {
  entities: ViewEntity[];
  quotes: ViewQuote[];
  events: ViewEvent[];
  source: ViewSource[];
  keyphrases: ViewKeyphrase[];
  /** Sentences of the extractive summary, in text order. */
  summary: Span[];
}

type Loose = Record<string, unknown>;

const TYPES: Record<string, string> = {
  person: 'person', per: 'person', organization: 'organization', org: 'organization', place: 'place', loc: 'place', gpe: 'place',
  location: 'place', misc: 'misc', date: 'date', num: 'number', number: 'number', money: 'money', percent: 'percent',
};

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : undefined);
const isSpan = (value: unknown, length: number): value is Span & Loose => {
  const span = value as Loose | null;
  return !!span && typeof span === 'object' && Number.isInteger(span.start) && Number.isInteger(span.end) && (span.start as number) >= 0 && (span.start as number) <= (span.end as number) && (span.end as number) <= length;
};
const ref = (value: unknown): string | undefined => text(value) ?? text((value as Loose | null)?.id) ?? text((value as Loose | null)?.entity);
const items = (doc: DocJson, name: string): Loose[] => ((doc.layers[name] ?? []) as unknown as Loose[]).filter((item) => item && typeof item === 'object');

/**
 * Reads entities, quotes and events from a Doc, whichever documented shape the stages wrote:
 * entities with their `mentions` inside, or entity records plus a `mentions` layer pointing at them
 * by `entity` id. Items with offsets outside the text are skipped.
 */
export function readViewLayers(doc: DocJson): ViewLayers {
  const length = doc.text.length;
  const byId = new Map<string, ViewEntity>();
  items(doc, 'entities').forEach((item, index) => {
    const type = TYPES[(text(item.type) ?? text(item.label) ?? '').toLowerCase()];
    if (!type) return;
    const id = text(item.id) ?? `#${index}`;
    const entity = byId.get(id) ?? { id, type, canonical: '', attributes: (item.attributes as Loose | undefined) ?? {}, mentions: [] };
    const inner = Array.isArray(item.mentions) ? (item.mentions as unknown[]) : [];
    for (const m of inner) if (isSpan(m, length)) entity.mentions.push({ start: m.start, end: m.end, kind: text(m.kind) ?? 'name' });
    // one span per mention, when there is neither a mentions list nor a mentions layer
    if (!Array.isArray(item.mentions) && !doc.layers.mentions && isSpan(item, length)) entity.mentions.push({ start: item.start, end: item.end, kind: text(item.kind) ?? 'name' });
    const named = entity.mentions[0];
    entity.canonical ||= text(item.canonical) ?? text(item.name) ?? (named ? doc.text.slice(named.start, named.end) : '');
    byId.set(id, entity);
  });
  for (const mention of items(doc, 'mentions')) {
    const entity = byId.get(ref(mention.entity) ?? '');
    if (entity && isSpan(mention, length)) entity.mentions.push({ start: mention.start, end: mention.end, kind: text(mention.kind) ?? 'name' });
  }
  const quotes = items(doc, 'quotes').filter((q) => isSpan(q, length)).map((q): ViewQuote => {
    const cue = q.cue as Loose | string | undefined;
    const cueText = typeof cue === 'string' ? cue : isSpan(cue, length) ? (text(cue.lemma) ?? doc.text.slice(cue.start, cue.end)) : text(q.verb);
    return { start: q.start as number, end: q.end as number, speaker: ref(q.speaker), cue: cueText, kind: text(q.kind) };
  });
  const events = items(doc, 'events').filter((e) => isSpan(e, length) && (text(e.type) ?? text(e.code))).map((e): ViewEvent => ({
    start: e.start as number, end: e.end as number, type: (text(e.type) ?? text(e.code) ?? '').toUpperCase(),
    actor: ref(e.actor), recipient: ref(e.recipient ?? e.target), modality: text(e.modality ?? e.mode),
    actorCountry: text((e.actor as Loose | undefined)?.country), recipientCountry: text(((e.recipient ?? e.target) as Loose | undefined)?.country),
    ...(e.inferred === true ? { inferred: true } : {}),
  }));
  const source = items(doc, 'source').filter((p) => isSpan(p, length)).map((p) => ({ start: p.start as number, end: p.end as number, role: text(p.role) ?? 'agency', name: text(p.name) ?? doc.text.slice(p.start as number, p.end as number) }));
  const keyphrases = items(doc, 'keyphrases').filter((k) => isSpan(k, length)).map((k) => ({ start: k.start as number, end: k.end as number, text: text(k.text) ?? doc.text.slice(k.start as number, k.end as number) }));
  const summary = items(doc, 'summary').filter((k) => isSpan(k, length)).map((k) => ({ start: k.start as number, end: k.end as number })).sort((a, b) => a.start - b.start);
  for (const entity of byId.values()) entity.mentions.sort((a, b) => a.start - b.start);
  return { entities: [...byId.values()].filter((e) => e.canonical !== '' && e.mentions.length > 0), quotes, events, source, keyphrases, summary };
}

/** Titles, ranks and roles of a person, as short Persian phrases, from whatever attributes the stage gave. */
export function personDetails(entity: ViewEntity): string[] {
  const out = new Set<string>();
  const add = (value: unknown): void => {
    if (typeof value === 'string' && value.trim()) out.add(value.trim());
    else if (Array.isArray(value)) value.forEach(add);
    else if (value && typeof value === 'object') {
      const role = value as Loose;
      const parts = [text(role.role), text(role.organizationName)].filter(Boolean);
      if (parts.length > 0) out.add(parts.join(' '));
    }
  };
  const { titles, ranks, roles, role } = entity.attributes;
  [ranks, titles, roles, role].forEach(add);
  return [...out];
}

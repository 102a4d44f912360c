import type { Doc, Span } from '../../doc/doc.js';

/**
 * What the corpus expects of the analysis layers other stages add; every field is optional and
 * anything else is ignored, so the corpus picks layers up when they land and tolerates their absence.
 *
 * - entities (`doc.layers.entities` or `doc.entities`): `{id, type, canonical, attributes?, mentions: [{start, end, kind}]}`,
 *   `kind` one of `name`, `alias`, `role`, `pronoun`; or one span per mention `{start, end, type, id?, canonical?}`.
 * - quotes: `{start, end, speaker?: entity id, cue?: string | {lemma?, start, end}, kind?: 'direct' | 'indirect'}`.
 * - events: `{start, end, type: PLOVER type, actor?: entity id, recipient?: entity id, modality?, inferred?: true}`.
 */
export interface LayerEntity {
  id: string;
  /** `person`, `organization`, `place` or `misc`. */
  type: CorpusEntityType;
  canonical: string;
  attributes: Record<string, unknown>;
  mentions: (Span & { kind: string })[];
}

/** The entity types kept in the corpus; dates, numbers and money stay in the Doc only. */
export type CorpusEntityType = 'person' | 'organization' | 'place' | 'misc';

/** A quote as the corpus reads it from the Doc. */
export interface LayerQuote extends Span {
  speaker?: string;
  cue?: string;
  kind?: string;
}

/** An event as the corpus reads it from the Doc. */
export interface LayerEvent extends Span {
  type: string;
  actor?: string;
  recipient?: string;
  modality?: string;
  /** Read by the learned paragraph model rather than a trigger pattern (`inferred: true` in the Doc). */
  inferred?: boolean;
}

const TYPE_NAMES: Record<string, CorpusEntityType> = {
  person: 'person', per: 'person', organization: 'organization', org: 'organization',
  place: 'place', loc: 'place', location: 'place', gpe: 'place', country: 'place', city: 'place', misc: 'misc',
};

type Loose = Record<string, unknown>;
const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : undefined);
const isSpan = (value: unknown, length: number): value is Span & Loose => {
  const span = value as Loose | null;
  return !!span && typeof span === 'object' && Number.isInteger(span.start) && Number.isInteger(span.end) && (span.start as number) >= 0 && (span.start as number) <= (span.end as number) && (span.end as number) <= length;
};

/** The first array found under `name` in `doc.layers`, the Doc itself or `doc.meta`. */
function layer(doc: Doc, name: string): unknown[] {
  for (const holder of [doc.layers as Loose, doc as unknown as Loose, doc.meta as Loose]) {
    const value = holder?.[name];
    if (Array.isArray(value)) return value;
  }
  return [];
}

/** The Doc's entities in the corpus' shape, whichever of the two documented shapes the entity stage wrote. */
export function readEntities(doc: Doc): LayerEntity[] {
  const byId = new Map<string, LayerEntity>();
  for (const [index, raw] of layer(doc, 'entities').entries()) {
    const item = raw as Loose;
    const type = TYPE_NAMES[(str(item?.type) ?? str(item?.label) ?? '').toLowerCase()];
    if (!type) continue;
    const id = str(item.id) ?? str(item.entity) ?? `#${index}`;
    const mentions = Array.isArray(item.mentions) ? item.mentions : [item];
    const entity = byId.get(id) ?? { id, type, canonical: '', attributes: (item.attributes as Loose) ?? {}, mentions: [] };
    for (const mention of mentions) {
      if (isSpan(mention, doc.text.length)) entity.mentions.push({ start: mention.start, end: mention.end, kind: str(mention.kind) ?? 'name' });
    }
    const named = entity.mentions.find((m) => m.kind === 'name') ?? entity.mentions[0];
    entity.canonical ||= str(item.canonical) ?? str(item.name) ?? (named ? doc.text.slice(named.start, named.end) : '');
    if (entity.canonical) byId.set(id, entity);
  }
  return [...byId.values()];
}

/** The Doc's quotes; items without valid offsets are skipped. */
export function readQuotes(doc: Doc): LayerQuote[] {
  return layer(doc, 'quotes').filter((q) => isSpan(q, doc.text.length)).map((raw) => {
    const q = raw as Span & Loose;
    const cue = q.cue as Loose | string | undefined;
    const cueText = typeof cue === 'string' ? cue : isSpan(cue, doc.text.length) ? (str(cue.lemma) ?? doc.text.slice(cue.start, cue.end)) : str(q.verb);
    return { start: q.start, end: q.end, speaker: str(q.speaker), cue: cueText, kind: str(q.kind) };
  });
}

/** The Doc's events; items without a type or valid offsets are skipped. */
export function readEvents(doc: Doc): LayerEvent[] {
  const out: LayerEvent[] = [];
  for (const raw of layer(doc, 'events')) {
    const e = raw as Span & Loose;
    const type = str(e?.type) ?? str(e?.code);
    if (!type || !isSpan(e, doc.text.length)) continue;
    const ref = (value: unknown): string | undefined => str(value) ?? str((value as Loose | null)?.id) ?? str((value as Loose | null)?.entity);
    out.push({ start: e.start, end: e.end, type: type.toUpperCase(), actor: ref(e.actor), recipient: ref(e.recipient ?? e.target), modality: str(e.modality ?? e.mode), ...(e.inferred === true ? { inferred: true } : {}) });
  }
  return out;
}

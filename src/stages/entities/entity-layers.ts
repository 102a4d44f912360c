import type { Doc, Span } from '../../doc/doc.js';
import type { CalendarName } from './calendars.js';

/** Entity types: people, organizations, places, other names (weapons, agreements, events), and values. */
export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC' | 'DATE' | 'NUM' | 'MONEY' | 'PERCENT';

/**
 * How a mention refers to its entity: `name` (the first naming: `سرگئی لاوروف`), `alias` (a later
 * or shorter name: `لاوروف`, `لاورف`, `سرلشکر باقری`), `role` (`وزیر خارجه روسیه`, `همتای ترکیه‌ای`),
 * `pronoun` (`وی`, `او`, `ایشان`, and `کشورمان` for the home country).
 */
export type MentionKind = 'name' | 'alias' | 'role' | 'pronoun';

/** `layers.mentions[i]`: one mention in the original text, pointing at its entity by id. */
export interface Mention extends Span {
  entity: string;
  type: EntityType;
  kind: MentionKind;
}

/** An office a person holds: `{role: 'سخنگو', organization: 'e4', organizationName: 'وزارت امور خارجه', country: 'IRN'}`. */
export interface PersonRole {
  /** The office without its organization or place: `وزیر امور خارجه`, `سخنگو`, `فرمانده کل`. */
  role: string;
  /** The organization's entity id, when the role names one. */
  organization?: string;
  /** The organization's canonical name. */
  organizationName?: string;
  /** ISO 3166-1 alpha-3 of the country the office belongs to. */
  country?: string;
  /** A province or city the office covers (`استاندار کرمان` → `کرمان`). */
  place?: string;
}

/** What is known about an entity beyond its type and name. Fields appear only when known. */
export interface EntityAttributes {
  /** LOC: `country` `province` `city` `region` `landmark`; ORG: `ministry`, `military`...; MISC: `weapon`... */
  subtype?: string;
  /** ISO 3166-1 alpha-3: the country a place is or lies in, an organization or person belongs to. */
  country?: string;
  /** PER: titles and honorifics (`آیت‌الله`, `دکتر`, `سید`), ranks (`سرلشکر پاسدار`), offices. */
  titles?: string[];
  ranks?: string[];
  roles?: PersonRole[];
  /** Other names the report uses for it (normalized forms). */
  aliases?: string[];
  /** NUM, MONEY, PERCENT: the number; DATE: the ISO 8601 date or interval (`2024-03-20`, `2024-03-20/2025-03-20`). */
  value?: number | string;
  /** MONEY: ISO 4217 (`USD`, `EUR`, `IRR`; tomans are converted to rials). */
  currency?: string;
  /** DATE: the calendar it was written in, the date in that calendar, its precision, its weekday. */
  calendar?: CalendarName;
  native?: string;
  granularity?: 'day' | 'week' | 'month' | 'year';
  weekday?: string;
  /** DATE: resolved against the report's publication date (`امروز`, `دوشنبه`, `سال گذشته`). */
  relative?: boolean;
}

/** One mention as its entity lists it: where in the original text, and how it refers. */
export interface EntityMentionRef extends Span {
  kind: MentionKind;
}

/**
 * `layers.entities[i]`: one entity, spanning its first mention, with every mention of it
 * (`mentions`, in text order; the same spans `layers.mentions` holds, which also carry the type and
 * the entity id for token-level use).
 */
export interface EntityRecord extends Span {
  id: string;
  type: EntityType;
  canonical: string;
  attributes: EntityAttributes;
  mentions?: EntityMentionRef[];
}

/**
 * The records with their mentions attached (`mentions` sorted by position, as the layer is), each
 * written out field by field in the layer's key order: a spread (`{...e, mentions}`) gave nearly every
 * record a shape of its own (1,302 shapes for 1,312 records of 30 bench reports), and every later stage
 * reading a record's `type`, `attributes` or `id` missed the engine's property caches.
 */
export function attachMentions(entities: readonly EntityRecord[], mentions: readonly Mention[]): EntityRecord[] {
  // the lists are filled apart from the records
  const lists = new Map(entities.map((e) => [e.id, [] as EntityMentionRef[]]));
  for (const m of mentions) lists.get(m.entity)?.push({ start: m.start, end: m.end, kind: m.kind });
  const byId = new Map(entities.map((e) => [e.id, e]));
  return [...byId].map(([id, e]) => ({ start: e.start, end: e.end, id: e.id, type: e.type, canonical: e.canonical, attributes: e.attributes, mentions: lists.get(id) as EntityMentionRef[] }));
}

/** An entity with all its mentions, as `entityTable` returns it. */
export interface EntityWithMentions {
  id: string;
  type: EntityType;
  canonical: string;
  attributes: EntityAttributes;
  mentions: EntityMentionRef[];
}

/**
 * The entities of an analysed Doc with their mentions: `[{id, type, canonical, attributes, mentions}]`.
 * Empty when the entity stage has not run. `entityTable(doc)[0]` → `{id: 'e1', type: 'PER', canonical: 'سرگئی لاوروف', ...}`.
 */
export function entityTable(doc: Doc): EntityWithMentions[] {
  const records = (doc.layers.entities ?? []) as EntityRecord[];
  const byId = new Map<string, EntityWithMentions>();
  for (const record of records) byId.set(record.id, { id: record.id, type: record.type, canonical: record.canonical, attributes: record.attributes, mentions: [] });
  for (const mention of (doc.layers.mentions ?? []) as Mention[]) {
    byId.get(mention.entity)?.mentions.push({ start: mention.start, end: mention.end, kind: mention.kind });
  }
  return [...byId.values()];
}

/**
 * One IOB tag per token (`B-PER`, `I-ORG`, `O`...) from the named mentions (`name` and `alias`
 * kinds: roles and pronouns are not names), for the `tag` command and CoNLL-style export.
 * `entityTagsForTokens(doc)` over `سرگئی لاوروف گفت` → `['B-PER', 'I-PER', 'O']`.
 */
export function entityTagsForTokens(doc: Doc): string[] {
  const tokens = doc.layers.tokens ?? [];
  const tags: string[] = new Array(tokens.length).fill('O');
  const named = ((doc.layers.mentions ?? []) as Mention[]).filter((m) => m.kind === 'name' || m.kind === 'alias');
  let t = 0;
  for (const mention of [...named].sort((a, b) => a.start - b.start || b.end - a.end)) {
    while (t < tokens.length && tokens[t].end <= mention.start) t++;
    let first = true;
    for (let i = t; i < tokens.length && tokens[i].start < mention.end; i++) {
      if (tags[i] !== 'O') break;
      tags[i] = `${first ? 'B' : 'I'}-${mention.type}`;
      first = false;
    }
  }
  return tags;
}

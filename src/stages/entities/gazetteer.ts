import { entityKey } from './entity-key.js';

/**
 * What a gazetteer phrase names:
 * places (`country`, `province`, `city`, `region`, `landmark`), `organization`, `misc` (weapons,
 * agreements, products, named events), and the words around people: `title` (دکتر، آیت‌الله),
 * `rank` (سرلشکر), `honorific` after a name ((ره)، علیه‌السلام), `role` heads (وزیر، سخنگو),
 * `given-name` (محمد، سرگئی), `demonym` (روسی → RUS), and well-known `person`s (`عراقچی` → عباس عراقچی).
 */
export type GazetteerKind =
  | 'country' | 'province' | 'city' | 'region' | 'landmark'
  | 'organization' | 'misc'
  | 'title' | 'rank' | 'honorific' | 'role' | 'given-name' | 'demonym' | 'person';

/** Titles and ranks before a name: `آقای`, `آیت‌الله`, `سرلشکر پاسدار`. */
export const TITLE_KINDS: ReadonlySet<string> = new Set(['title', 'rank']);
/** Office heads: `وزیر`, `سخنگو`, `فرمانده`. */
export const ROLE_KINDS: ReadonlySet<string> = new Set(['role']);
/** First names: `محمد`, `سرگئی`. */
export const GIVEN_KINDS: ReadonlySet<string> = new Set(['given-name']);
/** Countries: `روسیه`, `ایالات متحده`. */
export const COUNTRY_KINDS: ReadonlySet<string> = new Set(['country']);
/** The kind of organizations. */
export const ORGANIZATION_KINDS: ReadonlySet<string> = new Set(['organization']);
/** Subtypes of organizations that report events rather than take sides in them (`خبرگزاری فارس`، `شبکه المیادین`). */
export const REPORTER_KINDS: ReadonlySet<string> = new Set(['news-agency', 'media', 'agency']);
/** The kinds of places: countries, provinces, cities and regions. */
export const PLACE_KINDS: ReadonlySet<string> = new Set(['country', 'province', 'city', 'region']);
/** Honorifics after a name: `(ره)`, `علیه‌السلام`. */
export const HONORIFIC_KINDS: ReadonlySet<string> = new Set(['honorific']);
/** Words around a person's name that are not the name: offices, titles, ranks. */
export const OFFICE_KINDS: ReadonlySet<string> = new Set(['role', 'title', 'rank']);

/** One meaning of a gazetteer phrase. */
export interface GazetteerEntry {
  kind: GazetteerKind;
  /** The name to report for it: `ایالات متحده آمریکا` for `آمریکا`. */
  canonical: string;
  /** ISO 3166-1 alpha-3 of the country it is or belongs to (`RUS` for `روسیه`, `مسکو`, `روسی`). */
  country?: string;
  /** A finer class: organization kind (`government`, `military`, `news-agency`...), misc kind, role sector. */
  subtype?: string;
  /** The phrase is also an everyday word (`مهر`، `فارس`، `دوشنبه`): trust it only in context. */
  ambiguous?: boolean;
  /** Made from the words of a name the tagger found, not read from a list. */
  derived?: boolean;
}

/** A node of the phrase trie: entries ending here, and the next token keys. */
export interface GazetteerNode {
  entries: GazetteerEntry[];
  next: Map<string, GazetteerNode>;
}

/** Every gazetteer as one trie over token keys ({@link entityKey}). */
export interface Gazetteer {
  root: Map<string, GazetteerNode>;
  size: number;
}

/** An empty gazetteer, to add lists to with {@link addGazetteerPhrase}. */
export function createGazetteer(): Gazetteer {
  return { root: new Map(), size: 0 };
}

/** Adds one phrase (words separated by spaces; half-spaces stay inside a word) with one meaning. */
export function addGazetteerPhrase(gazetteer: Gazetteer, phrase: string, entry: GazetteerEntry): void {
  const keys = phrase.trim().split(/\s+/).map(entityKey).filter((key) => key !== '');
  if (keys.length === 0) return;
  let level = gazetteer.root;
  let node: GazetteerNode | undefined;
  for (const key of keys) {
    node = level.get(key);
    if (!node) {
      node = { entries: [], next: new Map() };
      level.set(key, node);
    }
    level = node.next;
  }
  if (!node) return;
  const same = node.entries.find((e) => e.kind === entry.kind && e.canonical === entry.canonical && e.country === entry.country);
  if (same) {
    if (!entry.ambiguous) delete same.ambiguous;
    return;
  }
  // a country outranks a same-spelled region with no country (`امریکا`: the USA, not the Americas)
  if (entry.kind === 'country' && entry.country) node.entries.unshift(entry);
  else node.entries.push(entry);
  gazetteer.size++;
}

/** The columns of a TSV line, `#` comments and blank lines skipped. */
export function tsvRows(text: string): string[][] {
  const rows: string[][] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) continue;
    rows.push(line.split('\t').map((cell) => cell.trim()));
  }
  return rows;
}

/**
 * A well-known person the people list has by canonical name: `{country}` with the nationality it gives
 * (`مسعود پزشکیان` → IRN), `{}` for the head of an international body (no country), undefined when not listed.
 */
export function knownPerson(gazetteer: Gazetteer, canonical: string): { country?: string } | undefined {
  const entry = lookupPhrase(gazetteer, canonical).find((e) => e.kind === 'person');
  return entry && (entry.country ? { country: entry.country } : {});
}

/** The meanings of exactly this phrase (no longer or shorter match). `lookupPhrase(g, 'سازمان ملل')`. */
export function lookupPhrase(gazetteer: Gazetteer, phrase: string): GazetteerEntry[] {
  let level = gazetteer.root;
  let node: GazetteerNode | undefined;
  for (const key of phrase.trim().split(/\s+/).map(entityKey)) {
    node = level.get(key);
    if (!node) return [];
    level = node.next;
  }
  return node?.entries ?? [];
}

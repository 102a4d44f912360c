import type { Token } from '../../doc/doc.js';
import type { EntityResources } from './entity-resources.js';
import type { GazetteerEntry } from './gazetteer.js';
import type { WordInfo } from './word-info.js';

/** What every entity finder reads: the tokens, their keys and word descriptions, the data. */
export interface EntityContext {
  tokens: readonly Token[];
  /** `entityKey` of each token. */
  keys: readonly string[];
  /** The tagger's description of each token (frequency, hashes...). */
  words: readonly WordInfo[];
  resources: EntityResources;
  /** ISO 3166-1 alpha-3 of the report's own country (`کشورمان`). */
  homeCountry: string;
}

/** A name found over tokens `[first, last)`: a person, organization, place or other named thing. */
export interface NameMention {
  first: number;
  last: number;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
  /** The gazetteer meaning it matched, for its canonical name, country and subtype. */
  entry?: GazetteerEntry;
  /** Its words (normalized, space-separated), filled in when an office refers to it. */
  text?: string;
}

/** Whether token `i` is punctuation or a symbol. */
export function isPunctuation(context: EntityContext, i: number): boolean {
  const kind = context.tokens[i]?.kind;
  return kind === 'punct' || kind === 'symbol';
}

/**
 * Sorts `items` by their first token, in place, equal ones kept in their order: what
 * `items.sort((a, b) => a.first - b.first)` gives, without the scratch space the built-in sort
 * allocates on every call (the lists here are a sentence's names, short and mostly in order).
 */
export function sortByFirst<T extends { first: number }>(items: T[]): T[] {
  if (items.length > 32) return items.sort((a, b) => a.first - b.first);
  for (let i = 1; i < items.length; i++) {
    const item = items[i];
    let j = i - 1;
    for (; j >= 0 && items[j].first > item.first; j--) items[j + 1] = items[j];
    items[j + 1] = item;
  }
  return items;
}

/** Whether one of `spans` overlaps tokens `[first, last)` (a loop: no callback made per token). */
export function overlapsAny(spans: readonly NameMention[], first: number, last: number): boolean {
  for (const s of spans) if (s.first < last && s.last > first) return true;
  return false;
}

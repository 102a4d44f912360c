import type { Gazetteer, GazetteerEntry, GazetteerNode } from './gazetteer.js';

/** A gazetteer phrase found over tokens `first` (inclusive) to `last` (exclusive). */
export interface GazetteerMatch {
  first: number;
  last: number;
  entries: GazetteerEntry[];
}

/** Every phrase starting at one position, shortest first; computed once per token list. */
type Matches = GazetteerMatch[];

const positions = new WeakMap<readonly string[], { gazetteer: Gazetteer; at: (Matches | undefined)[] }>();

/** What most positions start: shared, never changed. */
const NO_MATCHES: Matches = [];

/** The token list asked about last and its cache: most calls in a row are about one list. */
let lastKeys: readonly string[] | undefined;
let lastCache: { gazetteer: Gazetteer; at: (Matches | undefined)[] } | undefined;

function matchesFrom(gazetteer: Gazetteer, keys: readonly string[], at: number): Matches {
  let cache = keys === lastKeys ? lastCache : positions.get(keys);
  if (!cache || cache.gazetteer !== gazetteer) {
    cache = { gazetteer, at: new Array(keys.length) };
    positions.set(keys, cache);
  }
  lastKeys = keys;
  lastCache = cache;
  let found = cache.at[at];
  if (found) return found;
  let level = gazetteer.root;
  for (let i = at; i < keys.length; i++) {
    const node: GazetteerNode | undefined = level.get(keys[i]);
    if (!node) break;
    if (node.entries.length > 0) (found ??= []).push({ first: at, last: i + 1, entries: node.entries });
    level = node.next;
  }
  found ??= NO_MATCHES;
  cache.at[at] = found;
  return found;
}

/**
 * The longest phrase of the gazetteer starting at token `at` and ending by `to` (with an entry of
 * one of `kinds`, when given), or undefined. Lookups are remembered per token list, so asking
 * again about the same tokens costs an array read.
 */
export function longestMatchAt(gazetteer: Gazetteer, keys: readonly string[], at: number, to = keys.length, kinds?: ReadonlySet<string>): GazetteerMatch | undefined {
  if (at < 0 || at >= keys.length) return undefined;
  const found = matchesFrom(gazetteer, keys, at);
  for (let k = found.length - 1; k >= 0; k--) {
    const match = found[k];
    if (match.last <= to && (!kinds || match.entries.some((e) => kinds.has(e.kind)))) return match;
  }
  return undefined;
}

/**
 * Gazetteer phrases over a run of token keys, longest first, left to right, never overlapping.
 * Keys are `entityKey`s; `kinds` keeps only phrases with such an entry. Over `['وزیر','امور','خارجه','روسیه']`
 * → `وزیر` (role) and `روسیه` (country).
 */
export function matchGazetteer(gazetteer: Gazetteer, keys: readonly string[], from = 0, to = keys.length, kinds?: ReadonlySet<string>): GazetteerMatch[] {
  const matches: GazetteerMatch[] = [];
  let i = from;
  while (i < to) {
    const match = longestMatchAt(gazetteer, keys, i, to, kinds);
    if (match) {
      matches.push(match);
      i = match.last;
    } else i++;
  }
  return matches;
}

/** The first entry of one of `kinds`, preferring unambiguous ones. */
export function entryOfKind(entries: readonly GazetteerEntry[], kinds: ReadonlySet<string>): GazetteerEntry | undefined {
  let fallback: GazetteerEntry | undefined;
  for (const entry of entries) {
    if (!kinds.has(entry.kind)) continue;
    if (!entry.ambiguous) return entry;
    fallback ??= entry;
  }
  return fallback;
}

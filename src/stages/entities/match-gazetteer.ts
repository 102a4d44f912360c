import type { Gazetteer, GazetteerEntry, GazetteerNode } from './gazetteer.js';
import type { WordInfo } from './word-info.js';

/** A gazetteer phrase found over tokens `first` (inclusive) to `last` (exclusive). */
export interface GazetteerMatch {
  first: number;
  last: number;
  entries: GazetteerEntry[];
}

/** Every phrase starting at one position, shortest first; computed once per token list. */
type Matches = GazetteerMatch[];

/** A token list's cache: the phrases found from each position, and the lists' word descriptions when known. */
interface PositionCache {
  gazetteer: Gazetteer;
  at: (Matches | undefined)[];
  words: readonly WordInfo[] | undefined;
}

const positions = new WeakMap<readonly string[], PositionCache>();

/** The word descriptions of token key lists (`keys[i] === words[i].key`), see {@link shareWordInfo}. */
const wordsOfKeys = new WeakMap<readonly string[], readonly WordInfo[]>();

/**
 * Tells the lookups below that `keys` are the keys of `words` (`keys[i] === words[i].key`): a
 * phrase's first word is then found in the gazetteer once per word description (remembered on it)
 * instead of once per token.
 */
export function shareWordInfo(keys: readonly string[], words: readonly WordInfo[]): void {
  wordsOfKeys.set(keys, words);
}

/** The trie node of `key` (the key of `word` when given) at the gazetteer's root, or undefined. */
function rootNode(gazetteer: Gazetteer, key: string, word: WordInfo | undefined): GazetteerNode | undefined {
  if (word === undefined || word.key !== key) return gazetteer.root.get(key);
  if (word.rootOwner !== gazetteer) {
    word.rootNode = gazetteer.root.get(key);
    word.rootOwner = gazetteer;
  }
  return word.rootNode;
}

/** What most positions start: shared, never changed. */
const NO_MATCHES: Matches = [];

/** The token list asked about last and its cache: most calls in a row are about one list. */
let lastKeys: readonly string[] | undefined;
let lastCache: PositionCache | undefined;

function matchesFrom(gazetteer: Gazetteer, keys: readonly string[], at: number): Matches {
  let cache = keys === lastKeys ? lastCache : positions.get(keys);
  if (!cache || cache.gazetteer !== gazetteer) {
    cache = { gazetteer, at: new Array(keys.length), words: wordsOfKeys.get(keys) };
    positions.set(keys, cache);
  }
  lastKeys = keys;
  lastCache = cache;
  let found = cache.at[at];
  if (found) return found;
  let node = rootNode(gazetteer, keys[at], cache.words?.[at]);
  for (let i = at; node !== undefined; ) {
    if (node.entries.length > 0) (found ??= []).push({ first: at, last: i + 1, entries: node.entries });
    if (++i >= keys.length) break;
    node = node.next.get(keys[i]);
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
    if (match.last <= to && (!kinds || hasKind(match.entries, kinds))) return match;
  }
  return undefined;
}

/** Whether one of `entries` is of one of `kinds` (a loop: no callback made per phrase looked at). */
function hasKind(entries: readonly GazetteerEntry[], kinds: ReadonlySet<string>): boolean {
  for (const entry of entries) if (kinds.has(entry.kind)) return true;
  return false;
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

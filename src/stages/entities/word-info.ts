import { combine, fnv1a, FNV_OFFSET, fnvStep } from '../../model/feature-hash.js';
import { foldWord, stripZwnj } from '../../text/fold.js';
import { entityKey } from './entity-key.js';
import type { Gazetteer, GazetteerNode } from './gazetteer.js';

/** What the tagger knows about one word form, hashed once and cached. */
export interface WordInfo {
  /** The {@link entityKey}: what gazetteers are looked up by. */
  key: string;
  /**
   * Hash of the key. This hash and the four below are signed 32-bit integers (features combine
   * their bits only): small integers to the engine, never boxed numbers.
   */
  word: number;
  /** Hashes of the last 2 and 3 letters and the first 3 (قری in باقری, ...). */
  suffix2: number;
  suffix3: number;
  prefix3: number;
  /** Hash of the shape: Persian word, Latin, digits, mixed, punctuation, and its length class. */
  shape: number;
  /** 0 for a word the corpus never saw, else 1 + ⌊log₂ count⌋, at most 12. */
  frequency: number;
  /** Distributional classes (coarse, fine) shared with the POS tagger; -1 for a word they do not know, {@link NO_CLASSES} without classes at all. */
  coarse: number;
  fine: number;
  /** The tagger's per-word feature hashes, filled on first use (see `tagger-features.ts`). */
  hashes?: Int32Array;
  /** Where the rows of those hashes in the tagger's weights start in its rows table, valid in that table's generation `rowsGeneration` (see `tagger-features.ts`). */
  rowsAt: number;
  rowsGeneration: number;
  /** The gazetteer role table {@link gazetteerRole} was read from (see `entity-tagger.ts`), filled on first use. */
  roleTable?: ReadonlyMap<string, number>;
  /** The key's hash in `roleTable` (0 when none), valid while `roleTable` is the table asked about. */
  gazetteerRole?: number;
  /** Whether the key is a stop word (set with `roleTable`). */
  stopWord?: boolean;
  /** The gazetteer trie's node of the key at its root (undefined when none), read in `rootOwner` (see `match-gazetteer.ts`). */
  rootNode?: GazetteerNode;
  rootOwner?: Gazetteer;
  /** The key's `skeletonKey`, filled on first use (see `propagate-names.ts`). */
  skeleton?: string;
  /** One bit per key test already made on this word, and one per test it passed (see `word-tests.ts`). */
  tested: number;
  passed: number;
}

/** `coarse`/`fine` when no word classes are loaded (or not the ones the weights know): the tagger then leaves those features out. */
export const NO_CLASSES = -2;

/** Where word statistics come from: corpus counts and distributional classes (`coarse * 1024 + fine`). */
export interface WordStatistics {
  /** How often the folded, half-space-free word was seen (PerDT train). */
  count(word: string): number;
  /** `data/morph/word-clusters.tsv`, parsed by the morphology lexicon; empty without it. */
  clusters?: ReadonlyMap<string, number>;
}

const enum Template {
  Suffix2 = 101,
  Suffix3 = 102,
  Prefix3 = 103,
  Shape = 104,
}

function shapeOf(key: string): string {
  if (key === '') return 'empty';
  let persian = 0;
  let latin = 0;
  let digit = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digit++;
    else if (c >= 0x61 && c <= 0x7a) latin++;
    else if (c >= 0x0620 && c <= 0x06ff) persian++;
  }
  const kind = digit === key.length ? 'D' : persian === key.length ? 'P' : latin + digit === key.length ? (digit > 0 ? 'M' : 'L') : persian + latin + digit === 0 ? 'S' : 'X';
  const length = key.length <= 2 ? 's' : key.length <= 4 ? 'm' : key.length <= 7 ? 'l' : 'xl';
  return kind + length;
}

/**
 * A fingerprint of the distributional classes (FNV-1a over every `word<TAB>class` pair), so the
 * tagger's weights can say which classes they were trained with: `'none'` for no classes.
 */
export function clusterFingerprint(clusters: ReadonlyMap<string, number> | undefined): string {
  if (!clusters || clusters.size === 0) return 'none';
  let hash = FNV_OFFSET;
  for (const [word, id] of clusters) {
    const line = `${word}\t${id}\n`;
    for (let i = 0; i < line.length; i++) hash = fnvStep(hash, line.charCodeAt(i));
  }
  return hash.toString(16).padStart(8, '0');
}

/** The frequency bucket: 0 for an unseen word, else 1 + ⌊log₂ count⌋, at most 12. */
export function frequencyBucket(count: number): number {
  return count <= 0 ? 0 : Math.min(12, 1 + Math.floor(Math.log2(count)));
}

/**
 * A cached describer of word forms (a token's `norm`) for the tagger, holding up to `limit`
 * words: news repeats its vocabulary, so most lookups hit.
 * `createWordInfoCache(stats)('باقری')` → `{key: 'باقری', suffix3: hash('قری'), frequency: ..., ...}`.
 */
export function createWordInfoCache(statistics: WordStatistics, limit = 200_000): (norm: string) => WordInfo {
  const cache = new Map<string, WordInfo>();
  return (norm: string): WordInfo => {
    let info = cache.get(norm);
    if (info) return info;
    const key = entityKey(norm);
    const folded = stripZwnj(foldWord(norm));
    const cluster = statistics.clusters?.get(folded) ?? 0;
    const n = key.length;
    info = {
      key,
      word: fnv1a(key) | 0,
      suffix2: combine(Template.Suffix2, fnv1a(key, Math.max(0, n - 2))) | 0,
      suffix3: combine(Template.Suffix3, fnv1a(key, Math.max(0, n - 3))) | 0,
      prefix3: combine(Template.Prefix3, fnv1a(key, 0, Math.min(n, 3))) | 0,
      shape: combine(Template.Shape, fnv1a(shapeOf(key))) | 0,
      frequency: frequencyBucket(statistics.count(folded)),
      coarse: !statistics.clusters ? NO_CLASSES : cluster > 0 ? cluster >> 10 : -1,
      fine: !statistics.clusters ? NO_CLASSES : cluster > 0 ? cluster & 1023 : -1,
      hashes: undefined,
      rowsAt: -1,
      rowsGeneration: 0,
      roleTable: undefined,
      gazetteerRole: 0,
      stopWord: false,
      rootNode: undefined,
      rootOwner: undefined,
      tested: 0,
      passed: 0,
    };
    if (cache.size >= limit) cache.clear();
    cache.set(norm, info);
    return info;
  };
}

import type { HalfSpaceLexicon } from '../../../lexicon/half-space-lexicon.js';
import { joinsLeft } from '../../../text/characters.js';
import { zwnjPositions } from '../../../text/fold.js';
import type { BinaryPerceptron } from '../../../model/averaged-perceptron.js';

/** A trained boundary classifier with the lexicon statistics its features read. */
export interface BoundaryModel {
  model: BinaryPerceptron;
  stats: BoundaryStats;
}

/** A model made on first use (parsing weights costs start-up time most inputs never need). */
export type LazyBoundaryModel = () => BoundaryModel | undefined;

/** Counts the boundary model reads: standalone word counts, and how often a string heads or ends a half-spaced word. */
export interface BoundaryStats {
  count(word: string): number;
  /** Distinct half-spaced words whose part before some half-space is `left` (هم‌، بهره‌). */
  heads: Map<string, number>;
  /** Distinct half-spaced words whose part after some half-space is `right` (‌آمیز، ‌سازی). */
  tails: Map<string, number>;
}

/** Gathers the statistics from the lexicon once. */
export function boundaryStats(lexicon: HalfSpaceLexicon): BoundaryStats {
  const heads = new Map<string, number>();
  const tails = new Map<string, number>();
  for (const [key, entry] of lexicon.forms) {
    if (entry.bestCount === 0) continue;
    for (const p of zwnjPositions(entry.best)) {
      heads.set(key.slice(0, p), (heads.get(key.slice(0, p)) ?? 0) + 1);
      tails.set(key.slice(p), (tails.get(key.slice(p)) ?? 0) + 1);
    }
  }
  return { count: (word) => lexicon.forms.get(word)?.total ?? 0, heads, tails };
}

function bucket(n: number): number {
  return n <= 0 ? 0 : Math.min(8, Math.floor(Math.log2(n)) + 1);
}

/** Plural and clitic endings stripped from the right part to find its base (`دوستان` → `دوست`). */
const ENDINGS = ['هایی', 'های', 'ها', 'ان', 'ی', 'ای'];

/**
 * Features of the boundary before letter `p` of `word` (letters only): the letters around it,
 * the identity of short parts, and corpus evidence about each side. `ownHalfSpace` removes the
 * word's own contribution to the head/tail counts when training on a lexicon word, `ownWords`
 * the training pair's own occurrence from the word counts (leave-one-out).
 */
export function boundaryFeatures(word: string, p: number, stats: BoundaryStats, ownHalfSpace = false, ownWords = 0): string[] {
  const left = word.slice(0, p);
  const right = word.slice(p);
  const features = ['bias'];
  for (let k = 1; k <= 4; k++) {
    features.push(k <= p ? `l${k}=${word.slice(p - k, p)}` : `l${k}=^${left}`);
    if (k > p) break;
  }
  for (let k = 1; k <= 4; k++) {
    features.push(k <= right.length ? `r${k}=${right.slice(0, k)}` : `r${k}=${right}$`);
    if (k > right.length) break;
  }
  features.push(`l2r2=${word.slice(Math.max(0, p - 2), p)}|${right.slice(0, 2)}`, `l1r1=${word[p - 1]}|${right[0]}`, `l3r1=${word.slice(Math.max(0, p - 3), p)}|${right[0]}`);
  if (left.length <= 4) features.push(`L=${left}`);
  if (right.length <= 5) features.push(`R=${right}`);
  const own = ownHalfSpace ? 1 : 0;
  const leftCount = stats.count(left) - ownWords;
  const rightCount = stats.count(right) - ownWords;
  features.push(`lc=${bucket(leftCount)}`, `rc=${bucket(rightCount)}`);
  features.push(`lh=${bucket((stats.heads.get(left) ?? 0) - own)}`, `rt=${bucket((stats.tails.get(right) ?? 0) - own)}`);
  let base = 0;
  for (const ending of ENDINGS) {
    if (right.length > ending.length + 1 && right.endsWith(ending)) base = Math.max(base, stats.count(right.slice(0, -ending.length)));
  }
  features.push(`rb=${bucket(base)}`, `lcrc=${bucket(leftCount)}|${bucket(rightCount)}`);
  features.push(`ll=${Math.min(left.length, 7)}`, `rl=${Math.min(right.length, 7)}`);
  return features;
}

/** The boundaries of `word` that could hold a visible half-space: after a joining letter, two letters in. */
export function candidateBoundaries(word: string): number[] {
  const positions: number[] = [];
  for (let p = 2; p <= word.length - 2; p++) if (joinsLeft(word.charCodeAt(p - 1))) positions.push(p);
  return positions;
}

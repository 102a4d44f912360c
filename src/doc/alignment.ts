/**
 * Alignment between the original text and its normalized view.
 *
 * Stored as flat runs `[origLen0, normLen0, origLen1, normLen1, ...]` that cover both texts
 * from start to end. A run with equal lengths is a *copy* run: character i of its original
 * part corresponds to character i of its normalized part (a character may have been
 * replaced, e.g. ي → ی). A run with different lengths is a *block*: its characters
 * correspond only as a whole (three spaces collapsed to one is `[3, 1]`; a deleted kashida
 * is `[1, 0]`; an inserted half-space is `[0, 1]`).
 *
 * Example: original `مي توانند` (9 units) normalized to `می‌توانند` (9 units, the space turned
 * into U+200C) is the single copy run `[9, 9]`; original `ميتوانند` → `می‌توانند` is
 * `[2, 2, 0, 1, 6, 6]`.
 */
export type AlignmentRuns = number[];

/** Prefix sums over the runs, computed once per alignment for binary search. */
interface RunIndex {
  orig: Int32Array; // orig[k] = original offset where run k starts; orig[runCount] = total
  norm: Int32Array; // the same for the normalized text
}

const indexCache = new WeakMap<AlignmentRuns, RunIndex>();

function indexOf(runs: AlignmentRuns): RunIndex {
  let index = indexCache.get(runs);
  if (index) return index;
  const count = runs.length >> 1;
  const orig = new Int32Array(count + 1);
  const norm = new Int32Array(count + 1);
  for (let k = 0; k < count; k++) {
    orig[k + 1] = orig[k] + runs[2 * k];
    norm[k + 1] = norm[k] + runs[2 * k + 1];
  }
  index = { orig, norm };
  indexCache.set(runs, index);
  return index;
}

/** The last run k with `starts[k] <= p`: the run holding the character at p (for span starts). */
function runAtStart(starts: Int32Array, p: number): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= p) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The first run k with `starts[k+1] >= p`: the run holding the character before p (for span ends). */
function runAtEnd(starts: Int32Array, p: number): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid + 1] < p) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Maps one offset across the alignment. A span start inside a block maps to the block's
 * start and a span end inside a block to the block's end, so mapped spans always cover
 * what produced them.
 */
function mapOffset(runs: AlignmentRuns, p: number, fromNorm: boolean, isEnd: boolean): number {
  const index = indexOf(runs);
  const from = fromNorm ? index.norm : index.orig;
  const to = fromNorm ? index.orig : index.norm;
  const last = from.length - 1;
  if (last === 0 || p <= 0) return isEnd || last === 0 ? 0 : to[runAtStart(from, 0)];
  if (p >= from[last]) return to[last];
  const k = isEnd ? runAtEnd(from, p) : runAtStart(from, p);
  const fromLen = runs[2 * k + (fromNorm ? 1 : 0)];
  const toLen = runs[2 * k + (fromNorm ? 0 : 1)];
  if (fromLen === toLen) return to[k] + (p - from[k]);
  return isEnd ? to[k + 1] : to[k];
}

/**
 * Maps a span `[start, end)` of the normalized text to the smallest span of the original
 * that produced it. Monotone; in bounds; an empty span stays empty or collapses to a point.
 */
export function normToOrig(runs: AlignmentRuns, start: number, end: number): [number, number] {
  const s = mapOffset(runs, start, true, false);
  const e = end === start ? s : mapOffset(runs, end, true, true);
  return [s, Math.max(s, e)];
}

/** Maps a span `[start, end)` of the original text to the normalized span it became. */
export function origToNorm(runs: AlignmentRuns, start: number, end: number): [number, number] {
  const s = mapOffset(runs, start, false, false);
  const e = end === start ? s : mapOffset(runs, end, false, true);
  return [s, Math.max(s, e)];
}

/** Total lengths `[original, normalized]` covered by the runs. */
export function alignmentLengths(runs: AlignmentRuns): [number, number] {
  let orig = 0;
  let norm = 0;
  for (let k = 0; k < runs.length; k += 2) {
    orig += runs[k];
    norm += runs[k + 1];
  }
  return [orig, norm];
}

/** The identity alignment of a text of `length` units. */
export function identityAlignment(length: number): AlignmentRuns {
  return length === 0 ? [] : [length, length];
}

/**
 * Half-space (ZWNJ, U+200C) restoration scoring, as defined by the evaluation spec.
 *
 * Both the gold sentence and the system output are reduced to *letter streams*:
 * every character except whitespace, ZWNJ, diacritics, kashida and invisible
 * format marks becomes one stream element, compared after folding letter
 * variants (Arabic ي/ك, hamza/alef forms, digits). Each element remembers what
 * separated it from the next element in its original string (`none`, `space`
 * or `zwnj`). The two streams are aligned with an LCS diff, and every boundary
 * between two elements that are matched and adjacent in *both* streams is
 * scored by comparing the gold separator with the output separator.
 *
 * Alignment: equal prefix/suffix are matched directly; the rest goes through
 * Myers' diff (cheap when outputs differ in a few letters), then a full LCS
 * table when the edit distance is large, and a linear greedy matcher when the
 * table would exceed 4e6 cells (its misses count as `unaligned`).
 *
 * The Persian strings in the @example blocks contain literal ZWNJs (e.g. in می‌روم).
 * No dependencies beyond the language itself.
 */

/** Counts accumulated over scored boundaries of one or more sentence pairs. */
export type HalfSpaceCounts = {
  /** Gold ZWNJ and output ZWNJ. */
  tp: number;
  /** Output ZWNJ where gold has a space or nothing. */
  fp: number;
  /** Gold ZWNJ where output has a space or nothing. */
  fn: number;
  /** Gold has nothing, output has a space: a word was split. */
  spacesInserted: number;
  /** Gold has a space, output has nothing: two words were glued. */
  spacesDeleted: number;
  /** Number of boundaries that were scored. */
  boundaries: number;
  /** Gold stream elements that found no partner in the output stream. */
  unaligned: number;
};

/** Separator after a stream element, stored compactly in a Uint8Array. */
const GAP_NONE = 0;
const GAP_SPACE = 1;
const GAP_ZWNJ = 2;

const ZWNJ = 0x200c;

/** Edit budget of the fast Myers diff; beyond it the full LCS table is used. */
const MAX_MYERS_EDITS = 256;
/** Above this many DP cells the LCS is replaced by a linear greedy alignment. */
const MAX_DP_CELLS = 4_000_000;
/** How far the greedy aligner looks ahead to re-synchronise after a mismatch. */
const RESYNC_WINDOW = 64;
/** How many equal elements in a row the greedy aligner needs to accept a re-sync. */
const RESYNC_RUN = 4;

/** A letter stream: folded code points plus per-element side information. */
interface LetterStream {
  /** Folded code point of each element. */
  readonly codes: Int32Array;
  /** GAP_* value: what follows each element before the next element. */
  readonly gaps: Uint8Array;
  /** 1 when the element's original (unfolded) character never connects to the following letter. */
  readonly nonJoining: Uint8Array;
  readonly length: number;
}

/** Letter variants folded before comparison (both sides). */
const FOLD: ReadonlyMap<number, number> = new Map<number, number>([
  [0x064a, 0x06cc], // ي → ی
  [0x0649, 0x06cc], // ى → ی
  [0x0626, 0x06cc], // ئ → ی
  [0x0643, 0x06a9], // ك → ک
  [0x0629, 0x0647], // ة → ه
  [0x06c0, 0x0647], // ۀ → ه
  [0x0623, 0x0627], // أ → ا
  [0x0625, 0x0627], // إ → ا
  [0x0671, 0x0627], // ٱ → ا
  [0x0622, 0x0627], // آ → ا
  [0x0624, 0x0648], // ؤ → و
]);

/**
 * Letters after which a ZWNJ changes nothing visually (they never join the
 * following letter). Checked on the original character, before folding, so
 * that e.g. ة counts as non-joining although it folds to the joining ه.
 * ٱ is included as well: it is one of the alef forms the spec folds to ا.
 */
const NON_JOINING_LETTERS: ReadonlySet<number> = new Set<number>(
  [...'اآأإٱدذرزژوؤۀةء'].map((ch) => ch.codePointAt(0) as number),
);

/** Latin, Arabic-Indic or Persian digit value, or -1. */
function digitValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (cp >= 0x0660 && cp <= 0x0669) return cp - 0x0660;
  if (cp >= 0x06f0 && cp <= 0x06f9) return cp - 0x06f0;
  return -1;
}

/** Diacritics, kashida and zero-width/format marks (other than ZWNJ) that are simply dropped. */
function isIgnorable(cp: number): boolean {
  return (
    (cp >= 0x064b && cp <= 0x065f) || // harakat, tanwin, shadda, sukun, hamza above/below…
    cp === 0x0670 || // superscript alef
    (cp >= 0x06d6 && cp <= 0x06ed) || // Quranic annotation marks
    cp === 0x0640 || // kashida (tatweel)
    cp === 0x200b || // zero width space
    cp === 0x200d || // zero width joiner
    cp === 0x200e || // LRM
    cp === 0x200f || // RLM
    (cp >= 0x202a && cp <= 0x202e) || // bidi embeddings/overrides
    (cp >= 0x2066 && cp <= 0x2069) || // bidi isolates
    cp === 0xfeff || // BOM / ZWNBSP
    cp === 0x00ad // soft hyphen
  );
}

/** Unicode whitespace (the same set as the JavaScript `\s` class, minus U+FEFF which is ignorable). */
function isWhitespace(cp: number): boolean {
  return (
    (cp >= 0x09 && cp <= 0x0d) ||
    cp === 0x20 ||
    cp === 0x85 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

/** Folded comparison key of a stream element. */
function foldCodePoint(cp: number): number {
  const digit = digitValue(cp);
  if (digit >= 0) return 0x30 + digit;
  return FOLD.get(cp) ?? cp;
}

/** Whether a ZWNJ after this original character is invisible. */
function isNonJoining(cp: number): boolean {
  return NON_JOINING_LETTERS.has(cp) || digitValue(cp) >= 0;
}

/**
 * Separator for a gap between two stream elements.
 * Choice for a gap holding both whitespace and a ZWNJ: it is a `space`. A ZWNJ
 * next to a space has no visual effect, so the reader sees two separate words.
 */
function classifyGap(sawSpace: boolean, sawZwnj: boolean): number {
  if (sawSpace) return GAP_SPACE;
  return sawZwnj ? GAP_ZWNJ : GAP_NONE;
}

/** Reduce a string to its letter stream (see the module comment). */
function buildLetterStream(text: string): LetterStream {
  const codes = new Int32Array(text.length);
  const gaps = new Uint8Array(text.length);
  const nonJoining = new Uint8Array(text.length);
  let length = 0;
  let sawSpace = false;
  let sawZwnj = false;

  for (let k = 0; k < text.length; ) {
    const cp = text.codePointAt(k) as number;
    k += cp > 0xffff ? 2 : 1;
    if (cp === ZWNJ) {
      sawZwnj = true;
    } else if (isWhitespace(cp)) {
      sawSpace = true;
    } else if (!isIgnorable(cp)) {
      if (length > 0) gaps[length - 1] = classifyGap(sawSpace, sawZwnj);
      codes[length] = foldCodePoint(cp);
      nonJoining[length] = isNonJoining(cp) ? 1 : 0;
      length++;
      sawSpace = false;
      sawZwnj = false;
    }
  }
  // The gap after the last element is not a boundary and stays GAP_NONE.
  return {
    codes: codes.subarray(0, length),
    gaps: gaps.subarray(0, length),
    nonJoining: nonJoining.subarray(0, length),
    length,
  };
}

/**
 * Myers' O((n+m)·D) diff of a[aStart, aEnd) with b[bStart, bEnd): a minimal
 * edit script, i.e. an optimal LCS alignment, written into `match`. Gives up
 * (returning false, writing nothing) when more than `maxEdits` insertions and
 * deletions would be needed. Fast in the usual case of a few differences.
 */
function myersAlign(
  a: Int32Array,
  b: Int32Array,
  aStart: number,
  aEnd: number,
  bStart: number,
  bEnd: number,
  match: Int32Array,
  maxEdits: number,
): boolean {
  const n = aEnd - aStart;
  const m = bEnd - bStart;
  const limit = Math.min(n + m, maxEdits);
  const offset = limit + 1;
  // v[offset + k]: furthest x reached on diagonal k = x - y.
  const v = new Int32Array(2 * limit + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= limit; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]);
      let x = down ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[aStart + x] === b[bStart + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        myersBacktrack(trace, offset, n, m, aStart, bStart, match);
        return true;
      }
    }
  }
  return false;
}

/** Walk the saved Myers frontiers back from (n, m), recording the diagonal (matching) moves. */
function myersBacktrack(
  trace: Int32Array[],
  offset: number,
  n: number,
  m: number,
  aStart: number,
  bStart: number,
  match: Int32Array,
): void {
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d]; // frontier after d - 1 edits
    const k = x - y;
    let prevX = 0;
    let prevY = 0;
    if (d > 0) {
      const down = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]);
      const prevK = down ? k + 1 : k - 1;
      prevX = v[offset + prevK];
      prevY = prevX - prevK;
    }
    while (x > prevX && y > prevY) {
      x--;
      y--;
      match[aStart + x] = bStart + y;
    }
    x = prevX;
    y = prevY;
  }
}

/**
 * Optimal LCS alignment of a[aStart, aEnd) with b[bStart, bEnd), written into
 * `match` (gold index → output index). Uses a suffix-LCS table so the
 * alignment can be read off walking forwards.
 */
function lcsAlign(
  a: Int32Array,
  b: Int32Array,
  aStart: number,
  aEnd: number,
  bStart: number,
  bEnd: number,
  match: Int32Array,
): void {
  const n = aEnd - aStart;
  const m = bEnd - bStart;
  const width = m + 1;
  // Values never exceed min(n, m) ≤ 2000 because n·m ≤ MAX_DP_CELLS.
  const table = new Uint16Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    const ai = a[aStart + i];
    const row = i * width;
    const below = row + width;
    for (let j = m - 1; j >= 0; j--) {
      if (ai === b[bStart + j]) {
        table[row + j] = table[below + j + 1] + 1;
      } else {
        const down = table[below + j];
        const right = table[row + j + 1];
        table[row + j] = down >= right ? down : right;
      }
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[aStart + i] === b[bStart + j]) {
      match[aStart + i] = bStart + j;
      i++;
      j++;
    } else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) {
      i++;
    } else {
      j++;
    }
  }
}

/** Whether a and b agree for RESYNC_RUN elements (or up to the end of either) from x and y. */
function agreesFrom(a: Int32Array, b: Int32Array, x: number, y: number, aEnd: number, bEnd: number): boolean {
  if (x >= aEnd || y >= bEnd) return false;
  for (let k = 0; k < RESYNC_RUN && x + k < aEnd && y + k < bEnd; k++) {
    if (a[x + k] !== b[y + k]) return false;
  }
  return true;
}

/**
 * Linear-time fallback alignment for very long inputs: match equal elements,
 * and after a mismatch skip ahead (substitution, or a gap in one stream) to the
 * nearest point where the streams agree again (within RESYNC_WINDOW); otherwise
 * treat it as a one-element substitution. Elements it cannot place stay unaligned.
 */
function greedyAlign(
  a: Int32Array,
  b: Int32Array,
  aStart: number,
  aEnd: number,
  bStart: number,
  bEnd: number,
  match: Int32Array,
): void {
  let i = aStart;
  let j = bStart;
  outer: while (i < aEnd && j < bEnd) {
    if (a[i] === b[j]) {
      match[i++] = j++;
      continue;
    }
    // Nearest re-sync first; at equal distance prefer substitution, then a gap.
    for (let d = 1; d <= RESYNC_WINDOW; d++) {
      if (agreesFrom(a, b, i + d, j + d, aEnd, bEnd)) {
        i += d; // d elements substituted
        j += d;
        continue outer;
      }
      if (agreesFrom(a, b, i + d, j, aEnd, bEnd)) {
        i += d; // gold elements missing from the output
        continue outer;
      }
      if (agreesFrom(a, b, i, j + d, aEnd, bEnd)) {
        j += d; // extra elements in the output
        continue outer;
      }
    }
    i++; // no re-sync in sight: treat as a substitution and move on
    j++;
  }
}

/** Gold index → output index (-1 when unaligned) for two letter streams. */
function alignStreams(gold: LetterStream, output: LetterStream): Int32Array {
  const a = gold.codes;
  const b = output.codes;
  const match = new Int32Array(a.length).fill(-1);

  // Equal prefix and suffix are aligned directly; only the middle needs a diff.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) {
    match[start] = start;
    start++;
  }
  let aEnd = a.length;
  let bEnd = b.length;
  while (aEnd > start && bEnd > start && a[aEnd - 1] === b[bEnd - 1]) {
    aEnd--;
    bEnd--;
    match[aEnd] = bEnd;
  }

  // Few differences: Myers. Many: full LCS table if affordable, else greedy.
  const cells = (aEnd - start) * (bEnd - start);
  if (cells === 0) return match;
  if (myersAlign(a, b, start, aEnd, start, bEnd, match, MAX_MYERS_EDITS)) return match;
  if (cells <= MAX_DP_CELLS) lcsAlign(a, b, start, aEnd, start, bEnd, match);
  else greedyAlign(a, b, start, aEnd, start, bEnd, match);
  return match;
}

/** Add the verdict for one scored boundary to `counts`. */
function scoreBoundary(goldGap: number, outputGap: number, counts: HalfSpaceCounts): void {
  counts.boundaries++;
  if (goldGap === GAP_ZWNJ && outputGap === GAP_ZWNJ) counts.tp++;
  else if (outputGap === GAP_ZWNJ) counts.fp++;
  else if (goldGap === GAP_ZWNJ) counts.fn++;
  else if (goldGap === GAP_NONE && outputGap === GAP_SPACE) counts.spacesInserted++;
  else if (goldGap === GAP_SPACE && outputGap === GAP_NONE) counts.spacesDeleted++;
}

/** A ZWNJ after a non-joining character is invisible: read it as "nothing". */
function visibleGap(gap: number, invisible: boolean): number {
  return invisible && gap === GAP_ZWNJ ? GAP_NONE : gap;
}

/**
 * All-zero counts, the identity for {@link addCounts}.
 *
 * @example
 * emptyCounts() // → { tp: 0, fp: 0, fn: 0, spacesInserted: 0, spacesDeleted: 0, boundaries: 0, unaligned: 0 }
 */
export function emptyCounts(): HalfSpaceCounts {
  return { tp: 0, fp: 0, fn: 0, spacesInserted: 0, spacesDeleted: 0, boundaries: 0, unaligned: 0 };
}

/**
 * Field-wise sum of two count records (neither argument is modified).
 *
 * @example
 * addCounts(scoreSentence('می‌روم', 'می‌روم'), scoreSentence('کتاب‌ها', 'کتابها'))
 * // → { tp: 1, fp: 0, fn: 1, spacesInserted: 0, spacesDeleted: 0, boundaries: 9, unaligned: 0 }
 */
export function addCounts(a: HalfSpaceCounts, b: HalfSpaceCounts): HalfSpaceCounts {
  return {
    tp: a.tp + b.tp,
    fp: a.fp + b.fp,
    fn: a.fn + b.fn,
    spacesInserted: a.spacesInserted + b.spacesInserted,
    spacesDeleted: a.spacesDeleted + b.spacesDeleted,
    boundaries: a.boundaries + b.boundaries,
    unaligned: a.unaligned + b.unaligned,
  };
}

/**
 * Score the half-spaces of one system output against its gold sentence.
 *
 * Only boundaries between two letters that are aligned and adjacent in both
 * strings are scored; a ZWNJ after a non-joining letter (ا د ذ ر ز ژ و …, digits)
 * is invisible and counts as nothing on both sides. The boundary is treated as
 * invisible when the letter before it is non-joining in either string (e.g.
 * gold ة vs output ه), so neither side is blamed for an invisible mark.
 *
 * @example
 * scoreSentence('می‌روم به خانه', 'میروم به خانه')
 * // → { tp: 0, fp: 0, fn: 1, spacesInserted: 0, spacesDeleted: 0, boundaries: 10, unaligned: 0 }
 */
export function scoreSentence(gold: string, output: string): HalfSpaceCounts {
  const g = buildLetterStream(gold);
  const o = buildLetterStream(output);
  const match = alignStreams(g, o);
  const counts = emptyCounts();

  for (let i = 0; i < g.length; i++) {
    if (match[i] < 0) counts.unaligned++;
  }
  for (let i = 0; i + 1 < g.length; i++) {
    const j = match[i];
    if (j < 0 || match[i + 1] !== j + 1) continue;
    const invisible = g.nonJoining[i] === 1 || o.nonJoining[j] === 1;
    scoreBoundary(visibleGap(g.gaps[i], invisible), visibleGap(o.gaps[j], invisible), counts);
  }
  return counts;
}

/**
 * Precision, recall and F1 of ZWNJ placement. Precision (recall) is 1 when
 * nothing was predicted (expected); F1 is 0 when both are 0.
 *
 * @example
 * summarize(scoreSentence('کتاب‌ها را می‌خوانم', 'کتاب‌ها را میخوانم'))
 * // → { precision: 1, recall: 0.5, f1: 0.6666666666666666 }
 */
export function summarize(c: HalfSpaceCounts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

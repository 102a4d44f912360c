import { combine, combineLow } from '../../model/feature-hash.js';
import type { HashedPerceptron } from '../../model/hashed-perceptron.js';
import { encodeRow } from '../../model/sparse-rows.js';
import { NO_CLASSES, type WordInfo } from './word-info.js';

/**
 * One sentence as the tagger sees it: per-token hashes prepared once, as signed 32-bit integers (the
 * features combine their bits only; small integers to the engine, never boxed numbers).
 */
export interface TaggerSentence {
  words: WordInfo[];
  /** Hash of the token's gazetteer class (`B:LOC-country`, `I:ORG`, `TITLE`...), 0 when none. */
  gazetteer: number[];
  /**
   * Hash of the roles the token's word plays anywhere in the gazetteers, phrase or not (`B:ORG|I:ORG`
   * for `دانشگاه`, `B:GIVEN` for `مهدی`), 0 when none: lets `دانشگاه X` look like an organization
   * although `X` is in no list.
   */
  roles: number[];
  /** Hash of the POS tag when morphology ran, 0 otherwise. */
  pos: number[];
  /** 1 where the token sits inside «», else 0. */
  quoted: number[];
  /** 1 for tokens that never open a name (punctuation, function words): tagged O without scoring after an O. */
  closed: number[];
}

/**
 * Feature templates; their numbers are hashed into the model file, so renumbering means retraining.
 * `PrevTagRole`, `PrevTagWord` and `GazPrevTag` are unused since the Viterbi decoder (kept so the
 * others keep their numbers).
 */
const enum T {
  Bias = 1, Word, PrevWord, NextWord, Prev2Word, Next2Word, Gaz, PrevGaz, NextGaz, Prev2Gaz, Next2Gaz,
  PrevTag, PrevTagRole, PrevTagWord, PrevWordWord, WordNextWord, GazPrevTag, Freq, PrevFreq, NextFreq,
  Pos, PrevPos, NextPos, Quoted, PrevSuffix3, NextSuffix3, PrevShape, NextShape, GazNextGaz, PrevGazGaz, PosFreq,
  Coarse, Fine, PrevCoarse, NextCoarse, PrevFine, NextFine, FineFreq,
  Role, PrevRole, NextRole, RoleNextRole, PrevRoleRole, RolePos, PrevWordRole, Suffix3Pos,
}

const BOUNDARY = 0x5bd1e995;

/** Per-word features, by the role the word plays (itself, left or right neighbour...). */
const enum H {
  Word, AsPrev, AsNext, AsPrev2, AsNext2, Freq, AsPrevFreq, AsNextFreq, AsPrevSuffix3, AsNextSuffix3,
  AsPrevShape, AsNextShape, Coarse, Fine, AsPrevCoarse, AsNextCoarse, AsPrevFine, AsNextFine, Suffix2, Suffix3, Prefix3, Shape, Count,
}

/** The features a word brings wherever it stands, hashed once per distinct word. */
function wordHashes(w: WordInfo): Int32Array {
  if (w.hashes) return w.hashes;
  const h = new Int32Array(H.Count);
  h[H.Word] = combine(T.Word, w.word);
  h[H.AsPrev] = combine(T.PrevWord, w.word);
  h[H.AsNext] = combine(T.NextWord, w.word);
  h[H.AsPrev2] = combine(T.Prev2Word, w.word);
  h[H.AsNext2] = combine(T.Next2Word, w.word);
  h[H.Freq] = combine(T.Freq, w.frequency);
  h[H.AsPrevFreq] = combine(T.PrevFreq, w.frequency);
  h[H.AsNextFreq] = combine(T.NextFreq, w.frequency);
  h[H.AsPrevSuffix3] = combine(T.PrevSuffix3, w.suffix3);
  h[H.AsNextSuffix3] = combine(T.NextSuffix3, w.suffix3);
  h[H.AsPrevShape] = combine(T.PrevShape, w.shape);
  h[H.AsNextShape] = combine(T.NextShape, w.shape);
  h[H.Coarse] = combine(T.Coarse, w.coarse + 2);
  h[H.Fine] = combine(T.Fine, w.fine + 2);
  h[H.AsPrevCoarse] = combine(T.PrevCoarse, w.coarse + 2);
  h[H.AsNextCoarse] = combine(T.NextCoarse, w.coarse + 2);
  h[H.AsPrevFine] = combine(T.PrevFine, w.fine + 2);
  h[H.AsNextFine] = combine(T.NextFine, w.fine + 2);
  h[H.Suffix2] = w.suffix2;
  h[H.Suffix3] = w.suffix3;
  h[H.Prefix3] = w.prefix3;
  h[H.Shape] = w.shape;
  w.hashes = h;
  return h;
}

/** The same features for a position past either end of the sentence. */
const EDGE = (() => {
  const h = new Int32Array(H.Count);
  h[H.AsPrev] = combine(T.PrevWord, BOUNDARY - 1);
  h[H.AsNext] = combine(T.NextWord, BOUNDARY + 1);
  h[H.AsPrev2] = combine(T.Prev2Word, BOUNDARY - 2);
  h[H.AsNext2] = combine(T.Next2Word, BOUNDARY + 2);
  h[H.AsPrevFreq] = combine(T.PrevFreq, 99);
  h[H.AsNextFreq] = combine(T.NextFreq, 99);
  h[H.AsPrevSuffix3] = combine(T.PrevSuffix3, BOUNDARY);
  h[H.AsNextSuffix3] = combine(T.NextSuffix3, BOUNDARY);
  h[H.AsPrevShape] = combine(T.PrevShape, BOUNDARY);
  h[H.AsNextShape] = combine(T.NextShape, BOUNDARY);
  h[H.AsPrevCoarse] = combine(T.PrevCoarse, 0);
  h[H.AsNextCoarse] = combine(T.NextCoarse, 0);
  h[H.AsPrevFine] = combine(T.PrevFine, 0);
  h[H.AsNextFine] = combine(T.NextFine, 0);
  return h;
})();
const BIAS = combine(T.Bias, 0);

/**
 * The words' rows in the weights (see {@link wordRowsAt}): {@link H.Count} entries per word, side by
 * side in one table (a word's at its `rowsAt`), the position past either end of a sentence first.
 * Filled in the weights' layout `poolLayout`; a new generation starts (and words resolve again) when
 * that layout changes or the table holds {@link POOL_WORDS} words.
 */
let pool = new Int32Array(0);
let poolUsed = 0;
let poolLayout: object | undefined;
let poolGeneration = 0;
/** Words the rows table holds before it starts over (the word cache's size). */
const POOL_WORDS = 200_000;

/** Rows of `model` (`encodeRow` entries) of the hashes `hashes`, written into the rows table; where they start. */
function addRows(hashes: Int32Array, model: HashedPerceptron): number {
  if (poolUsed + H.Count > pool.length) {
    const grown = new Int32Array(Math.max(64 * H.Count, 2 * pool.length));
    grown.set(pool.subarray(0, poolUsed));
    pool = grown;
  }
  const at = poolUsed;
  for (let j = 0; j < H.Count; j++) pool[at + j] = encodeRow(model.rowOf(hashes[j]));
  poolUsed += H.Count;
  return at;
}

/** Starts the rows table over when `model`'s layout is not the one it was filled in, or it is full; the edge position's rows first. */
function checkPool(model: HashedPerceptron): void {
  const layout = model.layout;
  if (poolLayout === layout && poolUsed < POOL_WORDS * H.Count) return;
  poolUsed = 0;
  poolLayout = layout;
  poolGeneration++;
  addRows(EDGE, model);
}

/** Where the rows of a word's {@link wordHashes} in `model` start in the rows table, resolved on first use (call {@link checkPool} first). */
function wordRowsAt(w: WordInfo, model: HashedPerceptron): number {
  if (w.rowsGeneration === poolGeneration) return w.rowsAt;
  w.rowsAt = addRows(wordHashes(w), model);
  w.rowsGeneration = poolGeneration;
  return w.rowsAt;
}

/** The five words' hashes of one token for {@link tokenFeatures}, side by side as the rows table holds rows (scratch). */
const hashed = new Int32Array(5 * H.Count);

/** Puts a word's hashes ({@link EDGE}'s past the sentence) into {@link hashed} at `at`; returns `at`. */
function putHashes(word: WordInfo | undefined, at: number): number {
  hashed.set(word === undefined ? EDGE : wordHashes(word), at);
  return at;
}

const QUOTED = combine(T.Quoted, 1);

/** `combineLow(template, 0)` (= `combineLow(template, 0, 0)`) for every template: most tokens have no gazetteer class or role. */
const ZERO = Int32Array.from({ length: 64 }, (_, template) => combineLow(template, 0));

/** Features every sentence uses over and over: the bias, «» and each template's value 0 ({@link ZERO}), as hashes or as rows of one model. */
interface Constants {
  bias: number;
  quoted: number;
  zero: Int32Array;
}

const HASHED: Constants = { bias: BIAS, quoted: QUOTED, zero: ZERO };
let resolved: Constants | undefined;
let resolvedLayout: object | undefined;

/** `combineLow(template, a)`, read from `zero` when `a` is 0. */
function combine1(template: number, a: number, zero: Int32Array): number {
  return a === 0 ? zero[template] : combineLow(template, a);
}

/** `combineLow(template, a, b)`, read from `zero` when both are 0. */
function combine2(template: number, a: number, b: number, zero: Int32Array): number {
  return a === 0 && b === 0 ? zero[template] : combineLow(template, a, b);
}

/** {@link HASHED} as rows of `model` (`encodeRow` entries), resolved once per weights' layout. */
function constantsOf(model: HashedPerceptron | undefined): Constants {
  if (model === undefined) return HASHED;
  const layout = model.layout;
  if (resolvedLayout !== layout || !resolved) {
    resolved = resolveConstants(model);
    resolvedLayout = layout;
  }
  return resolved;
}

/** {@link HASHED} as rows of `model` (a function of its own: a callback over `model` in {@link constantsOf} would cost an allocation per call). */
function resolveConstants(model: HashedPerceptron): Constants {
  const row = (feature: number): number => encodeRow(model.rowOf(feature));
  return { bias: row(BIAS), quoted: row(QUOTED), zero: Int32Array.from(ZERO, row) };
}

/** The most features {@link tokenFeatures} writes for one token. */
export const MAX_FEATURES = 56;

/**
 * Writes the hashed observation features of token `i` into `out` (32-bit hashes, whose low bits
 * pick a weight row) and returns how many: the word
 * and its neighbours (±2), suffixes and shape, gazetteer classes and word roles around it, corpus
 * frequency, word classes and POS when present. They do not depend on the tags, so the decoder
 * scores them once per token. Shared by training (`scripts/train-ner.ts`) and tagging.
 */
export function tokenFeatures(s: TaggerSentence, i: number, out: Int32Array): number {
  return writeFeatures(s, i, out, undefined);
}

/**
 * {@link tokenFeatures} for `model.addMixed`: the same features in the same order, a word's own
 * features as its rows of `model`'s weights (resolved once per word, kept in a table of rows shared by all words), the others as
 * hashes without their top bit (`combineLow`: the same rows, and numbers the engine never boxes).
 */
export function tokenRows(s: TaggerSentence, i: number, out: Int32Array, model: HashedPerceptron): number {
  return writeFeatures(s, i, out, model);
}

/** Token `j`'s gazetteer class hash (0 when none), {@link BOUNDARY} outside the sentence. */
function gazAt(s: TaggerSentence, j: number): number {
  return j >= 0 && j < s.words.length ? s.gazetteer[j] : BOUNDARY;
}

/** Token `j`'s gazetteer role hash (0 when none), {@link BOUNDARY} outside the sentence. */
function roleAt(s: TaggerSentence, j: number): number {
  return j >= 0 && j < s.words.length ? s.roles[j] : BOUNDARY;
}

/** The features of {@link tokenFeatures}; with `model`, a word's own features as its rows in `model` (see {@link tokenRows}). */
function writeFeatures(s: TaggerSentence, i: number, out: Int32Array, model: HashedPerceptron | undefined): number {
  const n = s.words.length;
  const w = s.words[i];
  // the features of the word and its neighbours: `table` from `h` (the word), `p1`, `p2`, `n1`, `n2`
  let table: Int32Array;
  let h: number;
  let p1: number;
  let p2: number;
  let n1: number;
  let n2: number;
  if (model === undefined) {
    table = hashed;
    h = putHashes(w, 0);
    p1 = putHashes(i > 0 ? s.words[i - 1] : undefined, H.Count);
    p2 = putHashes(i > 1 ? s.words[i - 2] : undefined, 2 * H.Count);
    n1 = putHashes(i + 1 < n ? s.words[i + 1] : undefined, 3 * H.Count);
    n2 = putHashes(i + 2 < n ? s.words[i + 2] : undefined, 4 * H.Count);
  } else {
    checkPool(model);
    // the edge position's rows start the table
    h = wordRowsAt(w, model);
    p1 = i > 0 ? wordRowsAt(s.words[i - 1], model) : 0;
    p2 = i > 1 ? wordRowsAt(s.words[i - 2], model) : 0;
    n1 = i + 1 < n ? wordRowsAt(s.words[i + 1], model) : 0;
    n2 = i + 2 < n ? wordRowsAt(s.words[i + 2], model) : 0;
    table = pool;
  }
  const previousWord = i > 0 ? s.words[i - 1].word : BOUNDARY - 1;
  const nextWord = i + 1 < n ? s.words[i + 1].word : BOUNDARY + 1;
  const gaz = gazAt(s, i);
  const role = s.roles[i];
  const constants = constantsOf(model);
  const zero = constants.zero;
  let k = 0;
  out[k++] = constants.bias;
  out[k++] = table[h + H.Word];
  out[k++] = table[p1 + H.AsPrev];
  out[k++] = table[n1 + H.AsNext];
  out[k++] = table[p2 + H.AsPrev2];
  out[k++] = table[n2 + H.AsNext2];
  out[k++] = table[h + H.Suffix2];
  out[k++] = table[h + H.Suffix3];
  out[k++] = table[h + H.Prefix3];
  out[k++] = table[h + H.Shape];
  out[k++] = combine1(T.Gaz, gaz, zero);
  out[k++] = combine1(T.PrevGaz, gazAt(s, i - 1), zero);
  out[k++] = combine1(T.NextGaz, gazAt(s, i + 1), zero);
  out[k++] = combine1(T.Prev2Gaz, gazAt(s, i - 2), zero);
  out[k++] = combine1(T.Next2Gaz, gazAt(s, i + 2), zero);
  out[k++] = combine2(T.GazNextGaz, gaz, gazAt(s, i + 1), zero);
  out[k++] = combine2(T.PrevGazGaz, gazAt(s, i - 1), gaz, zero);
  out[k++] = combine1(T.Role, role, zero);
  out[k++] = combine1(T.PrevRole, roleAt(s, i - 1), zero);
  out[k++] = combine1(T.NextRole, roleAt(s, i + 1), zero);
  out[k++] = combine2(T.RoleNextRole, role, roleAt(s, i + 1), zero);
  out[k++] = combine2(T.PrevRoleRole, roleAt(s, i - 1), role, zero);
  out[k++] = combineLow(T.PrevWordWord, previousWord, w.word);
  out[k++] = combineLow(T.WordNextWord, w.word, nextWord);
  out[k++] = combineLow(T.PrevWordRole, previousWord, role);
  out[k++] = table[h + H.Freq];
  out[k++] = table[p1 + H.AsPrevFreq];
  out[k++] = table[n1 + H.AsNextFreq];
  out[k++] = table[p1 + H.AsPrevSuffix3];
  out[k++] = table[n1 + H.AsNextSuffix3];
  out[k++] = table[p1 + H.AsPrevShape];
  out[k++] = table[n1 + H.AsNextShape];
  if (w.coarse !== NO_CLASSES) {
    out[k++] = table[h + H.Coarse];
    out[k++] = table[h + H.Fine];
    out[k++] = table[p1 + H.AsPrevCoarse];
    out[k++] = table[n1 + H.AsNextCoarse];
    out[k++] = table[p1 + H.AsPrevFine];
    out[k++] = table[n1 + H.AsNextFine];
  }
  if (s.quoted[i] === 1) out[k++] = constants.quoted;
  if (s.pos[i] !== 0) {
    out[k++] = combineLow(T.Pos, s.pos[i]);
    out[k++] = combineLow(T.PrevPos, i > 0 ? s.pos[i - 1] : BOUNDARY);
    out[k++] = combineLow(T.NextPos, i + 1 < n ? s.pos[i + 1] : BOUNDARY);
    out[k++] = combineLow(T.PosFreq, s.pos[i], w.frequency);
    out[k++] = combineLow(T.RolePos, role, s.pos[i]);
    out[k++] = combineLow(T.Suffix3Pos, w.suffix3, s.pos[i]);
  }
  return k;
}

/**
 * The feature that joins a tag to the previous tag `previous` (-1 at the start of the sentence):
 * the tag pair alone. Richer transition features (the previous tag with the word, its gazetteer
 * class or role) did not help on held-apart folds of the training part, and without them the
 * decoder reads the transition scores once per sentence.
 */
export function transitionFeature(previous: number): number {
  return combine(T.PrevTag, previous + 2);
}

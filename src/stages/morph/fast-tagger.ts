import { combine, combineLow } from '../../model/feature-hash.js';
import type { HashedPerceptron } from '../../model/hashed-perceptron.js';
import { encodeRow } from '../../model/sparse-rows.js';
import { BOUNDARY, START_TAG } from './tagger.js';
import { UPOS_TAGS } from './upos.js';
import { T, type WordInfo } from './word-info.js';

const N = UPOS_TAGS.length;
/**
 * Values below this of the pair features over small classes (coarse clusters 0–39, profile tags
 * 0–18, most name bit sets) have their rows in {@link FastTagger}'s small-pair table.
 */
const SMALL = 64;
/** The templates of the small-pair table, in its order. */
const SMALL_TEMPLATES = [T.NextCoarse, T.PrevCoarse, T.PrevName, T.NextName, T.PrevProfile, T.NextProfile];

/** Slots of a word's precomputed vector: its own features, and its part as the word before, after, two before, two after. */
const SELF = 0;
const AS_PREV = N;
const AS_NEXT = 2 * N;
const AS_PREV2 = 3 * N;
const AS_NEXT2 = 4 * N;
/** Floats in a word's vector. */
export const WORD_VECTOR = 5 * N;
/**
 * Integers kept per word: its `PrevTagWord` rows by previous tag, then its `PrevTagNextWord` rows
 * (as the next word) by previous tag, then what the context features read of it.
 */
const AS_NEXT_ROWS = START_TAG + 1;
const HASH = 2 * (START_TAG + 1);
const COARSE = HASH + 1;
const NAMES = HASH + 2;
const PROFILE = HASH + 3;
export const WORD_INTS = HASH + 4;
/** The word number of the sentence boundary (before the first and after the last word). */
const EDGE = 0;

type Described = Pick<WordInfo, 'hash' | 'suffix3' | 'cluster' | 'verbClass' | 'features' | 'names' | 'profileTop'>;

/**
 * The tagger of `tagger.ts` (same features, same weights, same greedy decoding) with the work
 * that does not depend on the sentence done once per word type: every feature that reads a single
 * word is summed into that word's vector (its own features; its features as the previous, next,
 * second previous and second next word), and the two-previous-tags features are a table. Each
 * word then costs five vector additions and ten weight lookups instead of about fifty lookups.
 *
 * Words are added once ({@link addWord}) and tagged by number: their vectors and integers sit in
 * two flat arrays, so a word in a sentence costs two reads of contiguous memory instead of a walk
 * through its objects. {@link clearWords} forgets them all (the numbers are then reused).
 */
export class FastTagger {
  private readonly model: HashedPerceptron;
  private readonly tagTable: Float32Array;
  private readonly features = new Uint32Array(16);
  /** Entries of `model.addMixed`: hashes (by `combineLow`), and rows already resolved. */
  private readonly entries = new Int32Array(16);
  private readonly scores = new Float32Array(N);
  /** The words' vectors, {@link WORD_VECTOR} floats each, by word number. */
  private vectors: Float32Array;
  /** The words' integers, {@link WORD_INTS} each, by word number. */
  private ints: Int32Array;
  /** Words added (the boundary is word 0). */
  private count = 0;
  /** Changes whenever {@link clearWords} forgets the words: a number kept from another epoch is stale. */
  epoch = 0;
  /**
   * The rows of the pair features of {@link SMALL_TEMPLATES} by (template, first value, second
   * value), as `encodeRow` entries resolved on first use (0 until then): a read from a small table
   * instead of a probe of the model's index, and the same row.
   */
  private readonly smallRows = new Int32Array(SMALL_TEMPLATES.length * SMALL * SMALL);

  constructor(model: HashedPerceptron) {
    this.model = model;
    this.tagTable = new Float32Array((START_TAG + 1) * (START_TAG + 1) * N);
    for (let prev = 0; prev <= START_TAG; prev++) {
      for (let prev2 = 0; prev2 <= START_TAG; prev2++) {
        this.features[0] = combine(T.PrevTag, prev);
        this.features[1] = combine(T.PrevTags, prev, prev2);
        model.addScores(this.features, 2, this.tagTable.subarray((prev * (START_TAG + 1) + prev2) * N, (prev * (START_TAG + 1) + prev2 + 1) * N));
      }
    }
    this.vectors = new Float32Array(1024 * WORD_VECTOR);
    this.ints = new Int32Array(1024 * WORD_INTS);
    this.clearWords();
  }

  /** Words added since the last {@link clearWords}, the boundary included. */
  get words(): number {
    return this.count;
  }

  /** Forgets every word added (a new {@link epoch}); only the boundary stays. */
  clearWords(): void {
    this.count = 0;
    this.epoch++;
    this.addWord({ ...BOUNDARY, features: new Uint32Array(0) });
  }

  /** Adds a word (its vector and rows, see the class comment) and returns its number; add each word type once per {@link epoch}. */
  addWord(info: Described): number {
    const word = this.count++;
    if (this.count * WORD_INTS > this.ints.length) {
      const vectors = new Float32Array(2 * this.vectors.length);
      vectors.set(this.vectors);
      this.vectors = vectors;
      const ints = new Int32Array(2 * this.ints.length);
      ints.set(this.ints);
      this.ints = ints;
    }
    this.fillVector(info, word * WORD_VECTOR);
    const at = word * WORD_INTS;
    const ints = this.ints;
    for (let prev = 0; prev <= START_TAG; prev++) {
      ints[at + prev] = encodeRow(this.model.rowOf(combine(T.PrevTagWord, prev, info.hash)));
      ints[at + AS_NEXT_ROWS + prev] = encodeRow(this.model.rowOf(combine(T.PrevTagNextWord, prev, info.hash)));
    }
    ints[at + HASH] = info.hash;
    ints[at + COARSE] = info.cluster >> 10;
    ints[at + NAMES] = info.names;
    ints[at + PROFILE] = info.profileTop;
    return word;
  }

  /** Sums a word's vector (see the class comment) into `vectors[at..at + WORD_VECTOR)`. */
  private fillVector(info: Described, at: number): void {
    const v = this.vectors.subarray(at, at + WORD_VECTOR);
    v.fill(0);
    const f = this.features;
    this.model.addScores(info.features, info.features.length, v.subarray(SELF, SELF + N));
    f[0] = combine(T.PrevWord, info.hash);
    f[1] = combine(T.PrevSuffix, info.suffix3);
    f[2] = combine(T.PrevVerb, info.verbClass);
    f[3] = combine(T.PrevCluster, info.cluster & 1023);
    this.model.addScores(f, 4, v.subarray(AS_PREV, AS_PREV + N));
    f[0] = combine(T.NextWord, info.hash);
    f[1] = combine(T.NextSuffix, info.suffix3);
    f[2] = combine(T.NextVerb, info.verbClass);
    f[3] = combine(T.NextCluster, info.cluster & 1023);
    this.model.addScores(f, 4, v.subarray(AS_NEXT, AS_NEXT + N));
    f[0] = combine(T.Prev2Word, info.hash);
    this.model.addScores(f, 1, v.subarray(AS_PREV2, AS_PREV2 + N));
    f[0] = combine(T.Next2Word, info.hash);
    this.model.addScores(f, 1, v.subarray(AS_NEXT2, AS_NEXT2 + N));
  }

  /**
   * The entry of `model.addMixed` for feature `combine(SMALL_TEMPLATES[slot], a, b)`: its row from the
   * small-pair table, or the feature itself (`combineLow`) when a value is negative or too large for the table.
   */
  private smallPair(slot: number, a: number, b: number): number {
    if ((a | b) >>> 0 >= SMALL) return combineLow(SMALL_TEMPLATES[slot], a, b); // too large, or the boundary's cluster -1
    const at = (slot * SMALL + a) * SMALL + b;
    const row = this.smallRows[at];
    if (row !== 0) return row;
    return (this.smallRows[at] = encodeRow(this.model.rowOf(combine(SMALL_TEMPLATES[slot], a, b))));
  }

  /** Tags one sentence, the words numbered `words[0..n)` (from {@link addWord}, this epoch); tag indexes go to `out`. */
  tag(words: Int32Array, n: number, out: Uint8Array): void {
    const s = this.scores;
    const f = this.entries;
    const model = this.model;
    const tagTable = this.tagTable;
    const vectors = this.vectors;
    const ints = this.ints;
    const last = n - 1;
    let prev: number = START_TAG;
    let prev2: number = START_TAG;
    for (let i = 0; i <= last; i++) {
      const w = words[i] * WORD_INTS;
      const p1 = (i > 0 ? words[i - 1] : EDGE) * WORD_INTS;
      const n1 = (i < last ? words[i + 1] : EDGE) * WORD_INTS;
      const self = words[i] * WORD_VECTOR + SELF;
      const vp1 = (i > 0 ? words[i - 1] : EDGE) * WORD_VECTOR + AS_PREV;
      const vp2 = (i > 1 ? words[i - 2] : EDGE) * WORD_VECTOR + AS_PREV2;
      const vn1 = (i < last ? words[i + 1] : EDGE) * WORD_VECTOR + AS_NEXT;
      const vn2 = (i + 1 < last ? words[i + 2] : EDGE) * WORD_VECTOR + AS_NEXT2;
      const tags = (prev * (START_TAG + 1) + prev2) * N;
      for (let c = 0; c < N; c++) {
        s[c] = vectors[self + c] + vectors[vp1 + c] + vectors[vn1 + c] + vectors[vp2 + c] + vectors[vn2 + c] + tagTable[tags + c];
      }
      const hash = ints[w + HASH];
      const coarse = ints[w + COARSE];
      // the features of `tagger.ts` that join the word to its context (the word's own, with the
      // previous tag, and the next word's, already resolved to rows)
      f[0] = ints[w + prev]; // PrevTagWord
      f[1] = combineLow(T.WordNextWord, hash, ints[n1 + HASH]);
      f[2] = combineLow(T.PrevWordWord, ints[p1 + HASH], hash);
      f[3] = this.smallPair(0, ints[n1 + COARSE], coarse); // NextCoarse
      f[4] = this.smallPair(1, ints[p1 + COARSE], coarse); // PrevCoarse
      f[5] = ints[n1 + AS_NEXT_ROWS + prev]; // PrevTagNextWord
      f[6] = this.smallPair(2, ints[p1 + NAMES], ints[w + NAMES]); // PrevName
      f[7] = this.smallPair(3, ints[n1 + NAMES], ints[w + NAMES]); // NextName
      f[8] = this.smallPair(4, ints[p1 + PROFILE], ints[w + PROFILE]); // PrevProfile
      f[9] = this.smallPair(5, ints[n1 + PROFILE], ints[w + PROFILE]); // NextProfile
      model.addMixed(f, 10, s);
      let best = 0;
      for (let c = 1; c < N; c++) if (s[c] > s[best]) best = c;
      out[i] = best;
      prev2 = prev;
      prev = best;
    }
  }
}

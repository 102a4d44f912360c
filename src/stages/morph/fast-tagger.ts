import { combine } from '../../model/feature-hash.js';
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
/** Entries of a word's row table: its `PrevTagWord` rows by previous tag, then its `PrevTagNextWord` rows (as the next word) by previous tag. */
const AS_NEXT_ROWS = START_TAG + 1;
export const WORD_ROWS = 2 * (START_TAG + 1);

type Described = Pick<WordInfo, 'hash' | 'suffix3' | 'cluster' | 'verbClass' | 'features'>;

/**
 * The tagger of `tagger.ts` (same features, same weights, same greedy decoding) with the work
 * that does not depend on the sentence done once per word type: every feature that reads a single
 * word is summed into that word's vector (its own features; its features as the previous, next,
 * second previous and second next word), and the two-previous-tags features are a table. Each
 * word then costs five vector additions and ten weight lookups instead of about fifty lookups.
 */
export class FastTagger {
  private readonly model: HashedPerceptron;
  private readonly tagTable: Float32Array;
  private readonly boundary: Float32Array;
  private readonly features = new Uint32Array(16);
  /** Entries of `model.addMixed`: hashes, and rows already resolved. */
  private readonly entries = new Float64Array(16);
  private readonly scores = new Float32Array(N);
  private readonly edgeRows: Int32Array;
  /**
   * The rows of the pair features of {@link SMALL_TEMPLATES} by (template, first value, second
   * value), as `encodeRow` entries resolved on first use (0 until then): a read from a small table
   * instead of a probe of the model's index, and the same row.
   */
  private readonly smallRows = new Int32Array(SMALL_TEMPLATES.length * SMALL * SMALL);
  /** The sentence boundary as a word, shaped like the words themselves (one hidden class in the loop). */
  private readonly edge: WordInfo = { key: '', hash: BOUNDARY.hash, suffix3: BOUNDARY.suffix3, cluster: BOUNDARY.cluster, names: BOUNDARY.names, profileTop: BOUNDARY.profileTop, verbClass: BOUNDARY.verbClass, verbs: [], features: new Uint32Array(0) };

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
    this.boundary = this.vector({ ...BOUNDARY, features: new Uint32Array(0) });
    this.edgeRows = this.rows(this.edge);
  }

  /**
   * The word's rows of the weights for the features that join it to a tag (see {@link WORD_ROWS}),
   * resolved once (as `encodeRow` entries); cache them with the word, next to its vector.
   */
  rows(info: Pick<WordInfo, 'hash'>): Int32Array {
    const rows = new Int32Array(WORD_ROWS);
    for (let prev = 0; prev <= START_TAG; prev++) {
      rows[prev] = encodeRow(this.model.rowOf(combine(T.PrevTagWord, prev, info.hash)));
      rows[AS_NEXT_ROWS + prev] = encodeRow(this.model.rowOf(combine(T.PrevTagNextWord, prev, info.hash)));
    }
    return rows;
  }

  /** The precomputed vector of a word (see the class comment); cache it with the word. */
  vector(info: Described): Float32Array {
    const v = new Float32Array(WORD_VECTOR);
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
    return v;
  }

  /**
   * The entry of `model.addMixed` for feature `combine(SMALL_TEMPLATES[slot], a, b)`: its row from the
   * small-pair table, or the feature itself when a value is too large for the table.
   */
  private smallPair(slot: number, a: number, b: number): number {
    if (a >= SMALL || b >= SMALL) return combine(SMALL_TEMPLATES[slot], a, b);
    const at = (slot * SMALL + a) * SMALL + b;
    const row = this.smallRows[at];
    if (row !== 0) return row;
    return (this.smallRows[at] = encodeRow(this.model.rowOf(combine(SMALL_TEMPLATES[slot], a, b))));
  }

  /** Tags one sentence: `infos[i]` with its vector `vectors[i]` and its rows `rows[i]`; tag indexes go to `out`. */
  tag(infos: readonly WordInfo[], vectors: readonly Float32Array[], rows: readonly Int32Array[], out: Uint8Array): void {
    const s = this.scores;
    const f = this.entries;
    const model = this.model;
    const tagTable = this.tagTable;
    const boundary = this.boundary;
    const edge = this.edge;
    const edgeRows = this.edgeRows;
    const last = infos.length - 1;
    let prev: number = START_TAG;
    let prev2: number = START_TAG;
    for (let i = 0; i <= last; i++) {
      const w = infos[i];
      const p1 = i > 0 ? infos[i - 1] : edge;
      const n1 = i < last ? infos[i + 1] : edge;
      const vp1 = i > 0 ? vectors[i - 1] : boundary;
      const vp2 = i > 1 ? vectors[i - 2] : boundary;
      const vn1 = i < last ? vectors[i + 1] : boundary;
      const vn2 = i + 1 < last ? vectors[i + 2] : boundary;
      const self = vectors[i];
      const tags = (prev * (START_TAG + 1) + prev2) * N;
      for (let c = 0; c < N; c++) {
        s[c] = self[SELF + c] + vp1[AS_PREV + c] + vn1[AS_NEXT + c] + vp2[AS_PREV2 + c] + vn2[AS_NEXT2 + c] + tagTable[tags + c];
      }
      const hash = w.hash;
      const coarse = w.cluster >> 10;
      // the features of `tagger.ts` that join the word to its context (the word's own, with the
      // previous tag, and the next word's, already resolved to rows)
      f[0] = rows[i][prev]; // PrevTagWord
      f[1] = combine(T.WordNextWord, hash, n1.hash);
      f[2] = combine(T.PrevWordWord, p1.hash, hash);
      f[3] = this.smallPair(0, n1.cluster >> 10, coarse); // NextCoarse
      f[4] = this.smallPair(1, p1.cluster >> 10, coarse); // PrevCoarse
      f[5] = (i < last ? rows[i + 1] : edgeRows)[AS_NEXT_ROWS + prev]; // PrevTagNextWord
      f[6] = this.smallPair(2, p1.names, w.names); // PrevName
      f[7] = this.smallPair(3, n1.names, w.names); // NextName
      f[8] = this.smallPair(4, p1.profileTop, w.profileTop); // PrevProfile
      f[9] = this.smallPair(5, n1.profileTop, w.profileTop); // NextProfile
      model.addMixed(f, 10, s);
      let best = 0;
      for (let c = 1; c < N; c++) if (s[c] > s[best]) best = c;
      out[i] = best;
      prev2 = prev;
      prev = best;
    }
  }
}

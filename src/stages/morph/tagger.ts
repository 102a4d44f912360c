import { combine } from '../../model/feature-hash.js';
import type { HashedPerceptron } from '../../model/hashed-perceptron.js';
import { T, type WordInfo } from './word-info.js';

/** The Universal POS tags, in the tagger's class order. */
export const UPOS_TAGS = ['NOUN', 'ADP', 'VERB', 'PUNCT', 'ADJ', 'PRON', 'CCONJ', 'PROPN', 'AUX', 'SCONJ', 'DET', 'ADV', 'NUM', 'INTJ', 'PART', 'X', 'SYM'] as const;
export type Upos = (typeof UPOS_TAGS)[number];

/** Pseudo-words before the first and after the last word of a sentence. */
const BOUNDARY: Pick<WordInfo, 'hash' | 'suffix3' | 'cluster' | 'verbClass'> = { hash: 0x5eed, suffix3: 0x5eed, cluster: -1, verbClass: 7 };
/** The tag index standing for "no tag" before the sentence. */
const START_TAG = UPOS_TAGS.length;
/** Most features one word gets: its static ones plus the context templates. */
export const MAX_FEATURES = 64;

/**
 * Writes the features of word `i` into `out` (static features first, then context: the words,
 * suffixes, clusters and verb shapes around it and the two previous tags) and returns how many.
 */
export function wordFeatures(infos: readonly WordInfo[], i: number, prev: number, prev2: number, out: Uint32Array): number {
  const w = infos[i];
  let n = 0;
  const statics = w.features;
  for (let k = 0; k < statics.length && n < MAX_FEATURES - 20; k++) out[n++] = statics[k];
  const p1 = i > 0 ? infos[i - 1] : BOUNDARY;
  const p2 = i > 1 ? infos[i - 2] : BOUNDARY;
  const n1 = i + 1 < infos.length ? infos[i + 1] : BOUNDARY;
  const n2 = i + 2 < infos.length ? infos[i + 2] : BOUNDARY;
  out[n++] = combine(T.PrevWord, p1.hash);
  out[n++] = combine(T.NextWord, n1.hash);
  out[n++] = combine(T.Prev2Word, p2.hash);
  out[n++] = combine(T.Next2Word, n2.hash);
  out[n++] = combine(T.PrevTag, prev);
  out[n++] = combine(T.PrevTags, prev, prev2);
  out[n++] = combine(T.PrevTagWord, prev, w.hash);
  out[n++] = combine(T.PrevSuffix, p1.suffix3);
  out[n++] = combine(T.NextSuffix, n1.suffix3);
  out[n++] = combine(T.NextVerb, n1.verbClass);
  out[n++] = combine(T.PrevVerb, p1.verbClass);
  out[n++] = combine(T.WordNextWord, w.hash, n1.hash);
  out[n++] = combine(T.PrevWordWord, p1.hash, w.hash);
  out[n++] = combine(T.NextCluster, n1.cluster, w.cluster);
  out[n++] = combine(T.PrevCluster, p1.cluster, w.cluster);
  out[n++] = combine(T.PrevTagNextWord, prev, n1.hash);
  return n;
}

/** Reusable buffers for tagging, one set per tagger. */
export interface TaggerScratch {
  features: Uint32Array;
  scores: Float32Array;
}

/** Fresh buffers for {@link tagWords}. */
export function createScratch(): TaggerScratch {
  return { features: new Uint32Array(MAX_FEATURES), scores: new Float32Array(UPOS_TAGS.length) };
}

/**
 * Tags a sentence left to right (greedy, each decision seeing the two before it) and writes tag
 * indexes into `out`. `tagWords(model, infos of ['او', 'گفت'], ...)` → `[PRON, VERB]` as indexes.
 */
export function tagWords(model: HashedPerceptron, infos: readonly WordInfo[], out: Uint8Array, scratch: TaggerScratch): void {
  let prev = START_TAG;
  let prev2 = START_TAG;
  for (let i = 0; i < infos.length; i++) {
    const count = wordFeatures(infos, i, prev, prev2, scratch.features);
    const tag = model.predict(scratch.features, count, scratch.scores);
    out[i] = tag;
    prev2 = prev;
    prev = tag;
  }
}

/**
 * One training pass over a sentence with its gold tag indexes: predicts each word with the gold
 * history (so one early mistake does not spoil the rest) and corrects the weights on errors.
 * Returns the number of mistakes.
 */
export function trainSentence(model: HashedPerceptron, infos: readonly WordInfo[], gold: readonly number[], scratch: TaggerScratch): number {
  let errors = 0;
  for (let i = 0; i < infos.length; i++) {
    const prev = i > 0 ? gold[i - 1] : START_TAG;
    const prev2 = i > 1 ? gold[i - 2] : START_TAG;
    const count = wordFeatures(infos, i, prev, prev2, scratch.features);
    model.tick();
    const guess = model.predict(scratch.features, count, scratch.scores);
    if (guess !== gold[i]) {
      errors++;
      model.update(scratch.features, count, gold[i], guess);
    }
  }
  return errors;
}

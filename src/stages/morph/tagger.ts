import { combine } from '../../model/feature-hash.js';
import type { HashedPerceptron } from '../../model/hashed-perceptron.js';
import { UPOS_TAGS } from './upos.js';
import { T, type WordInfo } from './word-info.js';

/** Pseudo-words before the first and after the last word of a sentence. */
export const BOUNDARY: Pick<WordInfo, 'hash' | 'suffix3' | 'cluster' | 'verbClass' | 'names' | 'profileTop'> = { hash: 0x5eed, suffix3: 0x5eed, cluster: -1, verbClass: 7, names: 1024, profileTop: 31 };
/** The tag index standing for "no tag" before the sentence. */
export const START_TAG = UPOS_TAGS.length;
/** Most features one word gets: its static ones plus the context templates. */
export const MAX_FEATURES = 96;

/**
 * Writes the features of word `i` into `out` (static features first, then context: the words,
 * suffixes, clusters and verb shapes around it and the two previous tags) and returns how many.
 */
export function wordFeatures(infos: readonly WordInfo[], i: number, prev: number, prev2: number, out: Uint32Array): number {
  const w = infos[i];
  let n = 0;
  const statics = w.features;
  for (let k = 0; k < statics.length; k++) out[n++] = statics[k];
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
  out[n++] = combine(T.NextCluster, n1.cluster & 1023);
  out[n++] = combine(T.PrevCluster, p1.cluster & 1023);
  out[n++] = combine(T.NextCoarse, n1.cluster >> 10, w.cluster >> 10);
  out[n++] = combine(T.PrevCoarse, p1.cluster >> 10, w.cluster >> 10);
  out[n++] = combine(T.PrevTagNextWord, prev, n1.hash);
  out[n++] = combine(T.PrevName, p1.names, w.names);
  out[n++] = combine(T.NextName, n1.names, w.names);
  out[n++] = combine(T.PrevProfile, p1.profileTop, w.profileTop);
  out[n++] = combine(T.NextProfile, n1.profileTop, w.profileTop);
  return n;
}

/** Reusable buffers for training, one set per trainer. */
export interface TaggerScratch {
  features: Uint32Array;
  scores: Float32Array;
}

/** Fresh buffers for {@link trainSentence}. */
export function createScratch(): TaggerScratch {
  return { features: new Uint32Array(MAX_FEATURES), scores: new Float32Array(UPOS_TAGS.length) };
}

/**
 * One training pass over a sentence whose words carry the set of acceptable tags as a bit mask
 * (one bit for a fully tagged word; several when a treebank with other conventions only narrows
 * it down, e.g. NOUN or PROPN): predicts each word with the true history and, when the guess is
 * not acceptable, moves the weights toward the best-scoring acceptable tag. Returns the mistakes.
 */
export function trainSentence(model: HashedPerceptron, infos: readonly WordInfo[], allowed: readonly number[], scratch: TaggerScratch): number {
  let errors = 0;
  let prev: number = START_TAG;
  let prev2: number = START_TAG;
  for (let i = 0; i < infos.length; i++) {
    const count = wordFeatures(infos, i, prev, prev2, scratch.features);
    model.tick();
    const guess = model.predict(scratch.features, count, scratch.scores);
    let truth = guess;
    if ((allowed[i] & (1 << guess)) === 0) {
      errors++;
      truth = -1;
      for (let t = 0; t < UPOS_TAGS.length; t++) if (allowed[i] & (1 << t) && (truth < 0 || scratch.scores[t] > scratch.scores[truth])) truth = t;
      model.update(scratch.features, count, truth, guess);
    }
    prev2 = prev;
    prev = truth;
  }
  return errors;
}

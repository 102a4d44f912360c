/**
 * Trains the half-space boundary model (data/half-space/boundary-model.tsv) on the rare words of
 * the half-space lexicon — the words most like those the lexicon will not know — labelled by
 * where PerDT train writes their half-spaces (CC BY-SA 4.0). Each candidate boundary of a word
 * is one example. Rerun: `npm run data`.
 */
import type { HalfSpaceLexicon } from '../src/lexicon/half-space-lexicon.js';
import { BinaryPerceptron } from '../src/model/averaged-perceptron.js';
import { boundaryFeatures, boundaryStats, candidateBoundaries } from '../src/stages/normalize/half-space/boundary-features.js';
import { zwnjPositions } from '../src/text/fold.js';
import { joinsLeft } from '../src/text/characters.js';

export interface BoundaryTrainingOptions {
  /** Words seen at most this often are the training set. */
  maxCount?: number;
  epochs?: number;
}

/** Trains on the lexicon's rare words; deterministic (fixed shuffling). */
export function trainBoundaryModel(lexicon: HalfSpaceLexicon, options: BoundaryTrainingOptions = {}): BinaryPerceptron {
  const maxCount = options.maxCount ?? 3;
  const stats = boundaryStats(lexicon);
  const examples: { features: string[]; truth: boolean }[] = [];
  for (const [key, entry] of lexicon.forms) {
    if (entry.total > maxCount || key.length < 4) continue;
    const gold = new Set(entry.bestCount > entry.solidCount ? zwnjPositions(entry.best) : []);
    for (const p of candidateBoundaries(key)) {
      examples.push({ features: boundaryFeatures(key, p, stats, gold.has(p)), truth: gold.has(p) });
    }
  }
  return trainExamples(examples, options.epochs ?? 8);
}

function trainExamples(examples: { features: string[]; truth: boolean }[], epochs: number): BinaryPerceptron {
  const model = new BinaryPerceptron();
  let seed = 12345;
  const random = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = examples.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [examples[i], examples[j]] = [examples[j], examples[i]];
    }
    for (const example of examples) model.train(example.features, example.truth);
  }
  model.average();
  return model;
}

/**
 * Trains the gap model: whether a space between two words is a lost half-space, for word pairs
 * the lexicon never saw joined. Positives are the rare half-spaced words split at their
 * half-space (`بدن‌سازی` as `بدن` + `سازی`); negatives are adjacent words of the train sentences
 * whose joined form is unknown (`این` + `کتاب`).
 */
export function trainGapModel(lexicon: HalfSpaceLexicon, sentences: string[][], options: BoundaryTrainingOptions = {}): BinaryPerceptron {
  const maxCount = options.maxCount ?? 3;
  const stats = boundaryStats(lexicon);
  const examples: { features: string[]; truth: boolean }[] = [];
  for (const [key, entry] of lexicon.forms) {
    if (entry.total > maxCount || entry.bestCount <= entry.solidCount) continue;
    for (const p of zwnjPositions(entry.best)) {
      if (p >= 2 && key.length - p >= 2) examples.push({ features: boundaryFeatures(key, p, stats, true), truth: true });
    }
  }
  const seen = new Set<string>();
  for (const words of sentences) {
    for (let i = 0; i + 1 < words.length; i++) {
      const [a, b] = [words[i], words[i + 1]];
      if (a.length < 2 || b.length < 2 || !PERSIAN_WORD.test(a) || !PERSIAN_WORD.test(b)) continue;
      if (!joinsLeft(a.charCodeAt(a.length - 1)) || lexicon.forms.has(a + b) || seen.has(a + ' ' + b)) continue;
      seen.add(a + ' ' + b);
      examples.push({ features: boundaryFeatures(a + b, a.length, stats, false, 1), truth: false });
    }
  }
  return trainExamples(examples, options.epochs ?? 8);
}

const PERSIAN_WORD = /^[\u0621-\u06cc]+$/;

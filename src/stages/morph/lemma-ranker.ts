import { combine, fnv1a } from '../../model/feature-hash.js';
import type { HashedPerceptron } from '../../model/hashed-perceptron.js';
import type { NominalCandidate } from './nominal-candidates.js';
import { frequencyBucket } from './word-info.js';

/** Feature templates of the lemma ranker. */
const enum R {
  Bias, Rule, RuleTag, StemFrequency, StemLemma, LastLetter, Count, Broken, StemLength, WordFrequency, Outer, Inner, RuleTagFrequency, Ratio, HalfSpace,
}

/** Corpus evidence the ranker weighs: how often a string is seen as a word, and as a lemma. */
export interface LemmaEvidence {
  frequency(key: string): number;
  lemmaCount(key: string): number;
}

/** Whether `written` has a half-space right after its first `letters` letters (`کتاب‌ها`, 4 → true). */
function halfSpaceAfter(written: string, letters: number): boolean {
  let seen = 0;
  for (let i = 0; i < written.length; i++) {
    if (written.charCodeAt(i) === 0x200c) continue;
    if (seen === letters) return written.charCodeAt(i - 1) === 0x200c;
    seen++;
  }
  return false;
}

/** At most this many features per candidate. */
export const RANKER_FEATURES = 16;

/**
 * Features of one lemma candidate of a word (`word`: its key; `written`: folded, with its
 * half-spaces) tagged `upos`: the suffix chain (alone and with the tag), how often the stem is seen
 * as a word and as a lemma, against how often the word itself is, its last letter and length, and
 * whether the cut falls on a written half-space. Writes into `out` and returns the count.
 */
export function candidateFeatures(word: string, written: string, candidate: NominalCandidate, upos: string, evidence: LemmaEvidence, out: Uint32Array): number {
  const rule = fnv1a(candidate.suffixes.join('+'));
  const tag = fnv1a(upos);
  const stemFrequency = frequencyBucket(evidence.frequency(candidate.lemma));
  const lemmaCount = frequencyBucket(evidence.lemmaCount(candidate.lemma));
  const identity = candidate.suffixes.length === 0 ? 1 : 0;
  const inner = candidate.suffixes[0] ?? '';
  const outer = candidate.suffixes[candidate.suffixes.length - 1] ?? '';
  let n = 0;
  out[n++] = combine(R.Bias, identity);
  out[n++] = combine(R.Rule, rule);
  out[n++] = combine(R.RuleTag, rule, tag);
  out[n++] = combine(R.StemFrequency, stemFrequency, fnv1a(inner));
  out[n++] = combine(R.StemLemma, lemmaCount, fnv1a(inner));
  out[n++] = combine(R.LastLetter, candidate.lemma.charCodeAt(candidate.lemma.length - 1), fnv1a(inner));
  out[n++] = combine(R.Count, candidate.suffixes.length, tag);
  out[n++] = combine(R.Broken, candidate.broken ? 1 : 0, tag);
  out[n++] = combine(R.StemLength, Math.min(candidate.lemma.length, 8), identity);
  out[n++] = combine(R.WordFrequency, frequencyBucket(evidence.frequency(word)), identity);
  out[n++] = combine(R.Outer, fnv1a(outer), tag);
  out[n++] = combine(R.Inner, fnv1a(inner), stemFrequency);
  out[n++] = combine(R.RuleTagFrequency, rule, tag * 31 + stemFrequency);
  const wordFrequency = frequencyBucket(evidence.frequency(word));
  out[n++] = combine(R.Ratio, Math.max(-6, Math.min(6, wordFrequency - stemFrequency)) + 6, fnv1a(inner));
  const halfSpace = identity ? 0 : halfSpaceAfter(written, candidate.stemLength) ? 1 : written.length > word.length ? 2 : 3;
  out[n++] = combine(R.HalfSpace, halfSpace, fnv1a(inner));
  return n;
}

/**
 * The candidates worth ranking: the word itself, broken plurals, stems the corpus or the lemma
 * table has seen, and cuts at a half-space of the written word (`پهپاد‌های`). A cut leaving an
 * unattested stem (`کوئیلاند` → `کوئیل` + اند) is dropped, so unknown words stay whole.
 */
export function plausibleCandidates(written: string, candidates: readonly NominalCandidate[], evidence: LemmaEvidence): NominalCandidate[] {
  return candidates.filter((c, i) => i === 0 || c.broken || evidence.frequency(c.lemma) > 0 || evidence.lemmaCount(c.lemma) > 0 || halfSpaceAfter(written, c.stemLength));
}

/** Scratch buffers of the ranker. */
export interface RankerScratch {
  features: Uint32Array;
  scores: Float32Array;
}

/** Fresh buffers for {@link rankCandidates}. */
export function createRankerScratch(): RankerScratch {
  return { features: new Uint32Array(RANKER_FEATURES), scores: new Float32Array(2) };
}

/** The candidate score: weight of "yes" minus weight of "no". */
export function candidateScore(model: HashedPerceptron, count: number, scratch: RankerScratch): number {
  scratch.scores[0] = 0;
  scratch.scores[1] = 0;
  model.addScores(scratch.features, count, scratch.scores);
  return scratch.scores[1] - scratch.scores[0];
}

/**
 * The index of the best candidate for `word` (key letters) tagged `upos`.
 * `rankCandidates(model, 'کتابها', 'کتاب‌ها', nominalCandidates('کتابها'), 'NOUN', evidence, scratch)` → the index of `کتاب`.
 */
export function rankCandidates(model: HashedPerceptron, word: string, written: string, candidates: readonly NominalCandidate[], upos: string, evidence: LemmaEvidence, scratch: RankerScratch): number {
  let best = 0;
  let bestScore = -Infinity;
  for (let i = 0; i < candidates.length; i++) {
    const count = candidateFeatures(word, written, candidates[i], upos, evidence, scratch.features);
    const score = candidateScore(model, count, scratch);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

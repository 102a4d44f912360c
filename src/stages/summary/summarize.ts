import type { Span, Token } from '../../doc/doc.js';
import { contentKey, idf, numberKeys, type WordWeights } from './word-weights.js';

/** `layers.summary[i]`: a sentence chosen for the extractive summary, in report order, with its rank (1 = most central). */
export interface SummarySentence extends Span {
  rank: number;
}

/**
 * An extractive summary: sentences weighted by lead-aware centrality — each sentence's tf-idf
 * similarity to all others (what the report keeps coming back to), plus a bonus that decays from
 * the first sentence (news puts the essentials first). Returns up to `size` sentences in order.
 */
export function summarize(tokens: Token[], sentences: Span[], weights: WordWeights, size = 3, keys: readonly (string | undefined)[] = tokens.map((token) => contentKey(token, weights))): SummarySentence[] {
  if (sentences.length <= size) return sentences.map((s, i) => ({ start: s.start, end: s.end, rank: i + 1 }));
  const scores = denseScores(tokens, sentences, weights, keys);
  const order = scores.map((score, i) => ({ score, i })).sort((a, b) => b.score - a.score).slice(0, size);
  return order
    .map(({ i }, rank) => ({ start: sentences[i].start, end: sentences[i].end, rank: rank + 1 }))
    .sort((a, b) => a.start - b.start);
}

/** Above this many sentence × distinct-key cells, the scores are computed with maps instead of a table. */
const DENSE_LIMIT = 2_000_000;

/** The centrality-plus-lead score of each sentence, with each sentence's tf-idf vector a Map (any size). */
function mapScores(tokens: Token[], sentences: Span[], weights: WordWeights, keys: readonly (string | undefined)[]): number[] {
  let t = 0;
  const vectors = sentences.map((sentence) => {
    const vector = new Map<string, number>();
    while (t < tokens.length && tokens[t].end <= sentence.end) {
      const key = tokens[t].start >= sentence.start ? keys[t] : undefined;
      if (key) vector.set(key, (vector.get(key) ?? 0) + idf(weights, key));
      t++;
    }
    return vector;
  });
  const norms = vectors.map((v) => Math.sqrt([...v.values()].reduce((sum, x) => sum + x * x, 0)) || 1);
  return vectors.map((a, i) => {
    let centrality = 0;
    vectors.forEach((b, j) => {
      if (i === j) return;
      let dot = 0;
      for (const [key, x] of a) dot += x * (b.get(key) ?? 0);
      centrality += dot / (norms[i] * norms[j]);
    });
    return centrality / (sentences.length - 1) + 0.25 / (1 + i) + (a.size < 4 ? -0.2 : 0);
  });
}

/**
 * The same scores as {@link mapScores}, with the vectors as rows of one table over the report's
 * distinct keys: every sum is taken in the same order (keys in order of first use per sentence), so
 * the results are identical to the last bit. A report too large for the table goes to `mapScores`.
 */
function denseScores(tokens: Token[], sentences: Span[], weights: WordWeights, keys: readonly (string | undefined)[]): number[] {
  const n = sentences.length;
  const { tokenIds, distinct } = numberKeys(keys);
  const idfs = distinct.map((key) => idf(weights, key));
  const width = distinct.length;
  if (n * width > DENSE_LIMIT) return mapScores(tokens, sentences, weights, keys);
  const table = new Float64Array(n * width);
  const seenIn = new Int32Array(width).fill(-1);
  const members: Int32Array[] = [];
  const norms = new Float64Array(n);
  const scratch: number[] = [];
  let t = 0;
  for (let s = 0; s < n; s++) {
    const sentence = sentences[s];
    const row = s * width;
    scratch.length = 0;
    while (t < tokens.length && tokens[t].end <= sentence.end) {
      const id = tokens[t].start >= sentence.start ? tokenIds[t] : -1;
      if (id >= 0) {
        if (seenIn[id] !== s) {
          seenIn[id] = s;
          scratch.push(id);
        }
        table[row + id] = table[row + id] + idfs[id];
      }
      t++;
    }
    const order = Int32Array.from(scratch);
    members.push(order);
    let sum = 0;
    for (let m = 0; m < order.length; m++) {
      const x = table[row + order[m]];
      sum = sum + x * x;
    }
    norms[s] = Math.sqrt(sum) || 1;
  }
  const scores: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const order = members[i];
    const rowA = i * width;
    let centrality = 0;
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const rowB = j * width;
      let dot = 0;
      for (let m = 0; m < order.length; m++) {
        const id = order[m];
        dot += table[rowA + id] * table[rowB + id];
      }
      centrality += dot / (norms[i] * norms[j]);
    }
    scores[i] = centrality / (n - 1) + 0.25 / (1 + i) + (order.length < 4 ? -0.2 : 0);
  }
  return scores;
}

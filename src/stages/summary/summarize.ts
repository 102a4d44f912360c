import type { Span, Token } from '../../doc/doc.js';
import { contentKey, idf, type WordWeights } from './word-weights.js';

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
  const scores = vectors.map((a, i) => {
    let centrality = 0;
    vectors.forEach((b, j) => {
      if (i === j) return;
      let dot = 0;
      for (const [key, x] of a) dot += x * (b.get(key) ?? 0);
      centrality += dot / (norms[i] * norms[j]);
    });
    return centrality / (sentences.length - 1) + 0.25 / (1 + i) + (a.size < 4 ? -0.2 : 0);
  });
  const order = scores.map((score, i) => ({ score, i })).sort((a, b) => b.score - a.score).slice(0, size);
  return order
    .map(({ i }, rank) => ({ start: sentences[i].start, end: sentences[i].end, rank: rank + 1 }))
    .sort((a, b) => a.start - b.start);
}

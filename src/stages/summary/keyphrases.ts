import type { Span, Token } from '../../doc/doc.js';
import { contentKey, idf, type WordWeights } from './word-weights.js';

/** `layers.keyphrases[i]`: a phrase at its first occurrence, its normalized text and score (higher first). */
export interface Keyphrase extends Span {
  text: string;
  score: number;
  count: number;
}

/**
 * Keyphrases of a report: runs of up to three content words (nouns, adjectives, names — by POS when
 * the tagger ran, else by stopword list), scored by how often the phrase and its words occur in the
 * report times how rare the words are in the background collection, with a bonus for appearing in
 * the first paragraph. Phrases that are part of a better one are dropped. Returns the best `limit`.
 * `... تحریم‌های نفتی ... تحریم‌های نفتی ...` → `تحریم‌های نفتی` first.
 */
export function extractKeyphrases(tokens: Token[], firstParagraphEnd: number, weights: WordWeights, limit = 8, keys: readonly (string | undefined)[] = tokens.map((token) => contentKey(token, weights))): Keyphrase[] {
  const termFrequency = new Map<string, number>();
  for (const key of keys) if (key) termFrequency.set(key, (termFrequency.get(key) ?? 0) + 1);
  const phrases = new Map<string, { first: number; length: number; count: number }>();
  for (let i = 0; i < tokens.length; i++) {
    let key = keys[i];
    for (let n = 1; key !== undefined && n <= 3 && i + n <= tokens.length; n++) {
      const seen = phrases.get(key);
      if (seen) seen.count++;
      else phrases.set(key, { first: i, length: n, count: 1 });
      const next = keys[i + n];
      key = next === undefined ? undefined : `${key} ${next}`;
    }
  }
  const weightOf = (word: string): number => Math.log1p(termFrequency.get(word) ?? 0) * idf(weights, word);
  const scored = [...phrases].map(([key, phrase]) => {
    let wordScore = 0;
    for (let k = phrase.first; k < phrase.first + phrase.length; k++) wordScore += weightOf(keys[k] as string);
    wordScore /= phrase.length;
    const lead = tokens[phrase.first].start < firstParagraphEnd ? 1.3 : 1;
    const repeated = phrase.length > 1 && phrase.count < 2 ? 0.5 : 1;
    return { key, phrase, score: wordScore * Math.log1p(phrase.count) * lead * repeated * (1 + 0.2 * (phrase.length - 1)) };
  });
  scored.sort((a, b) => b.score - a.score || a.phrase.first - b.phrase.first);
  const chosen: Keyphrase[] = [];
  const taken: string[] = [];
  for (const { key, phrase, score } of scored) {
    if (chosen.length >= limit) break;
    if (taken.some((other) => ` ${other} `.includes(` ${key} `) || ` ${key} `.includes(` ${other} `))) continue;
    taken.push(key);
    const first = tokens[phrase.first];
    const last = tokens[phrase.first + phrase.length - 1];
    chosen.push({ start: first.start, end: last.end, text: tokens.slice(phrase.first, phrase.first + phrase.length).map((t) => t.norm).join(' '), score: Number(score.toFixed(4)), count: phrase.count });
  }
  return chosen;
}

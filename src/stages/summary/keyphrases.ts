import type { Span, Token } from '../../doc/doc.js';
import { bestFirst } from './best-first.js';
import { contentKey, idf, numberKeys, type WordWeights } from './word-weights.js';

/** `layers.keyphrases[i]`: a phrase at its first occurrence, its normalized text and score (higher first). */
export interface Keyphrase extends Span {
  text: string;
  score: number;
  count: number;
}

/** A name in the text that keyphrases count as one unit: tokens `[first, last)` of a mention of an entity. */
export interface NameUnit {
  first: number;
  last: number;
  /** The entity id: every mention of one entity counts towards one keyphrase. */
  entity: string;
  /** The entity's canonical name, which the keyphrase shows. */
  canonical: string;
}

/**
 * Keyphrases of a report: runs of up to three content words (nouns, adjectives, names — by POS when
 * the tagger ran, else by stopword list), scored by how often the phrase and its words occur in the
 * report times how rare the words are in the background collection, with a bonus for appearing in
 * the first paragraph. Phrases that are part of a better one are dropped. Returns the best `limit`.
 * Named entities (`names`, from the entity stage) are single units: `سرگئی لاوروف` … `لاوروف` …
 * `لاورف` count as one keyphrase shown by its canonical name, and no phrase runs into a name.
 * `... تحریم‌های نفتی ... تحریم‌های نفتی ...` → `تحریم‌های نفتی` first.
 */
export function extractKeyphrases(
  tokens: Token[], firstParagraphEnd: number, weights: WordWeights, limit = 8,
  keys: readonly (string | undefined)[] = tokens.map((token) => contentKey(token, weights)), names: readonly NameUnit[] = [],
): Keyphrase[] {
  // every key by a number (in order of first use), and how often it occurs
  const { tokenIds, distinct, counts: termFrequency } = numberKeys(keys);
  const nameStarting = new Map<number, NameUnit>();
  const inName = new Uint8Array(tokens.length);
  for (const name of names) {
    if (name.first >= name.last || inName.subarray(name.first, name.last).some((x) => x === 1)) continue;
    nameStarting.set(name.first, name);
    inName.fill(1, name.first, name.last);
    tokenIds.fill(-1, name.first, name.last); // no phrase runs into a name
  }
  // the phrases in order of first occurrence: names by entity, runs of words by their key numbers (one number per run)
  const phrases: Phrase[] = [];
  const byEntity = new Map<string, Phrase>();
  const byRun = new Map<number, Phrase>();
  const base = distinct.length + 1;
  for (let i = 0; i < tokens.length; i++) {
    const name = nameStarting.get(i);
    if (name) {
      const seen = byEntity.get(name.entity);
      if (seen) seen.count++;
      else {
        // a name weighs as its rarest word: a surname, not a first name shared by many
        let rarity = 0;
        for (let k = name.first; k < name.last; k++) if (keys[k]) rarity = Math.max(rarity, idf(weights, keys[k] as string));
        const phrase: Phrase = { first: i, length: name.last - name.first, count: 1, name, rarity };
        byEntity.set(name.entity, phrase);
        phrases.push(phrase);
      }
      continue;
    }
    let run = 0;
    for (let n = 1; n <= 3 && i + n <= tokens.length; n++) {
      const id = tokenIds[i + n - 1];
      if (id < 0) break;
      run = run * base + id + 1;
      const phrase = byRun.get(run);
      if (phrase) phrase.count++;
      else {
        const added: Phrase = { first: i, length: n, count: 1, name: undefined, rarity: 0 };
        byRun.set(run, added);
        phrases.push(added);
      }
    }
  }
  // a word's weight: how often the report uses it times how rare it is in the background
  const weightOf = termFrequency.map((tf, id) => Math.log1p(tf) * idf(weights, distinct[id]));
  const scored = phrases.map((phrase) => {
    const lead = tokens[phrase.first].start < firstParagraphEnd ? 1.3 : 1;
    if (phrase.name) return { phrase, score: Math.log1p(phrase.count) * phrase.rarity * Math.log1p(phrase.count) * lead };
    let wordScore = 0;
    for (let k = phrase.first; k < phrase.first + phrase.length; k++) wordScore += weightOf[tokenIds[k]];
    wordScore /= phrase.length;
    const repeated = phrase.length > 1 && phrase.count < 2 ? 0.5 : 1;
    return { phrase, score: wordScore * Math.log1p(phrase.count) * lead * repeated * (1 + 0.2 * (phrase.length - 1)) };
  });
  const chosen: Keyphrase[] = [];
  const taken: string[] = [];
  // best score first, of scores as high the phrase that comes first (only the first few are read)
  for (const { phrase, score } of bestFirst(scored, (a, b) => b.score - a.score || a.phrase.first - b.phrase.first)) {
    if (chosen.length >= limit) break;
    if (score <= 0) break;
    // a phrase is named by its words' keys (a name by its entity); none inside another taken one
    const key = phrase.name ? `@${phrase.name.entity}` : keys.slice(phrase.first, phrase.first + phrase.length).join(' ');
    if (taken.some((other) => ` ${other} `.includes(` ${key} `) || ` ${key} `.includes(` ${other} `))) continue;
    taken.push(key);
    const first = tokens[phrase.first];
    const last = tokens[phrase.first + phrase.length - 1];
    const text = phrase.name ? phrase.name.canonical : tokens.slice(phrase.first, phrase.first + phrase.length).map((t) => t.norm).join(' ');
    chosen.push({ start: first.start, end: last.end, text, score: Number(score.toFixed(4)), count: phrase.count });
  }
  return chosen;
}

/** A candidate keyphrase: tokens `[first, first + length)` at its first occurrence. */
interface Phrase {
  first: number;
  length: number;
  count: number;
  name: NameUnit | undefined;
  /** A name's weight: the idf of its rarest word. */
  rarity: number;
}

import type { Token } from '../../doc/doc.js';
import { listLines } from '../../lexicon/half-space-lexicon.js';
import { matchKey } from '../clauses/match-key.js';

/** Background statistics for keyphrases and summaries: document frequencies and stopwords. */
export interface WordWeights {
  /** Documents in the background collection. */
  documents: number;
  documentFrequency: Map<string, number>;
  stopwords: Set<string>;
}

/**
 * Parses `data/keyphrases/document-frequency.tsv` (`# documents N` then `key<TAB>df`) and
 * `data/curated/stopwords.txt`. Keys are match keys (folded, no half-spaces).
 */
export function parseWordWeights(frequencyTable: string, stopwords: string): WordWeights {
  let documents = 1;
  const documentFrequency = new Map<string, number>();
  for (const line of frequencyTable.split('\n')) {
    if (line.startsWith('# documents')) documents = Number(line.split(/\s+/)[2]) || 1;
    if (line === '' || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    documentFrequency.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  return { documents, documentFrequency, stopwords: new Set(listLines(stopwords).map(matchKey)) };
}

const idfCache = new WeakMap<WordWeights, Map<string, number>>();

/** Inverse document frequency with add-one smoothing: rare words weigh more. Cached per key. */
export function idf(weights: WordWeights, key: string): number {
  let cache = idfCache.get(weights);
  if (!cache) idfCache.set(weights, (cache = new Map()));
  let value = cache.get(key);
  if (value === undefined) {
    value = Math.log((weights.documents + 1) / ((weights.documentFrequency.get(key) ?? 0) + 1));
    if (cache.size > 100_000) cache.clear();
    cache.set(key, value);
  }
  return value;
}

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'X']);

/** The key a token counts under (its lemma when known), or undefined for function words and punctuation. */
export function contentKey(token: Token, weights: WordWeights): string | undefined {
  if (token.kind !== 'word' && token.kind !== 'mixed') return undefined;
  if (token.pos && !CONTENT_POS.has(token.pos)) return undefined;
  const key = matchKey(token.lemma && token.pos !== 'PROPN' ? token.lemma : token.norm);
  if (key.length < 2 || weights.stopwords.has(key) || weights.stopwords.has(matchKey(token.norm))) return undefined;
  return key;
}

import type { Token } from '../../doc/doc.js';
import { listLines } from '../../lexicon/half-space-lexicon.js';
import { matchKey } from '../clauses/match-key.js';

/**
 * Document frequencies of a collection: in how many of its `documents` each key occurs. The shipped
 * table counts 20-sentence pieces of a treebank; a corpus counts its own reports (see `docs/CORPUS.md`).
 */
export interface DocumentFrequency {
  /** Documents in the collection. */
  documents: number;
  documentFrequency: Map<string, number>;
}

/** Background statistics for keyphrases and summaries: document frequencies and stopwords. */
export interface WordWeights extends DocumentFrequency {
  stopwords: Set<string>;
}

/**
 * Parses a document-frequency table: `# documents N`, then `key<TAB>df` lines (other `#` lines are
 * comments) — the format of `data/keyphrases/document-frequency.tsv` and of {@link formatDocumentFrequency}.
 */
export function parseDocumentFrequency(table: string): DocumentFrequency {
  let documents = 1;
  const documentFrequency = new Map<string, number>();
  for (const line of table.split('\n')) {
    if (line.startsWith('# documents')) documents = Number(line.split(/\s+/)[2]) || 1;
    if (line === '' || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    documentFrequency.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  return { documents, documentFrequency };
}

/**
 * Writes document frequencies in the table format {@link parseDocumentFrequency} reads: one string,
 * which crosses to worker threads as a single copy (a `Map` is cloned entry by entry).
 */
export function formatDocumentFrequency(frequencies: DocumentFrequency): string {
  const lines = [`# documents ${frequencies.documents}`];
  for (const [key, df] of frequencies.documentFrequency) lines.push(`${key}\t${df}`);
  return lines.join('\n') + '\n';
}

/**
 * Parses `data/keyphrases/document-frequency.tsv` (`# documents N` then `key<TAB>df`) and
 * `data/curated/stopwords.txt`. Keys are match keys (folded, no half-spaces).
 */
export function parseWordWeights(frequencyTable: string, stopwords: string): WordWeights {
  return { ...parseDocumentFrequency(frequencyTable), stopwords: new Set(listLines(stopwords).map(matchKey)) };
}

/**
 * The same stopwords over other document frequencies — a corpus's own instead of the shipped table:
 * `withDocumentFrequency(lexicons.report.weights, corpusFrequencies)`.
 */
export function withDocumentFrequency(weights: WordWeights, frequencies: DocumentFrequency): WordWeights {
  return { documents: frequencies.documents, documentFrequency: frequencies.documentFrequency, stopwords: weights.stopwords };
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

/** A report's content keys numbered in order of first use: each token's number (-1 for none), each number's key and count. */
export interface NumberedKeys {
  tokenIds: Int32Array;
  distinct: string[];
  counts: number[];
}

/** Numbers the keys of a report's tokens (`undefined` for a token that counts under none): `['a', undefined, 'a']` → ids `0, -1, 0`. */
export function numberKeys(keys: readonly (string | undefined)[]): NumberedKeys {
  const ids = new Map<string, number>();
  const tokenIds = new Int32Array(keys.length).fill(-1);
  const distinct: string[] = [];
  const counts: number[] = [];
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    if (!key) continue;
    let id = ids.get(key);
    if (id === undefined) {
      id = distinct.length;
      ids.set(key, id);
      distinct.push(key);
      counts.push(0);
    }
    counts[id]++;
    tokenIds[k] = id;
  }
  return { tokenIds, distinct, counts };
}

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'X']);

/** The key a token counts under (its lemma when known), or undefined for function words and punctuation; `normKey` is `matchKey(token.norm)` when the caller has it. */
export function contentKey(token: Token, weights: Pick<WordWeights, 'stopwords'>, normKey?: string): string | undefined {
  if (token.kind !== 'word' && token.kind !== 'mixed') return undefined;
  if (token.pos && !CONTENT_POS.has(token.pos)) return undefined;
  const ofNorm = normKey ?? matchKey(token.norm);
  // most lemmas are the word itself, whose key the caller already has
  const key = token.lemma && token.pos !== 'PROPN' && token.lemma !== token.norm ? matchKey(token.lemma) : ofNorm;
  if (key.length < 2 || weights.stopwords.has(key) || weights.stopwords.has(ofNorm)) return undefined;
  return key;
}

/**
 * The distinct content keys of a report, sorted: what its keyphrases count, and what a corpus counts
 * once per report for its own document frequencies. `تحریم‌های نفتی و تحریم بانکی` → `بانکی, تحریم, نفتی`.
 */
export function reportTerms(tokens: readonly Token[], weights: Pick<WordWeights, 'stopwords'>): string[] {
  const terms = new Set<string>();
  for (const token of tokens) {
    const key = contentKey(token, weights);
    if (key) terms.add(key);
  }
  return [...terms].sort();
}

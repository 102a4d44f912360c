import type { DocumentFrequency } from '../../stages/summary/word-weights.js';
import type { CorpusStore } from '../store/store.js';

/**
 * Counted reports from which keyphrases and summaries score words against the corpus's own document
 * frequencies instead of the shipped table. Below it, idf steps are too coarse (in 20 reports a word
 * in one more report moves its weight by a fifth) and a topic that fills the first few reports would
 * sink as if it were a function word; the shipped table (1310 treebank pieces) is steadier until then.
 */
export const CORPUS_IDF_MIN_REPORTS = 100;

/**
 * Terms found in fewer counted reports are left out of the snapshot and score as unseen: idf
 * `log(N + 1)` instead of `log((N + 1) / 2)`, a difference of `log 2` on the rarest words. Half a
 * corpus's vocabulary occurs once (names, numbers, misspellings); leaving it out halves the table
 * that every analysis thread holds.
 */
export const CORPUS_IDF_MIN_TERM_REPORTS = 2;

/**
 * The corpus's document frequencies for the analyzer (`createAnalyzer`'s `documentFrequency`), or
 * undefined while the corpus counts fewer than `minReports` reports (default
 * {@link CORPUS_IDF_MIN_REPORTS}): then the shipped table stays. A snapshot — reports saved later do
 * not change it.
 */
export async function corpusDocumentFrequency(store: CorpusStore, minReports = CORPUS_IDF_MIN_REPORTS): Promise<DocumentFrequency | undefined> {
  if ((await store.termReports()) < minReports) return undefined;
  return store.termFrequency(CORPUS_IDF_MIN_TERM_REPORTS);
}

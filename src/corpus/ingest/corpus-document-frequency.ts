import type { Pipeline } from '../../pipeline/pipeline.js';
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

/**
 * Growth of the counted reports, as a fraction of the snapshot's count, after which
 * {@link renewingAnalyzer} takes a new snapshot: a tenth moves no word's idf by more than
 * `log 1.1` ≈ 0.1 between snapshots.
 */
export const CORPUS_IDF_RENEW_GROWTH = 0.1;

export interface RenewingAnalyzer {
  /** Runs the latest analyzer; the same object for the server's whole life. */
  pipeline: Pipeline;
  /**
   * Takes a new snapshot when the corpus first counts `minReports` reports or has grown by
   * {@link CORPUS_IDF_RENEW_GROWTH} since the last one; resolves to whether it did. Calls made
   * while one is running share it.
   */
  renew(): Promise<boolean>;
}

/**
 * An analyzer for a long-running server whose corpus grows through it (`khabar serve`): built by
 * `build` over the corpus's document frequencies (see {@link corpusDocumentFrequency}), and rebuilt
 * by `renew()` as the corpus grows, so a server filled only through the API moves from the shipped
 * table to the corpus's own without a restart. Documents already analysed keep their keyphrases.
 */
export async function renewingAnalyzer(store: CorpusStore, build: (frequencies: DocumentFrequency | undefined) => Pipeline, minReports = CORPUS_IDF_MIN_REPORTS): Promise<RenewingAnalyzer> {
  let counted = await store.termReports();
  let current = build(counted >= minReports ? await store.termFrequency(CORPUS_IDF_MIN_TERM_REPORTS) : undefined);
  let snapshot = counted >= minReports ? counted : 0;
  let running: Promise<boolean> | undefined;
  const pipeline: Pipeline = {
    get stages() {
      return current.stages;
    },
    run: (doc) => current.run(doc),
  };
  const renewOnce = async (): Promise<boolean> => {
    counted = await store.termReports();
    if (counted < minReports || (snapshot > 0 && counted < snapshot * (1 + CORPUS_IDF_RENEW_GROWTH))) return false;
    current = build(await store.termFrequency(CORPUS_IDF_MIN_TERM_REPORTS));
    snapshot = counted;
    return true;
  };
  return {
    pipeline,
    renew() {
      running ??= renewOnce().finally(() => (running = undefined));
      return running;
    },
  };
}

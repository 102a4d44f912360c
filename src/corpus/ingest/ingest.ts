import type { CorpusStore } from '../store/store.js';
import { type AnalysisPoolOptions, createAnalysisPool } from './analysis-pool.js';
import { corpusDocumentFrequency } from './corpus-document-frequency.js';
import { processQueue, type ProcessOptions, type ProcessSummary, releaseDeadWorkers } from './process-queue.js';
import type { RawReport } from './raw-report.js';
import { readInputs } from './read-inputs.js';

/** Reports queued per write while reading inputs. */
const ENQUEUE_BATCH = 200;

/** Options of {@link ingest}. */
export interface IngestOptions extends ProcessOptions, AnalysisPoolOptions {
  /** Only read and queue the inputs; `khabar worker` processes (on any machine) analyse them. */
  enqueueOnly?: boolean;
  /**
   * Score keyphrases and summaries against the corpus's own document frequencies once it counts
   * `CORPUS_IDF_MIN_REPORTS` reports (a snapshot taken when the queue is worked); default true.
   * An explicit `documentFrequency` or `pipeline` wins.
   */
  corpusFrequencies?: boolean;
}

/** What an ingest run did: inputs read and queued (or already known), reports added, duplicates, failures, problems. */
export interface IngestSummary extends ProcessSummary {
  read: number;
  queued: number;
  known: number;
  problems: number;
}

/**
 * Reads inputs into the queue (skipping reports already stored or queued), then analyses and saves
 * everything queued — including work left by a process killed mid-run. Safe to run again on the same
 * inputs: nothing is added twice. Bad inputs are reported through `onProblem` and skipped.
 */
export async function ingest(store: CorpusStore, paths: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const summary: IngestSummary = { read: 0, queued: 0, known: 0, problems: 0, added: 0, duplicates: 0, failed: 0 };
  await releaseDeadWorkers(store);
  let batch: RawReport[] = [];
  const flush = async (): Promise<void> => {
    const { queued, known } = await store.enqueue(batch);
    summary.queued += queued;
    summary.known += known;
    batch = [];
  };
  for await (const item of readInputs(paths)) {
    if ('problem' in item) {
      summary.problems++;
      options.onProblem?.(item.problem);
      continue;
    }
    summary.read++;
    batch.push(item.report);
    if (batch.length >= ENQUEUE_BATCH) await flush();
  }
  await flush();
  if (options.enqueueOnly) return summary;
  const processed = await work(store, options);
  return { ...summary, ...processed, problems: summary.problems + processed.failed };
}

/**
 * Processes the queue with a pool of analysis threads until it is empty (`khabar worker`), after
 * returning the jobs of dead local processes to it. Keyphrases score against the corpus's own
 * document frequencies when it has enough reports (see {@link IngestOptions.corpusFrequencies}).
 */
export async function work(store: CorpusStore, options: IngestOptions = {}): Promise<ProcessSummary> {
  await releaseDeadWorkers(store);
  const { waiting } = await store.queueSize();
  if (waiting === 0) return { added: 0, duplicates: 0, failed: 0 };
  const scoresKeyphrases = !options.pipeline && (options.analysis ?? 'full') === 'full' && options.corpusFrequencies !== false;
  const documentFrequency = options.documentFrequency ?? (scoresKeyphrases ? await corpusDocumentFrequency(store) : undefined);
  const pool = createAnalysisPool({ ...options, documentFrequency });
  options.progress?.start(waiting);
  try {
    return await processQueue(store, pool, options);
  } finally {
    options.progress?.stop();
    await pool.close();
  }
}

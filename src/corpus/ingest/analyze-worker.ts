import { parentPort, workerData } from 'node:worker_threads';
import { loadLexicons } from '../../lexicon/load.js';
import { createAnalyzer } from '../../pipeline/analyze.js';
import { parseDocumentFrequency } from '../../stages/summary/word-weights.js';
import { type AnalysisPoolOptions, analysisPipeline } from './analysis-pool.js';
import { prepareReport } from './prepare-report.js';
import type { RawReport } from './raw-report.js';

/** A task sent to an analysis worker thread. */
export interface AnalyzeTask {
  id: number;
  report: RawReport;
}

/** What an analysis worker thread is started with. */
export interface AnalyzeWorkerData {
  analysis?: AnalysisPoolOptions['analysis'];
  /** Document frequencies for keyphrases in the table format (`formatDocumentFrequency`); default the shipped table. */
  documentFrequency?: string;
}

/**
 * The analysis worker thread: loads the lexicons once, then analyses and prepares each report it is
 * sent (`workerData`: see {@link AnalyzeWorkerData}). Stage failures are recorded on the Doc (the
 * pipeline's `record` policy); anything else is sent back as the task's error.
 */
if (parentPort) {
  const port = parentPort;
  const data = (workerData ?? {}) as AnalyzeWorkerData;
  const analysis = data.analysis ?? 'full';
  const documentFrequency = data.documentFrequency !== undefined ? parseDocumentFrequency(data.documentFrequency) : undefined;
  const pipeline = analysisPipeline(createAnalyzer(loadLexicons(), { errors: 'record', morph: analysis !== 'minimal', documentFrequency }), analysis);
  port.on('message', (task: AnalyzeTask) => {
    try {
      const prepared = prepareReport(pipeline, task.report);
      port.postMessage({ id: task.id, prepared }, [prepared.docGzip.buffer as ArrayBuffer, prepared.viewGzip.buffer as ArrayBuffer]);
    } catch (error) {
      port.postMessage({ id: task.id, error: (error as Error).message ?? String(error) });
    }
  });
}

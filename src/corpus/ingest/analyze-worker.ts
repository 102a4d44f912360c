import { parentPort, workerData } from 'node:worker_threads';
import { loadLexicons } from '../../lexicon/load.js';
import { createAnalyzer } from '../../pipeline/analyze.js';
import { type AnalysisPoolOptions, analysisPipeline } from './analysis-pool.js';
import { prepareReport } from './prepare-report.js';
import type { RawReport } from './raw-report.js';

/** A task sent to an analysis worker thread. */
export interface AnalyzeTask {
  id: number;
  report: RawReport;
}

/**
 * The analysis worker thread: loads the lexicons once, then analyses and prepares each report it is
 * sent (`workerData.analysis`: see {@link AnalysisPoolOptions}). Stage failures are recorded on the Doc (the pipeline's `record` policy); anything else is
 * sent back as the task's error.
 */
if (parentPort) {
  const port = parentPort;
  const analysis = (workerData as { analysis?: AnalysisPoolOptions['analysis'] } | undefined)?.analysis ?? 'full';
  const pipeline = analysisPipeline(createAnalyzer(loadLexicons(), { errors: 'record', morph: analysis !== 'minimal' }), analysis);
  port.on('message', (task: AnalyzeTask) => {
    try {
      const prepared = prepareReport(pipeline, task.report);
      port.postMessage({ id: task.id, prepared }, [prepared.docGzip.buffer as ArrayBuffer, prepared.viewGzip.buffer as ArrayBuffer]);
    } catch (error) {
      port.postMessage({ id: task.id, error: (error as Error).message ?? String(error) });
    }
  });
}

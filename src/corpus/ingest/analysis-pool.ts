import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { loadLexicons } from '../../lexicon/load.js';
import { createAnalyzer } from '../../pipeline/analyze.js';
import type { Pipeline } from '../../pipeline/pipeline.js';
import { type DocumentFrequency, formatDocumentFrequency } from '../../stages/summary/word-weights.js';
import { keyingPipeline } from '../search/query-keyer.js';
import type { AnalyzeTask, AnalyzeWorkerData } from './analyze-worker.js';
import { type PreparedReport, prepareReport } from './prepare-report.js';
import type { RawReport } from './raw-report.js';

/** Analyses reports, in parallel on worker threads or inline. */
export interface AnalysisPool {
  /** Worker threads (0 when analysing inline on the calling thread). */
  readonly threads: number;
  analyze(report: RawReport): Promise<PreparedReport>;
  close(): Promise<void>;
}

/** Options of {@link createAnalysisPool}. */
export interface AnalysisPoolOptions {
  /** Worker threads; default: every core (`os.availableParallelism()`); 0 analyses inline. */
  threads?: number;
  /** The pipeline for inline analysis (workers always build the standard analyzer). */
  pipeline?: Pipeline;
  /**
   * `full` (default): the whole analysis; `keys`: only the stages search keys need (normalize, tokenize,
   * morphology); `minimal`: normalize and tokenize. The last two are for building large corpora fast.
   */
  analysis?: 'full' | 'keys' | 'minimal';
  /**
   * Document frequencies for keyphrases and summaries (a corpus's own, see `corpusDocumentFrequency`);
   * default the shipped table. Ignored with a custom `pipeline`.
   */
  documentFrequency?: DocumentFrequency;
}

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (prepared: PreparedReport) => void; reject: (error: Error) => void }>;
  /** Whether it has answered once (a worker that dies before that cannot start at all). */
  answered: boolean;
}

/**
 * The analysis threads cannot run at all (a worker died before analysing anything): the run must stop,
 * not mark every report failed.
 */
export class AnalysisUnavailable extends Error {
  constructor(reason: string) {
    super(`analysis threads cannot start: ${reason}`);
    this.name = 'AnalysisUnavailable';
  }
}

/** The part of a pipeline an analysis level runs (see {@link AnalysisPoolOptions.analysis}). */
export function analysisPipeline(pipeline: Pipeline, analysis: NonNullable<AnalysisPoolOptions['analysis']>): Pipeline {
  return analysis === 'full' ? pipeline : keyingPipeline(pipeline);
}

function inlinePool(pipeline: Pipeline): AnalysisPool {
  return {
    threads: 0,
    analyze: async (report) => prepareReport(pipeline, report),
    close: async () => {},
  };
}

/**
 * A pool of analysis worker threads, each loading the lexicons once; tasks go to the least busy
 * worker. A worker that dies fails its tasks with the reason and is replaced; one that dies before
 * analysing anything breaks the pool: every task then rejects with {@link AnalysisUnavailable}. Running from
 * TypeScript sources (tests), or with `threads: 0` or a custom pipeline, analysis runs inline.
 */
export function createAnalysisPool(options: AnalysisPoolOptions = {}): AnalysisPool {
  const threads = options.threads ?? availableParallelism();
  const workerUrl = new URL('./analyze-worker.js', import.meta.url);
  if (threads <= 0 || options.pipeline || import.meta.url.endsWith('.ts')) {
    const pipeline = options.pipeline ?? createAnalyzer(loadLexicons(), { errors: 'record', morph: options.analysis !== 'minimal', documentFrequency: options.documentFrequency });
    return inlinePool(analysisPipeline(pipeline, options.analysis ?? 'full'));
  }
  let nextId = 0;
  let closing = false;
  let broken: AnalysisUnavailable | undefined;
  const slots: Slot[] = [];
  // one string per thread, copied as a block (a Map would be cloned entry by entry)
  const workerData: AnalyzeWorkerData = { analysis: options.analysis ?? 'full', documentFrequency: options.documentFrequency && formatDocumentFrequency(options.documentFrequency) };
  const spawn = (index: number): void => {
    const slot: Slot = { worker: new Worker(workerUrl, { workerData }), pending: new Map(), answered: false };
    slot.worker.on('message', (message: { id: number; prepared?: PreparedReport; error?: string }) => {
      slot.answered = true;
      const task = slot.pending.get(message.id);
      slot.pending.delete(message.id);
      if (message.prepared) task?.resolve(message.prepared);
      else task?.reject(new Error(message.error ?? 'analysis failed'));
    });
    const fail = (reason: string): void => {
      if (!slot.answered) broken ??= new AnalysisUnavailable(reason);
      for (const task of slot.pending.values()) task.reject(broken ?? new Error(reason));
      slot.pending.clear();
      if (!closing && !broken) spawn(index);
    };
    slot.worker.on('error', (error) => fail(`analysis worker crashed: ${error.message}`));
    slot.worker.on('exit', (code) => {
      if (slots[index] === slot && code !== 0 && !closing) fail(`analysis worker exited with code ${code}`);
    });
    slots[index] = slot;
  };
  for (let i = 0; i < threads; i++) spawn(i);
  return {
    threads,
    analyze(report) {
      if (broken) return Promise.reject(broken);
      const slot = slots.reduce((best, candidate) => (candidate.pending.size < best.pending.size ? candidate : best));
      const id = nextId++;
      return new Promise<PreparedReport>((resolve, reject) => {
        slot.pending.set(id, { resolve, reject });
        slot.worker.postMessage({ id, report } satisfies AnalyzeTask);
      });
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}

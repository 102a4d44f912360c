import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import type { CorpusStore } from '../store/store.js';
import { CorpusError } from '../corpus-error.js';
import { type AnalysisPool, AnalysisUnavailable } from './analysis-pool.js';
import type { PreparedReport } from './prepare-report.js';
import type { Progress } from './progress.js';
import type { IngestProblem } from './raw-report.js';

/** What processing the queue did. */
export interface ProcessSummary {
  added: number;
  duplicates: number;
  failed: number;
}

/** Options of {@link processQueue}. */
export interface ProcessOptions {
  /** Jobs claimed at a time; default 16 per analysis thread, at least 16. */
  batchSize?: number;
  /** This worker's name in claims; default {@link workerId}(). */
  worker?: string;
  onProblem?: (problem: IngestProblem) => void;
  progress?: Progress;
}

/** When a process started (Linux: clock ticks since boot, from /proc), to tell it from a later one with the same pid; `0` where unknown. */
function startTime(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]) || 0;
  } catch {
    return 0;
  }
}

/**
 * A worker name unique to this process: `host:pid:start:random`; with it the claims of a process that
 * died on this host are recognised even after its pid was reused.
 */
export function workerId(): string {
  return `${hostname()}:${process.pid}:${startTime(process.pid)}:${randomBytes(3).toString('hex')}`;
}

/** Whether the process a worker name of this host belongs to is still running. */
function alive(pid: number, started: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return started === 0 || startTime(pid) === started;
}

/**
 * Returns to the queue the jobs claimed by processes of this host that are no longer running (a
 * `kill -9` mid-run), so that a new run takes them up at once. Claims of other hosts wait for their lease.
 */
export async function releaseDeadWorkers(store: CorpusStore): Promise<number> {
  const dead = (await store.claimants()).filter((worker) => {
    const [host, pid, started] = worker.split(':');
    return host === hostname() && Number(pid) !== process.pid && !alive(Number(pid), Number(started));
  });
  return store.release(dead);
}

/**
 * Works the ingestion queue until it is empty: claims a batch, analyses it on the pool while the
 * previous batch is written, and saves each batch (every report atomically, its job removed with it).
 * Reports that fail analysis or saving are marked failed with the reason and reported; the rest go on.
 */
export async function processQueue(store: CorpusStore, pool: AnalysisPool, options: ProcessOptions = {}): Promise<ProcessSummary> {
  const worker = options.worker ?? workerId();
  const batchSize = options.batchSize ?? Math.max(16, 16 * pool.threads);
  const summary: ProcessSummary = { added: 0, duplicates: 0, failed: 0 };
  const problem = async (jobId: number, origin: string, reason: string): Promise<void> => {
    summary.failed++;
    await store.fail(jobId, reason);
    options.onProblem?.({ origin, reason });
  };
  const claimAndAnalyze = async (): Promise<{ jobs: { id: number; origin: string; prepared?: PreparedReport; error?: string; unavailable?: boolean }[] }> => {
    const claimed = await store.claim(worker, batchSize);
    const jobs = await Promise.all(claimed.map((job) => pool.analyze(job.report).then(
      (prepared) => ({ id: job.id, origin: job.report.origin, prepared }),
      (error: Error) => ({ id: job.id, origin: job.report.origin, error: error instanceof AnalysisUnavailable ? error.message : `analysis failed: ${error.message}`, unavailable: error instanceof AnalysisUnavailable }),
    )));
    return { jobs };
  };
  let next = claimAndAnalyze();
  for (;;) {
    const { jobs } = await next;
    if (jobs.length === 0) break;
    if (jobs.some((job) => job.unavailable)) {
      // nothing can be analysed: give the claims back and stop, rather than fail every report
      await store.release([worker]);
      throw new CorpusError(jobs.find((job) => job.unavailable)?.error ?? 'analysis unavailable');
    }
    next = claimAndAnalyze();
    const ready = jobs.filter((job) => job.prepared);
    for (const job of jobs) if (job.error) await problem(job.id, job.origin, job.error);
    const outcomes = await store.save(ready.map((job) => job.prepared as PreparedReport), ready.map((job) => job.id));
    for (const [i, outcome] of outcomes.entries()) {
      if (outcome instanceof Error) await problem(ready[i].id, ready[i].origin, `could not be saved: ${outcome.message}`);
      else if (outcome.status === 'added') summary.added++;
      else summary.duplicates++;
    }
    options.progress?.tick(jobs.length);
  }
  return summary;
}

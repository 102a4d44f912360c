import { describe, expect, it } from 'vitest';
import { type AnalysisPool, AnalysisUnavailable } from '../../src/corpus/ingest/analysis-pool.js';
import { prepareReport } from '../../src/corpus/ingest/prepare-report.js';
import { processQueue } from '../../src/corpus/ingest/process-queue.js';
import { SAMPLE_REPORTS } from './sample-reports.js';
import { SQLITE_BACKEND, testPipeline } from './store-fixture.js';

const pipeline = testPipeline();

function pool(analyze: AnalysisPool['analyze']): AnalysisPool {
  return { threads: 1, analyze, close: async () => {} };
}

describe('working the queue', () => {
  it('marks a report that fails analysis as failed, with its reason, and goes on', async () => {
    const { store, cleanup } = await SQLITE_BACKEND.open(pipeline);
    try {
      await store.enqueue(SAMPLE_REPORTS);
      const problems: string[] = [];
      const summary = await processQueue(store, pool(async (report) => {
        if (report.origin === 'court.txt') throw new Error('a stage broke');
        return prepareReport(pipeline, report);
      }), { onProblem: (p) => problems.push(`${p.origin}: ${p.reason}`) });
      expect(summary).toEqual({ added: SAMPLE_REPORTS.length - 1, duplicates: 0, failed: 1 });
      expect(problems).toEqual(['court.txt: analysis failed: a stage broke']);
      expect(await store.queueSize()).toEqual({ waiting: 0, failed: 1 });
    } finally {
      await store.close();
      await cleanup();
    }
  });

  it('stops without failing anything when analysis cannot start, giving its claims back', async () => {
    const { store, cleanup } = await SQLITE_BACKEND.open(pipeline);
    try {
      await store.enqueue(SAMPLE_REPORTS);
      const broken = pool(() => Promise.reject(new AnalysisUnavailable('a module is missing')));
      await expect(processQueue(store, broken, { batchSize: 2 })).rejects.toThrow(/analysis threads cannot start: a module is missing/);
      expect(await store.queueSize()).toEqual({ waiting: SAMPLE_REPORTS.length, failed: 0 });
      expect(await store.claimants()).toEqual([]);
    } finally {
      await store.close();
      await cleanup();
    }
  });
});

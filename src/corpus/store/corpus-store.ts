import type { PreparedReport } from '../ingest/prepare-report.js';
import type { QueryKeyer } from '../search/compile-query.js';
import type { CorpusDialect } from './dialect.js';
import { claimJobs, enqueueJobs, failJob, jobClaimants, jobCounts, releaseJobs } from './jobs.js';
import { markStoredInferred } from './mark-inferred.js';
import { migrate } from './migrate.js';
import { readEntity } from './read-entity.js';
import { readCluster, readEvents, readReports, readStats } from './read-reports.js';
import { saveReport } from './save-report.js';
import { searchReports } from './search-reports.js';
import type { CorpusStore, SaveOutcome } from './store.js';
import { countedReports, countStoredTerms, readTermFrequency } from './term-frequency.js';

/**
 * The corpus store over a backend dialect: migrates the schema, then implements {@link CorpusStore}
 * once for every backend. `keyer` turns query text into search keys (see `createQueryKeyer`).
 */
export async function createCorpusStore(dialect: CorpusDialect, keyer: QueryKeyer): Promise<CorpusStore> {
  try {
    await dialect.prepare?.();
    await migrate(dialect.db, dialect.migrations, (trx) => dialect.lockWriters(trx as never));
  } catch (error) {
    await dialect.close();
    throw error;
  }
  const saveOne = (report: PreparedReport, jobId: number | undefined): Promise<SaveOutcome> =>
    dialect.db.transaction().execute((trx) => saveReport(trx, dialect, report, jobId));
  return {
    backend: dialect.name,
    enqueue: (reports) => enqueueJobs(dialect, reports),
    claim: (worker, limit, leaseMs) => claimJobs(dialect, worker, limit, leaseMs),
    release: (workers) => releaseJobs(dialect, workers),
    claimants: () => jobClaimants(dialect),
    fail: (jobId, reason) => failJob(dialect, jobId, reason),
    queueSize: () => jobCounts(dialect),
    async save(reports, jobIds = []) {
      if (reports.length === 0) return [];
      try {
        // the batch in one transaction; each report is still all-or-nothing
        return await dialect.db.transaction().execute(async (trx) => {
          const outcomes: SaveOutcome[] = [];
          for (const [i, report] of reports.entries()) outcomes.push(await saveReport(trx, dialect, report, jobIds[i]));
          return outcomes;
        });
      } catch {
        // one report spoiled the batch: save them one by one so that only it fails
        const outcomes: (SaveOutcome | Error)[] = [];
        for (const [i, report] of reports.entries()) outcomes.push(await saveOne(report, jobIds[i]).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))));
        return outcomes;
      }
    },
    search: (request) => searchReports(dialect, keyer, request),
    report: async (id) => (await readReports(dialect, 0, 1, id))[0],
    reports: (afterId, limit) => readReports(dialect, afterId, limit),
    events: (afterId, limit) => readEvents(dialect, afterId, limit),
    cluster: (id) => readCluster(dialect, id),
    entity: (name) => readEntity(dialect, name),
    stats: () => readStats(dialect),
    termReports: () => countedReports(dialect),
    termFrequency: (minReports) => readTermFrequency(dialect, minReports),
    countStoredTerms: (termsOf, onBatch) => countStoredTerms(dialect, termsOf, { onBatch }),
    markStoredInferred: (onBatch) => markStoredInferred(dialect, { onBatch }),
    close: () => dialect.close(),
  };
}

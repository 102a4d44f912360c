import { sql } from 'kysely';
import { contentHash } from '../dedup/content-hash.js';
import type { RawReport } from '../ingest/raw-report.js';
import type { CorpusDialect } from './dialect.js';
import type { ClaimedJob } from './store.js';

/** How long a claim holds before another worker may take the job over: 30 minutes. */
export const DEFAULT_LEASE_MS = 30 * 60_000;

/**
 * Queues raw reports, skipping those already stored or queued (by content hash): enqueueing the same
 * files twice adds nothing.
 */
export async function enqueueJobs(dialect: CorpusDialect, reports: readonly RawReport[]): Promise<{ queued: number; known: number }> {
  const byHash = new Map(reports.map((report) => [contentHash(report.text), report]));
  if (byHash.size === 0) return { queued: 0, known: reports.length };
  const stored = await dialect.db.selectFrom('reports').select('content_hash').where('content_hash', 'in', [...byHash.keys()]).execute();
  for (const row of stored) byHash.delete(row.content_hash);
  if (byHash.size === 0) return { queued: 0, known: reports.length };
  const created_at = new Date().toISOString();
  const inserted = await dialect.db
    .insertInto('ingest_jobs')
    .values([...byHash].map(([content_hash, report]) => ({ content_hash, payload: JSON.stringify(report), status: 'pending' as const, attempts: 0, created_at })))
    .onConflict((oc) => oc.column('content_hash').doNothing())
    .returning('id')
    .execute();
  return { queued: inserted.length, known: reports.length - inserted.length };
}

/**
 * Claims up to `limit` jobs for `worker`: pending ones, and claims older than the lease (their worker
 * died elsewhere). On PostgreSQL rows locked by another worker are skipped (`FOR UPDATE SKIP LOCKED`).
 */
export async function claimJobs(dialect: CorpusDialect, worker: string, limit: number, leaseMs = DEFAULT_LEASE_MS): Promise<ClaimedJob[]> {
  const now = new Date();
  const expired = new Date(now.getTime() - leaseMs).toISOString();
  const rows = await sql<{ id: number; payload: string }>`
    UPDATE ingest_jobs SET status = 'claimed', worker = ${worker}, claimed_at = ${now.toISOString()}, attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM ingest_jobs WHERE status = 'pending' OR (status = 'claimed' AND claimed_at < ${expired})
      ORDER BY id LIMIT ${limit} ${sql.raw(dialect.skipLocked)})
    RETURNING id, payload`.execute(dialect.db);
  return rows.rows.sort((a, b) => a.id - b.id).map((row) => ({ id: row.id, report: JSON.parse(row.payload) as RawReport }));
}

/** Returns the jobs the given workers hold to the queue. */
export async function releaseJobs(dialect: CorpusDialect, workers: readonly string[]): Promise<number> {
  if (workers.length === 0) return 0;
  const result = await dialect.db.updateTable('ingest_jobs').set({ status: 'pending', worker: null, claimed_at: null })
    .where('status', '=', 'claimed').where('worker', 'in', [...workers]).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The workers holding claimed jobs. */
export async function jobClaimants(dialect: CorpusDialect): Promise<string[]> {
  const rows = await dialect.db.selectFrom('ingest_jobs').select('worker').distinct().where('status', '=', 'claimed').execute();
  return rows.map((row) => row.worker).filter((worker): worker is string => worker !== null);
}

/** Marks a job failed with its reason (kept for inspection, never retried automatically). */
export async function failJob(dialect: CorpusDialect, jobId: number, reason: string): Promise<void> {
  await dialect.db.updateTable('ingest_jobs').set({ status: 'failed', error: reason.slice(0, 2000), worker: null }).where('id', '=', jobId).execute();
}

/** Jobs waiting (pending or claimed) and failed. */
export async function jobCounts(dialect: CorpusDialect): Promise<{ waiting: number; failed: number }> {
  const rows = await dialect.db.selectFrom('ingest_jobs').select(['status', (eb) => eb.fn.countAll().as('n')]).groupBy('status').execute();
  const count = (status: string): number => Number(rows.find((row) => row.status === status)?.n ?? 0);
  return { waiting: count('pending') + count('claimed'), failed: count('failed') };
}

import type { Transaction } from 'kysely';
import { containment, signatureFromBytes, signatureSimilarity } from '../dedup/minhash.js';
import type { PreparedReport } from '../ingest/prepare-report.js';
import type { CorpusDatabase } from './schema.js';

/**
 * When a report is a near-duplicate of another: its shingles overlap the smaller set by at least
 * `containment` AND the sets' Jaccard similarity is at least `jaccard` (so that a two-line brief is
 * not a copy of the long article it summarises). Both estimated from MinHash signatures.
 */
export const NEAR_DUPLICATE = { containment: 0.75, jaccard: 0.3, minShingles: 8 } as const;

/** Most candidates examined per report (those sharing the most LSH bands). */
const MAX_CANDIDATES = 200;

/** The stored report a new one copies, if any. */
export interface DuplicateMatch {
  reportId: number;
  clusterId: number | null;
  similarity: number;
}

/**
 * Finds the stored report a prepared report duplicates: the same normalized body (exact, similarity 1),
 * else the most similar report sharing an LSH band that passes {@link NEAR_DUPLICATE}.
 */
export async function findDuplicate(trx: Transaction<CorpusDatabase>, report: PreparedReport): Promise<DuplicateMatch | undefined> {
  const exact = await trx.selectFrom('reports').select(['id', 'cluster_id']).where('body_hash', '=', report.bodyHash).orderBy('id').limit(1).executeTakeFirst();
  if (exact) return { reportId: exact.id, clusterId: exact.cluster_id, similarity: 1 };
  if (report.shingles < NEAR_DUPLICATE.minShingles || report.bands.length === 0) return undefined; // `IN ()` is not SQL
  // the reports sharing the most bands first: a copy shares many, a report with the same boilerplate few
  const candidates = await trx.selectFrom('report_bands').select(['report_id', (eb) => eb.fn.countAll().as('shared')])
    .where('band', 'in', report.bands).groupBy('report_id').orderBy('shared', 'desc').orderBy('report_id').limit(MAX_CANDIDATES).execute();
  if (candidates.length === 0) return undefined;
  const rows = await trx.selectFrom('reports').select(['id', 'cluster_id', 'signature', 'shingles'])
    .where('id', 'in', candidates.map((c) => c.report_id)).where('shingles', '>=', NEAR_DUPLICATE.minShingles).execute();
  const signature = signatureFromBytes(report.signature);
  let best: DuplicateMatch | undefined;
  for (const row of rows) {
    const jaccard = signatureSimilarity(signature, signatureFromBytes(row.signature));
    if (jaccard < NEAR_DUPLICATE.jaccard || containment(jaccard, report.shingles, row.shingles) < NEAR_DUPLICATE.containment) continue;
    if (!best || jaccard > best.similarity) best = { reportId: row.id, clusterId: row.cluster_id, similarity: jaccard };
  }
  return best;
}

/** Sort key of a report's age: published date, then arrival; undated reports count as latest. */
async function ageKey(trx: Transaction<CorpusDatabase>, reportId: number): Promise<string> {
  const row = await trx.selectFrom('reports').select(['published', 'id']).where('id', '=', reportId).executeTakeFirstOrThrow();
  return `${(row.published ?? '9999').slice(0, 10)}|${String(row.id).padStart(12, '0')}`;
}

/**
 * Puts a newly stored report into the story cluster of its match (creating the cluster when the match
 * had none) and keeps the cluster's origin the earliest report. Returns the cluster id.
 */
export async function joinCluster(trx: Transaction<CorpusDatabase>, reportId: number, match: DuplicateMatch): Promise<number> {
  let clusterId = match.clusterId;
  if (clusterId === null) {
    const created = await trx.insertInto('clusters').values({ origin_report_id: match.reportId, size: 1 }).returning('id').executeTakeFirstOrThrow();
    clusterId = created.id;
    await trx.updateTable('reports').set({ cluster_id: clusterId, similarity: 1 }).where('id', '=', match.reportId).execute();
  }
  await trx.updateTable('reports').set({ cluster_id: clusterId, similarity: match.similarity }).where('id', '=', reportId).execute();
  const cluster = await trx.selectFrom('clusters').select(['origin_report_id', 'size']).where('id', '=', clusterId).executeTakeFirstOrThrow();
  const origin = (await ageKey(trx, reportId)) < (await ageKey(trx, cluster.origin_report_id)) ? reportId : cluster.origin_report_id;
  await trx.updateTable('clusters').set({ size: cluster.size + 1, origin_report_id: origin }).where('id', '=', clusterId).execute();
  return clusterId;
}

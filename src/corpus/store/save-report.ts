import type { Transaction } from 'kysely';
import type { PreparedReport } from '../ingest/prepare-report.js';
import { nameKey } from '../search/search-keys.js';
import { findDuplicate, joinCluster } from './cluster-report.js';
import type { CorpusDialect } from './dialect.js';
import { saveAnnotations } from './merge-entities.js';
import type { CorpusDatabase } from './schema.js';
import type { SaveOutcome } from './store.js';
import { countTerms } from './term-frequency.js';

/** Bytes as a Node Buffer (what better-sqlite3 binds as a BLOB), without copying. */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Writes one analysed report inside a transaction: the report row, its Doc, its search index and LSH
 * bands, its story cluster, its terms' document frequencies, its entities, quotes and events, and
 * removes its job. A report whose content hash is already stored changes nothing (`duplicate`).
 */
export async function saveReport(trx: Transaction<CorpusDatabase>, dialect: CorpusDialect, report: PreparedReport, jobId: number | undefined): Promise<SaveOutcome> {
  await dialect.lockWriters(trx);
  const removeJob = async (): Promise<void> => {
    if (jobId !== undefined) await trx.deleteFrom('ingest_jobs').where('id', '=', jobId).execute();
  };
  const existing = await trx.selectFrom('reports').select(['id', 'cluster_id']).where('content_hash', '=', report.contentHash).executeTakeFirst();
  if (existing) {
    await removeJob();
    return { status: 'duplicate', id: existing.id, ...(existing.cluster_id !== null ? { clusterId: existing.cluster_id } : {}) };
  }
  const match = await findDuplicate(trx, report);
  const { meta } = report;
  const row = {
    content_hash: report.contentHash, body_hash: report.bodyHash, title: meta.title ?? null, url: meta.url ?? null,
    published: meta.published ?? null, source: meta.source ?? null, source_key: meta.source ? nameKey(meta.source) : null,
    author: meta.author ?? null, origin: meta.origin, ingested_at: new Date().toISOString(), chars: report.chars, tokens: report.tokens,
    cluster_id: null, similarity: null, shingles: report.shingles, signature: asBuffer(report.signature),
    terms_counted: report.terms ? 1 : 0,
  };
  const { id } = await trx.insertInto('reports').values({ ...row, ...dialect.searchColumns(report.keys) } as typeof row).returning('id').executeTakeFirstOrThrow();
  await trx.insertInto('report_docs').values({ report_id: id, doc: asBuffer(report.docGzip), view: asBuffer(report.viewGzip) }).execute();
  await dialect.indexReport(trx, id, report.keys);
  const bands = [...new Set(report.bands)];
  if (bands.length > 0) await trx.insertInto('report_bands').values(bands.map((band) => ({ band, report_id: id }))).execute();
  const clusterId = match ? await joinCluster(trx, id, match) : undefined;
  if (report.terms) await countTerms(trx, report.terms);
  await saveAnnotations(trx, id, report);
  await removeJob();
  return { status: 'added', id, ...(clusterId !== undefined ? { clusterId } : {}) };
}

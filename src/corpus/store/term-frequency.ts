import { sql, type Transaction } from 'kysely';
import type { Doc } from '../../doc/doc.js';
import type { DocumentFrequency } from '../../stages/summary/word-weights.js';
import type { CorpusDialect } from './dialect.js';
import { backfillFromDocs } from './backfill-docs.js';
import type { CorpusDatabase } from './schema.js';

/**
 * Terms per statement. Each binds one value (the count is a literal), so a chunk stays far below
 * SQLite's variable limit (32766 in better-sqlite3 12, 999 in old builds) and PostgreSQL's 65535.
 */
export const TERM_CHUNK = 500;

/**
 * Counts one report's distinct terms into `corpus_terms` and the report into `corpus_terms_total`,
 * inside the caller's transaction (the report's save, writers locked): upserts in chunks of
 * {@link TERM_CHUNK}, in sorted order.
 */
export async function countTerms(trx: Transaction<CorpusDatabase>, terms: readonly string[]): Promise<void> {
  const distinct = [...new Set(terms)].sort(); // PostgreSQL refuses to upsert one key twice in a statement
  for (let i = 0; i < distinct.length; i += TERM_CHUNK) {
    await trx.insertInto('corpus_terms').values(distinct.slice(i, i + TERM_CHUNK).map((term) => ({ term, reports: sql.lit(1) })))
      .onConflict((oc) => oc.column('term').doUpdateSet((eb) => ({ reports: eb('corpus_terms.reports', '+', 1) }))).execute();
  }
  await trx.updateTable('corpus_terms_total').set((eb) => ({ reports: eb('reports', '+', 1) })).where('id', '=', 1).execute();
}

/** How many reports `corpus_terms` counts. */
export async function countedReports(dialect: CorpusDialect): Promise<number> {
  const row = await dialect.db.selectFrom('corpus_terms_total').select('reports').where('id', '=', 1).executeTakeFirst();
  return Number(row?.reports ?? 0);
}

/**
 * The corpus's document frequencies: the reports counted and each term found in at least
 * `minReports` of them (default 1: all), read in one transaction so that both agree.
 */
export async function readTermFrequency(dialect: CorpusDialect, minReports = 1): Promise<DocumentFrequency> {
  return dialect.db.transaction().execute(async (trx) => {
    const total = await trx.selectFrom('corpus_terms_total').select('reports').where('id', '=', 1).executeTakeFirst();
    const rows = await trx.selectFrom('corpus_terms').select(['term', 'reports']).where('reports', '>=', minReports).execute();
    return { documents: Number(total?.reports ?? 0), documentFrequency: new Map(rows.map((row) => [row.term, Number(row.reports)])) };
  });
}

/**
 * Counts the terms of every stored report that `corpus_terms` lacks (stored before schema version 2,
 * or analysed without the keyphrase stage), reading each report's terms from its Doc with `termsOf`,
 * `batch` reports at a time (see `backfillFromDocs`): a report is marked and counted only if no one
 * counted it meanwhile. `onBatch` hears the running total. Returns how many reports were counted.
 */
export async function countStoredTerms(dialect: CorpusDialect, termsOf: (doc: Doc) => readonly string[], options: { batch?: number; onBatch?: (counted: number) => void } = {}): Promise<number> {
  return backfillFromDocs(dialect, {
    pending: (afterId, limit) => dialect.db.selectFrom('reports').innerJoin('report_docs', 'report_docs.report_id', 'reports.id')
      .select(['reports.id', 'report_docs.doc']).where('reports.terms_counted', '=', 0).where('reports.id', '>', afterId)
      .orderBy('reports.id').limit(limit).execute(),
    derive: termsOf,
    async apply(trx, id, terms) {
      const update = await trx.updateTable('reports').set({ terms_counted: 1 }).where('id', '=', id).where('terms_counted', '=', 0).executeTakeFirst();
      if (Number(update.numUpdatedRows) === 0) return 0;
      await countTerms(trx, terms);
      return 1;
    },
  }, options);
}

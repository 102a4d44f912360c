import { readEvents } from '../ingest/doc-layers.js';
import { backfillFromDocs } from './backfill-docs.js';
import type { CorpusDialect } from './dialect.js';

/**
 * Reads the `inferred` flag of the events stored before schema version 3 (the reports listed in
 * `inferred_pending`) from their reports' Docs, `batch` reports at a time (see `backfillFromDocs`): an
 * event row is marked when its Doc has an inferred event of the same type at the same offsets, and
 * the report leaves the list. Reports stored since version 3 are never listed: their rows were written
 * with the flag. `onBatch` hears the running total. Returns how many events were marked inferred.
 */
export async function markStoredInferred(dialect: CorpusDialect, options: { batch?: number; onBatch?: (marked: number) => void } = {}): Promise<number> {
  return backfillFromDocs(dialect, {
    pending: (afterId, limit) => dialect.db.selectFrom('inferred_pending').innerJoin('report_docs', 'report_docs.report_id', 'inferred_pending.report_id')
      .select(['inferred_pending.report_id as id', 'report_docs.doc']).where('inferred_pending.report_id', '>', afterId)
      .orderBy('inferred_pending.report_id').limit(limit).execute(),
    derive: (doc) => readEvents(doc).filter((event) => event.inferred),
    async apply(trx, id, inferred) {
      const left = await trx.deleteFrom('inferred_pending').where('report_id', '=', id).executeTakeFirst();
      if (Number(left.numDeletedRows) === 0) return 0;
      let marked = 0;
      for (const event of inferred) {
        const update = await trx.updateTable('events').set({ inferred: 1 }).where('report_id', '=', id).where('type', '=', event.type)
          .where('start_offset', '=', event.start).where('end_offset', '=', event.end).where('inferred', '=', 0).executeTakeFirst();
        marked += Number(update.numUpdatedRows);
      }
      return marked;
    },
  }, options);
}

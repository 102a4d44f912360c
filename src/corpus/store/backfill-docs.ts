import type { Transaction } from 'kysely';
import type { Doc } from '../../doc/doc.js';
import type { CorpusDialect } from './dialect.js';
import type { CorpusDatabase } from './schema.js';
import { readStoredDoc } from './search-reports.js';

/** A stored report a backfill still has to do: its id and its gzip-compressed Doc. */
export interface PendingDoc {
  id: number;
  doc: Uint8Array;
}

/** How a backfill finds its work, reads a Doc, and writes what it read. */
export interface DocBackfill<T> {
  /** Pending reports with ids above `afterId`, in id order, at most `limit`. */
  pending(afterId: number, limit: number): Promise<PendingDoc[]>;
  /** What the rows lack, read from a report's Doc. */
  derive(doc: Doc): T;
  /**
   * Writes it for report `id` inside the writers' lock and marks the report done; returns how much it
   * changed (0 when someone did it meanwhile).
   */
  apply(trx: Transaction<CorpusDatabase>, id: number, derived: T): Promise<number>;
}

/**
 * Fills in, from their stored Docs, what reports stored under an older schema lack (`khabar
 * reindex-terms`, `khabar reindex-events`): `batch` pending reports at a time (default 200), Docs read
 * and derived outside the writers' lock, then each batch applied in one transaction with the writers
 * locked — so it is safe beside a running ingest and may be interrupted and rerun. `onBatch` hears the
 * running total. Returns the sum of what `apply` changed.
 */
export async function backfillFromDocs<T>(dialect: CorpusDialect, backfill: DocBackfill<T>, options: { batch?: number; onBatch?: (total: number) => void } = {}): Promise<number> {
  let afterId = 0;
  let total = 0;
  for (;;) {
    const rows = await backfill.pending(afterId, options.batch ?? 200);
    if (rows.length === 0) return total;
    afterId = rows[rows.length - 1].id;
    const derived = rows.map((row) => ({ id: row.id, value: backfill.derive(readStoredDoc(row.doc)) }));
    total += await dialect.db.transaction().execute(async (trx) => {
      await dialect.lockWriters(trx);
      let changed = 0;
      for (const report of derived) changed += await backfill.apply(trx, report.id, report.value);
      return changed;
    });
    options.onBatch?.(total);
  }
}

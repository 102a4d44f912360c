import type { Kysely, RawBuilder, Transaction } from 'kysely';
import type { CompiledQuery } from '../search/compile-query.js';
import type { CorpusDatabase } from './schema.js';

/** A versioned schema change: SQL statements run in one transaction, recorded in `khabar_schema`. */
export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

/** The search keys of a report, space-separated, as written to the index. */
export interface IndexKeys {
  title: string;
  surface: string;
  extra: string;
}

/**
 * What differs between storage backends, in the manner of Kysely's dialects: everything else — the
 * store, ingestion, search filters, clustering, entities — is written once over the typed query layer.
 */
export interface CorpusDialect {
  readonly name: 'sqlite' | 'postgres';
  readonly db: Kysely<CorpusDatabase>;
  readonly migrations: readonly Migration[];
  /** `FOR UPDATE SKIP LOCKED` where the backend has it (PostgreSQL), else empty. */
  readonly skipLocked: string;
  /** Serializes writers for the rest of the transaction (duplicate clustering, entity merging); a no-op where there is one writer. */
  lockWriters(trx: Transaction<CorpusDatabase>): Promise<void>;
  /** Extra columns of the `reports` row (PostgreSQL: the tsvector). */
  searchColumns(keys: IndexKeys): Record<string, RawBuilder<unknown>>;
  /** Writes the search index of a report (SQLite: the FTS5 row). */
  indexReport(trx: Transaction<CorpusDatabase>, reportId: number, keys: IndexKeys): Promise<void>;
  /**
   * `SELECT report_id, score` of the reports a compiled query matches (all reports when it is empty),
   * only those with `id >= fromId` when given.
   */
  matchReports(query: CompiledQuery, fromId?: number): RawBuilder<{ report_id: number; score: number }>;
  /**
   * Where the backend can rank the newest matches without scoring all (SQLite FTS5 walks its index by
   * id): how many reports a positive query matches (`id >= fromId` when given), and the id above which
   * the newest `size` matches passing `where` (over `reports r`) lie. Undefined elsewhere (PostgreSQL).
   */
  rankWindow?: {
    count(query: CompiledQuery, fromId?: number): Promise<number>;
    start(query: CompiledQuery, size: number, where: RawBuilder<unknown>): Promise<number | undefined>;
  };
  /** Makes the place the tables live ready before migrating (PostgreSQL: creates the URL's schema); none elsewhere. */
  prepare?(): Promise<void>;
  /** Releases connections and files. */
  close(): Promise<void>;
}

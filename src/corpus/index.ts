/**
 * The corpus (Node only; not exported from the browser-safe `src/index.ts`): ingestion, the store on
 * SQLite or PostgreSQL, search, duplicate stories, corpus entities and exports.
 *
 * ```ts
 * const store = await openStore('./khabar-data');
 * await ingest(store, ['reports/']);
 * const { total, hits } = await store.search({ query: 'همکاری های' });
 * ```
 */
export { CorpusError } from './corpus-error.js';
export { exportCorpus, EXPORT_FORMATS, type ExportFormat, ploverRecord } from './export/export-corpus.js';
export { createAnalysisPool, type AnalysisPool, type AnalysisPoolOptions } from './ingest/analysis-pool.js';
export { readEntities, readEvents as readLayerEvents, readQuotes, type CorpusEntityType, type LayerEntity, type LayerEvent, type LayerQuote } from './ingest/doc-layers.js';
export { ingest, work, type IngestOptions, type IngestSummary } from './ingest/ingest.js';
export { gregorianToJalali, isJalaliLeapYear, jalaliToGregorian, type CalendarDate } from './ingest/jalali.js';
export { findPersianDate, parsePublished, type FoundDate } from './ingest/persian-date.js';
export { prepareReport, type PreparedReport } from './ingest/prepare-report.js';
export { processQueue, releaseDeadWorkers, workerId, type ProcessOptions, type ProcessSummary } from './ingest/process-queue.js';
export { createProgress, type Progress } from './ingest/progress.js';
export type { IngestProblem, RawReport } from './ingest/raw-report.js';
export { readInputs, readBytes, inputFormat, type InputFormat, type InputItem } from './ingest/read-inputs.js';
export { compileQuery, type CompiledQuery, type KeyNode, type QueryKeyer } from './search/compile-query.js';
export { parseQuery, type QueryNode } from './search/parse-query.js';
export { createQueryKeyer, keyingPipeline } from './search/query-keyer.js';
export { nameKey, searchKey, searchKeys, type TokenKeys } from './search/search-keys.js';
export type { Snippet } from './search/snippet.js';
export { createCorpusStore } from './store/corpus-store.js';
export type { CorpusDialect, Migration } from './store/dialect.js';
export { createDialect, DEFAULT_DATA_DIR, openStore, resolveLocation } from './store/open-store.js';
export { createPostgresDialect } from './store/postgres/postgres-dialect.js';
export { createSqliteDialect } from './store/sqlite/sqlite-dialect.js';
export type * from './store/store.js';

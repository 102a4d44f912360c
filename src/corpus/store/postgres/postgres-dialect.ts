import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { CompiledQuery } from '../../search/compile-query.js';
import { renderKeyQuery } from '../../search/render-query.js';
import type { CorpusDialect } from '../dialect.js';
import { corpusMigrations } from '../migrations.js';
import type { CorpusDatabase } from '../schema.js';

/** The advisory lock key writers take for the rest of a transaction. */
const WRITER_LOCK = 0x6b686272; // "khbr"

/**
 * The server backend: PostgreSQL by connection URL. Search is a `tsvector` column built with the
 * 'simple' configuration over the same search keys (title weighted A, body B, lemmas and stems D),
 * under a GIN index; jobs are claimed with `FOR UPDATE SKIP LOCKED`, so any number of worker processes
 * share one queue. A `schema=NAME` parameter in the URL keeps the corpus in that schema (created if missing).
 * `createPostgresDialect('postgres://khabar@127.0.0.1:5432/news?schema=corpus')`.
 */
export function createPostgresDialect(url: string): CorpusDialect {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema');
  parsed.searchParams.delete('schema');
  if (schema !== null && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name "${schema}": use lower-case letters, digits and _`);
  // the schema is every connection's search path from its start (a startup option, no query racing the first one)
  const pool = new pg.Pool({ connectionString: parsed.toString(), max: 4, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  const db = new Kysely<CorpusDatabase>({ dialect: new PostgresDialect({ pool }) });
  return {
    name: 'postgres',
    db,
    migrations: corpusMigrations({
      id: 'SERIAL PRIMARY KEY', blob: 'BYTEA', real: 'DOUBLE PRECISION', bigint: 'BIGINT', keyTable: '',
      reportColumns: ['search TSVECTOR NOT NULL'],
      searchIndex: ['CREATE INDEX reports_search ON reports USING GIN (search)'],
    }),
    skipLocked: 'FOR UPDATE SKIP LOCKED',
    async lockWriters(trx) {
      await sql`SELECT pg_advisory_xact_lock(${WRITER_LOCK})`.execute(trx);
    },
    searchColumns: (keys) => ({
      search: sql`setweight(to_tsvector('simple', ${keys.title}), 'A') || setweight(to_tsvector('simple', ${keys.surface}), 'B') || to_tsvector('simple', ${keys.extra})`,
    }),
    async indexReport() {},
    matchReports(query: CompiledQuery) {
      const positive = query.positive && renderKeyQuery(query.positive, 'tsquery');
      const negative = query.negative && renderKeyQuery(query.negative, 'tsquery');
      if (positive) {
        const match = negative ? `${positive} & !${negative}` : positive;
        return sql`SELECT id AS report_id, ts_rank_cd(search, q)::float8 AS score FROM reports, to_tsquery('simple', ${match}) AS q WHERE search @@ q`;
      }
      if (negative) return sql`SELECT id AS report_id, 0.0::float8 AS score FROM reports WHERE NOT (search @@ to_tsquery('simple', ${negative}))`;
      return sql`SELECT id AS report_id, 0.0::float8 AS score FROM reports`;
    },
    async prepare() {
      // a concurrent creation by another process is harmless: the schema exists either way
      if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`).catch(() => undefined);
    },
    close: () => db.destroy(),
  };
}

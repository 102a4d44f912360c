import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { CompiledQuery } from '../../search/compile-query.js';
import { renderKeyQuery } from '../../search/render-query.js';
import type { CorpusDialect } from '../dialect.js';
import { corpusMigrations } from '../migrations.js';
import type { CorpusDatabase } from '../schema.js';

/** The database file inside a data folder. */
export const SQLITE_FILE = 'corpus.sqlite';

/**
 * The embedded backend: one SQLite file (better-sqlite3) in a data folder, created if missing, in WAL
 * mode with `synchronous=NORMAL` (a crash loses at most the last commits, never consistency), search
 * through a contentless FTS5 table over the search keys (columns `title`, `surface`, `extra`).
 * `createSqliteDialect('./khabar-data')`.
 */
export function createSqliteDialect(dir: string): CorpusDialect {
  mkdirSync(dir, { recursive: true });
  const database = new Database(join(dir, SQLITE_FILE));
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 10000');
  database.pragma('cache_size = -65536');
  const db = new Kysely<CorpusDatabase>({ dialect: new SqliteDialect({ database }) });
  return {
    name: 'sqlite',
    db,
    migrations: corpusMigrations({
      id: 'INTEGER PRIMARY KEY', blob: 'BLOB', real: 'REAL', bigint: 'INTEGER', keyTable: 'WITHOUT ROWID', reportColumns: [],
      searchIndex: [`CREATE VIRTUAL TABLE report_search USING fts5(title, surface, extra, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')`],
    }),
    skipLocked: '',
    async lockWriters(trx) {
      // a write that changes nothing takes the write lock now, not at the first real write
      await sql`UPDATE khabar_schema SET version = version WHERE 0`.execute(trx);
    },
    searchColumns: () => ({}),
    async indexReport(trx, reportId, keys) {
      await sql`INSERT INTO report_search (rowid, title, surface, extra) VALUES (${reportId}, ${keys.title}, ${keys.surface}, ${keys.extra})`.execute(trx);
    },
    matchReports(query: CompiledQuery, fromId?: number) {
      const match = ftsMatch(query);
      if (match) {
        const from = fromId === undefined ? sql`` : sql` AND rowid >= ${fromId}`;
        return sql`SELECT rowid AS report_id, -bm25(report_search, 2.0, 1.0, 0.5) AS score FROM report_search WHERE report_search MATCH ${match}${from}`;
      }
      const negative = query.negative && renderKeyQuery(query.negative, 'fts5');
      if (negative) return sql`SELECT id AS report_id, 0.0 AS score FROM reports WHERE id NOT IN (SELECT rowid FROM report_search WHERE report_search MATCH ${negative})`;
      return sql`SELECT id AS report_id, 0.0 AS score FROM reports`;
    },
    rankWindow: {
      async count(query, fromId) {
        const from = fromId === undefined ? sql`` : sql` AND rowid >= ${fromId}`;
        const row = await sql<{ n: number }>`SELECT COUNT(*) AS n FROM report_search WHERE report_search MATCH ${ftsMatch(query) ?? '""'}${from}`.execute(db);
        return Number(row.rows[0]?.n ?? 0);
      },
      async start(query, size, where) {
        const row = await sql<{ id: number }>`SELECT s.rowid AS id FROM report_search s JOIN reports r ON r.id = s.rowid
          WHERE report_search MATCH ${ftsMatch(query) ?? '""'} AND ${where} ORDER BY s.rowid DESC LIMIT 1 OFFSET ${size - 1}`.execute(db);
        return row.rows[0]?.id;
      },
    },
    close: () => db.destroy(),
  };
}

/** The FTS5 MATCH text of a query with something to match (`positive NOT negative`), else undefined. */
function ftsMatch(query: CompiledQuery): string | undefined {
  const positive = query.positive && renderKeyQuery(query.positive, 'fts5');
  const negative = query.negative && renderKeyQuery(query.negative, 'fts5');
  return positive && (negative ? `${positive} NOT ${negative}` : positive);
}

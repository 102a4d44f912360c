import { gunzipSync } from 'node:zlib';
import { type RawBuilder, sql } from 'kysely';
import type { Doc } from '../../doc/doc.js';
import { compileQuery, type QueryKeyer } from '../search/compile-query.js';
import { nameKey } from '../search/search-keys.js';
import { readSearchView } from '../search/search-view.js';
import { makeSnippet } from '../search/snippet.js';
import type { CorpusDialect } from './dialect.js';
import type { SearchHit, SearchRequest, SearchResult } from './store.js';

/** Most hits returned per page. */
export const MAX_SEARCH_LIMIT = 100;

/**
 * How many of the newest matches a broad query ranks where the backend can choose them cheaply
 * (SQLite): past this many matches, ranking all of them would cost time in proportion to the corpus.
 */
export const RANK_WINDOW = 2000;

/** A Doc stored gzip-compressed, back as an object. */
export function readStoredDoc(bytes: Uint8Array): Doc {
  return JSON.parse(gunzipSync(bytes).toString('utf8')) as Doc;
}

function nextDay(date: string): string {
  const ms = Date.parse(date.slice(0, 10) + 'T00:00:00Z');
  return Number.isFinite(ms) ? new Date(ms + 86_400_000).toISOString().slice(0, 10) : date;
}

function filters(request: SearchRequest): RawBuilder<unknown>[] {
  const where: RawBuilder<unknown>[] = [];
  if (request.from) where.push(sql`r.published >= ${request.from.slice(0, 10)}`);
  if (request.to) where.push(sql`r.published < ${nextDay(request.to)}`);
  if (request.source) where.push(sql`r.source_key = ${nameKey(request.source)}`);
  if (request.entity) {
    const key = nameKey(request.entity);
    where.push(sql`EXISTS (SELECT 1 FROM mentions mm WHERE mm.report_id = r.id AND mm.entity_id IN (SELECT id FROM entities WHERE key = ${key} UNION SELECT entity_id FROM entity_aliases WHERE key = ${key} UNION SELECT entity_id FROM entity_roles WHERE key = ${key}))`);
  }
  if (request.eventType) where.push(sql`EXISTS (SELECT 1 FROM events ev WHERE ev.report_id = r.id AND ev.type = ${request.eventType.toUpperCase()})`);
  return where;
}

/**
 * The share of reports that are not extra copies of a story: 1 − Σ(cluster size − 1) / reports, with
 * the highest report id standing for the count (reports are never deleted; a count would read the table).
 */
async function storyShare(dialect: CorpusDialect): Promise<number> {
  const row = await sql<{ reports: number; copies: number }>`SELECT (SELECT MAX(id) FROM reports) AS reports,
    (SELECT COALESCE(SUM(size - 1), 0) FROM clusters) AS copies`.execute(dialect.db);
  const { reports, copies } = row.rows[0];
  return Number(reports) > 0 ? 1 - Number(copies) / Number(reports) : 1;
}

/**
 * Searches the corpus: the query is compiled through the same normalizer and keys as the reports,
 * the backend matches and ranks, filters apply, and clusters collapse to their best-ranked report.
 * Snippets come from the stored search views, in original offsets. Never throws on query syntax.
 * `rankWindow`: see {@link RANK_WINDOW}.
 */
export async function searchReports(dialect: CorpusDialect, keyer: QueryKeyer, request: SearchRequest, rankWindow = RANK_WINDOW): Promise<SearchResult> {
  const compiled = compileQuery(request.query, keyer);
  if (!compiled.positive && !compiled.negative && request.query.trim() !== '') return { total: 0, hits: [] };
  const limit = Math.max(1, Math.min(MAX_SEARCH_LIMIT, Math.floor(request.limit ?? 10)));
  const offset = Math.max(0, Math.floor(request.offset ?? 0));
  const where = filters(request);
  const whereSql = where.length > 0 ? sql`WHERE ${sql.join(where, sql` AND `)}` : sql``;
  // a broad query on a backend that can: rank the newest RANK_WINDOW matches, and estimate the total
  const window = dialect.rankWindow;
  const matches = window && compiled.positive ? await window.count(compiled) : 0;
  const fromId = window && matches > rankWindow ? await window.start(compiled, rankWindow, where.length > 0 ? sql.join(where, sql` AND `) : sql`1 = 1`) : undefined;
  const group = request.collapse === false ? sql`-r.id` : sql`COALESCE(r.cluster_id, -r.id)`;
  const rows = await sql<{ id: number; score: number; copies: number; total: number; reports: number }>`
    WITH matched AS (${dialect.matchReports(compiled, fromId)}),
    filtered AS (SELECT r.id, r.published, m.score, ${group} AS story FROM matched m JOIN reports r ON r.id = m.report_id ${whereSql}),
    ranked AS (SELECT id, published, score,
      ROW_NUMBER() OVER (PARTITION BY story ORDER BY score DESC, published, id) AS rn,
      COUNT(*) OVER (PARTITION BY story) AS copies FROM filtered)
    SELECT id, score, CAST(copies AS INTEGER) AS copies, CAST(COUNT(*) OVER () AS INTEGER) AS total,
      CAST(SUM(copies) OVER () AS INTEGER) AS reports FROM ranked WHERE rn = 1
    ORDER BY score DESC, published IS NULL, published DESC, id LIMIT ${limit} OFFSET ${offset}`.execute(dialect.db);
  if (rows.rows.length === 0) {
    // past the last page: the total still counts
    return { total: offset > 0 ? (await searchReports(dialect, keyer, { ...request, offset: 0, limit: 1 }, rankWindow)).total : 0, hits: [] };
  }
  const ids = rows.rows.map((row) => row.id);
  const details = await dialect.db.selectFrom('reports').innerJoin('report_docs', 'report_docs.report_id', 'reports.id')
    .select(['reports.id', 'title', 'published', 'source', 'url', 'cluster_id', 'report_docs.view']).where('reports.id', 'in', ids).execute();
  const byId = new Map(details.map((row) => [row.id, row]));
  const hits: SearchHit[] = [];
  for (const row of rows.rows) {
    const detail = byId.get(row.id);
    if (!detail) continue;
    const snippet = makeSnippet(readSearchView(detail.view), compiled.highlight, compiled.highlightPrefixes);
    hits.push({
      id: row.id, title: detail.title, published: detail.published, source: detail.source, url: detail.url, snippet,
      score: Number(row.score), clusterId: detail.cluster_id, copies: Number(row.copies),
    });
  }
  const counted = Number(rows.rows[0].total);
  if (fromId === undefined || !window) return { total: counted, hits };
  // estimated: the matches, times the share of the window passing the filters, times (collapsed) the corpus' share of stories
  const scanned = await window.count(compiled, fromId);
  const passing = Number(rows.rows[0].reports) / Math.max(1, scanned);
  const stories = request.collapse === false ? 1 : await storyShare(dialect);
  return { total: Math.max(counted, Math.round(matches * passing * stories)), estimated: true, hits };
}

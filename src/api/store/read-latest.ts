import { sql } from 'kysely';
import { readSearchView } from '../../corpus/search/search-view.js';
import { makeSnippet } from '../../corpus/search/snippet.js';
import type { CorpusDialect } from '../../corpus/store/dialect.js';
import type { SearchResponse } from '../schemas/search.js';

/**
 * The latest stories, newest first: every report that is not a copy (alone, or the first of its
 * story cluster), with how many copies it has and its opening sentence as the snippet. Walks the
 * publication-date index, so a page costs the same at any corpus size; `total` counts stories.
 */
export async function readLatest(dialect: CorpusDialect, limit: number, offset: number): Promise<SearchResponse> {
  const { db } = dialect;
  const rows = await db.selectFrom('reports as r').leftJoin('clusters as c', 'c.id', 'r.cluster_id').innerJoin('report_docs as d', 'd.report_id', 'r.id')
    .select(['r.id', 'r.title', 'r.published', 'r.source', 'r.url', 'r.cluster_id', 'c.size', 'd.view'])
    .where((eb) => eb.or([eb('r.cluster_id', 'is', null), eb('c.origin_report_id', '=', eb.ref('r.id'))]))
    .orderBy('r.published', (order) => order.desc().nullsLast()).orderBy('r.id', 'desc').limit(limit).offset(offset).execute();
  const total = await sql<{ n: number }>`SELECT (SELECT COUNT(*) FROM reports WHERE cluster_id IS NULL) + (SELECT COUNT(*) FROM clusters) AS n`.execute(db);
  return {
    total: Number(total.rows[0]?.n ?? 0),
    hits: rows.map((row) => ({
      id: row.id, title: row.title, published: row.published, source: row.source, url: row.url, score: 0, clusterId: row.cluster_id,
      copies: Number(row.size ?? 1), snippet: makeSnippet(readSearchView(row.view), [], []),
    })),
  };
}

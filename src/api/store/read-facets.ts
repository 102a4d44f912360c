import { sql } from 'kysely';
import { compileQuery, type QueryKeyer } from '../../corpus/search/compile-query.js';
import type { CorpusDialect } from '../../corpus/store/dialect.js';
import type { FacetsResponse } from '../schemas/search.js';

/** Values listed per facet. */
const FACET_VALUES = 12;

/** The entity facet counts mentions among this many best-ranked matches (the others facets count all). */
export const ENTITY_FACET_SAMPLE = 1000;

/**
 * How the reports a query matches divide: by source (spellings of one agency together), by month of
 * publication (latest first), and by the entities most often mentioned among the best
 * {@link ENTITY_FACET_SAMPLE} matches. The query is compiled exactly as the search compiles it.
 */
export async function readFacets(dialect: CorpusDialect, keyer: QueryKeyer, query: string): Promise<FacetsResponse> {
  const compiled = compileQuery(query, keyer);
  if (!compiled.positive && !compiled.negative && query.trim() !== '') return { sources: [], months: [], entities: [] };
  const matched = dialect.matchReports(compiled);
  const { db } = dialect;
  const sources = await sql<{ value: string; count: number }>`WITH matched AS (${matched})
    SELECT MIN(r.source) AS value, COUNT(*) AS count FROM matched m JOIN reports r ON r.id = m.report_id
    WHERE r.source_key IS NOT NULL GROUP BY r.source_key ORDER BY count DESC, value LIMIT ${FACET_VALUES}`.execute(db);
  const months = await sql<{ value: string; count: number }>`WITH matched AS (${matched})
    SELECT SUBSTR(r.published, 1, 7) AS value, COUNT(*) AS count FROM matched m JOIN reports r ON r.id = m.report_id
    WHERE r.published IS NOT NULL GROUP BY SUBSTR(r.published, 1, 7) ORDER BY value DESC LIMIT ${FACET_VALUES * 2}`.execute(db);
  const entities = await sql<{ id: number; canonical: string; type: string; count: number }>`WITH matched AS (${matched}),
    best AS (SELECT report_id FROM matched ORDER BY score DESC, report_id LIMIT ${ENTITY_FACET_SAMPLE})
    SELECT e.id, e.canonical, e.type, COUNT(DISTINCT mm.report_id) AS count FROM best b JOIN mentions mm ON mm.report_id = b.report_id
    JOIN entities e ON e.id = mm.entity_id GROUP BY e.id, e.canonical, e.type ORDER BY count DESC, e.id LIMIT ${FACET_VALUES}`.execute(db);
  const counted = <T extends { count: number }>(rows: T[]): T[] => rows.map((row) => ({ ...row, count: Number(row.count) }));
  return { sources: counted(sources.rows), months: counted(months.rows), entities: counted(entities.rows).map((e) => ({ ...e, id: Number(e.id) })) };
}

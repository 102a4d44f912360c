import { sql } from 'kysely';
import type { CorpusDialect } from './dialect.js';
import { readStoredDoc } from './search-reports.js';
import type { CorpusStats, StoredEvent, StoredReport, StoryCluster } from './store.js';

/** Reports with their Docs, in id order after `afterId`: `id = n` gives report n alone. */
export async function readReports(dialect: CorpusDialect, afterId: number, limit: number, onlyId?: number): Promise<StoredReport[]> {
  let query = dialect.db.selectFrom('reports').innerJoin('report_docs', 'report_docs.report_id', 'reports.id')
    .select(['reports.id', 'title', 'url', 'published', 'source', 'author', 'origin', 'cluster_id', 'report_docs.doc']);
  query = onlyId !== undefined ? query.where('reports.id', '=', onlyId) : query.where('reports.id', '>', afterId).orderBy('reports.id').limit(limit);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id, title: row.title, url: row.url, published: row.published, source: row.source, author: row.author,
    origin: row.origin, clusterId: row.cluster_id, doc: readStoredDoc(row.doc),
  }));
}

/** Events with their actors' names and countries, in id order after `afterId`. */
export async function readEvents(dialect: CorpusDialect, afterId: number, limit: number): Promise<StoredEvent[]> {
  const rows = await sql<{ id: number; report_id: number; published: string | null; source: string | null; type: string; modality: string | null;
    actor: string | null; actor_country: string | null; recipient: string | null; recipient_country: string | null; start_offset: number; end_offset: number; evidence: string; inferred: number }>`
    SELECT ev.id, ev.report_id, r.published, r.source, ev.type, ev.modality, a.canonical AS actor, a.country AS actor_country,
      t.canonical AS recipient, t.country AS recipient_country, ev.start_offset, ev.end_offset, ev.evidence, ev.inferred
    FROM events ev JOIN reports r ON r.id = ev.report_id LEFT JOIN entities a ON a.id = ev.actor_id LEFT JOIN entities t ON t.id = ev.recipient_id
    WHERE ev.id > ${afterId} ORDER BY ev.id LIMIT ${limit}`.execute(dialect.db);
  return rows.rows.map((row) => ({
    id: row.id, reportId: row.report_id, published: row.published, source: row.source, type: row.type, modality: row.modality,
    actor: row.actor === null ? null : { name: row.actor, country: row.actor_country },
    recipient: row.recipient === null ? null : { name: row.recipient, country: row.recipient_country },
    start: row.start_offset, end: row.end_offset, evidence: row.evidence, inferred: Number(row.inferred) === 1,
  }));
}

/** A story cluster and its reports, the origin first, then by date and arrival. */
export async function readCluster(dialect: CorpusDialect, id: number): Promise<StoryCluster | undefined> {
  const cluster = await dialect.db.selectFrom('clusters').select(['id', 'origin_report_id']).where('id', '=', id).executeTakeFirst();
  if (!cluster) return undefined;
  const reports = await dialect.db.selectFrom('reports').select(['id', 'title', 'source', 'published', 'similarity']).where('cluster_id', '=', id)
    .orderBy('published').orderBy('id').execute();
  reports.sort((a, b) => Number(b.id === cluster.origin_report_id) - Number(a.id === cluster.origin_report_id));
  return { id, originReportId: cluster.origin_report_id, reports };
}

/** Corpus-wide counts: reports, entities, quotes, events, and story clusters (of two reports or more). */
export async function readStats(dialect: CorpusDialect): Promise<CorpusStats> {
  const row = await sql<Record<keyof CorpusStats, number | string>>`SELECT
    (SELECT COUNT(*) FROM reports) AS reports, (SELECT COUNT(*) FROM entities) AS entities,
    (SELECT COUNT(*) FROM quotes) AS quotes, (SELECT COUNT(*) FROM events) AS events,
    (SELECT COUNT(*) FROM clusters) AS clusters`.execute(dialect.db);
  const counts = row.rows[0];
  return { reports: Number(counts.reports), entities: Number(counts.entities), quotes: Number(counts.quotes), events: Number(counts.events), clusters: Number(counts.clusters) };
}

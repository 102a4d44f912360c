import type { CorpusDialect } from '../../corpus/store/dialect.js';
import type { ClusterResponse } from '../schemas/reports.js';

/** Most reports listed for one cluster. */
const CLUSTER_REPORTS = 200;

/** A story cluster with its reports (earliest first), or undefined. */
export async function readCluster(dialect: CorpusDialect, id: number): Promise<ClusterResponse | undefined> {
  const cluster = await dialect.db.selectFrom('clusters').selectAll().where('id', '=', id).executeTakeFirst();
  if (!cluster) return undefined;
  const reports = await dialect.db.selectFrom('reports').select(['id', 'title', 'source', 'published', 'url', 'similarity'])
    .where('cluster_id', '=', id).orderBy('published').orderBy('id').limit(CLUSTER_REPORTS).execute();
  return {
    id: cluster.id, originReportId: cluster.origin_report_id, size: Number(cluster.size),
    reports: reports.map((r) => ({ ...r, similarity: r.similarity === null ? null : Number(r.similarity) })),
  };
}

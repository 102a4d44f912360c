import { AnalysisView } from '../components/analysis-view.js';
import { Link } from '../components/link.js';
import { Status } from '../components/status.js';
import { api } from '../lib/api-client.js';
import { faDate, faNumber, faPercent, headline, safeUrl } from '../lib/format.js';
import { useFetch } from '../lib/use-fetch.js';

/** The other agencies' copies of a story. */
function ClusterCopies({ clusterId, reportId }: { clusterId: number; reportId: number }) {
  const cluster = useFetch(String(clusterId), (signal) => api.cluster(clusterId, signal));
  if (!cluster.data) return <Status loading={cluster.loading} error={cluster.error} />;
  const others = cluster.data.reports.filter((r) => r.id !== reportId);
  return (
    <section class="panel cluster" aria-labelledby="cluster-title">
      <h2 id="cluster-title">{`همین خبر در ${faNumber(cluster.data.size)} جا`}</h2>
      <ul>
        {others.map((r) => (
          <li key={r.id}>
            <Link href={`/report/${r.id}`}>{r.title ?? `خبر ${faNumber(r.id)}`}</Link>
            <span class="meta">{` ${r.source ?? ''} · ${faDate(r.published)}${r.id === cluster.data?.originReportId ? ' · نخستین انتشار' : ''}${r.similarity !== null ? ` · شباهت ${faPercent(r.similarity)}` : ''}`}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** *Report*: a stored report with its layers, and its cluster of republications. */
export function ReportPage({ id }: { id: string }) {
  const report = useFetch(id, (signal) => api.report(id, signal));
  const data = report.data;
  return (
    <>
      <h1 tabIndex={-1}>{data ? (data.title ?? headline(data.doc.text)) : 'خبر'}</h1>
      <Status loading={report.loading} error={report.error} />
      {data && (
        <article>
          <p class="meta">
            {[data.source, faDate(data.published)].filter(Boolean).join(' · ')}
            {safeUrl(data.url) && <> · <a href={safeUrl(data.url)} rel="noopener noreferrer nofollow" target="_blank">نشانی اصلی</a></>}
            {' · '}<bdi class="origin" dir="ltr" lang="en">{data.origin}</bdi>
          </p>
          {data.clusterId !== null && <ClusterCopies clusterId={data.clusterId} reportId={data.id} />}
          <AnalysisView doc={data.doc} />
        </article>
      )}
    </>
  );
}

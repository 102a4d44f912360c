import { beforeEach, describe, expect, it } from 'vitest';
import { createRng, generateStory, type GeneratedReport, reportFileText, republish } from '../../bench/corpus/generate-reports.js';
import { pairwiseScores } from '../../bench/corpus/measure.js';
import { prepareReport } from '../../src/corpus/ingest/prepare-report.js';
import type { CorpusStore } from '../../src/corpus/store/store.js';
import { backends, testPipeline, useStore } from './store-fixture.js';

const rng = createRng(5);
const stories = Array.from({ length: 40 }, (_, i) => generateStory(rng, i, [], 1800));
const copies = stories.slice(0, 25).flatMap((story) => [republish(story, rng), ...(story.story % 3 === 0 ? [republish(story, rng)] : [])]);
// copies first for some stories: the origin must still be the earliest published report
const arrivals: GeneratedReport[] = [...copies.slice(0, 10), ...stories, ...copies.slice(10)];

describe.each(backends())('duplicate stories: $name', (backend) => {
  const pipeline = testPipeline();
  const get = useStore(backend, pipeline, (seeded) => seeded.save(arrivals.map((report, i) => prepareReport(pipeline, {
    text: reportFileText(report, rng), origin: `s${report.story}-${i}`, title: report.title, published: report.published, source: report.source,
  }))));
  let store: CorpusStore;
  beforeEach(() => {
    store = get();
  });

  it('clusters republications (new headline, source line, trimmed or reordered paragraphs) with precision and recall ≥ 0.95', async () => {
    const reports = await store.reports(0, 1000);
    const scores = pairwiseScores(reports.map((r) => ({ id: r.id, cluster: r.clusterId, story: Number(r.origin.slice(1).split('-')[0]) })));
    expect(scores.precision).toBeGreaterThanOrEqual(0.95);
    expect(scores.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('makes the earliest report of a cluster its origin, and collapses the cluster in search', async () => {
    const reports = await store.reports(0, 1000);
    const byCluster = new Map<number, typeof reports>();
    for (const r of reports) if (r.clusterId !== null) byCluster.set(r.clusterId, [...(byCluster.get(r.clusterId) ?? []), r]);
    expect(byCluster.size).toBe(25);
    for (const [id, members] of byCluster) {
      const cluster = await store.cluster(id);
      const earliest = [...members].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.id - b.id)[0];
      expect(cluster?.originReportId).toBe(earliest.id);
      expect(cluster?.reports.map((r) => r.id)).toHaveLength(members.length);
    }
    const all = await store.search({ query: '', limit: 100 });
    expect(all.total).toBe(40);
    expect(all.hits.filter((h) => h.copies > 1)).toHaveLength(25);
  });

  it('treats a copy differing only in half-spaces, letters and digits as an exact duplicate', async () => {
    const original = stories[30];
    const text = `${original.title}\n${original.paragraphs.join('\n')}`;
    const variant = text.replace(/\u200c/g, ' ').replace(/ی/g, 'ي').replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
    const [a, b] = await store.save([prepareReport(pipeline, { text, origin: 'x-1' }), prepareReport(pipeline, { text: variant, origin: 'x-2' })]);
    expect(a).toMatchObject({ status: 'added' });
    expect(b).toMatchObject({ status: 'added', clusterId: (a as { clusterId: number }).clusterId });
  });
});

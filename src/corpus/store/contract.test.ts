import { beforeEach, describe, expect, it } from 'vitest';
import { prepareReport, type PreparedReport } from '../ingest/prepare-report.js';
import type { CorpusStore } from './store.js';
import { SAMPLE, SAMPLE_REPORTS } from '../../../test/corpus/sample-reports.js';
import { backends, PG_URL, testPipeline, useStore } from '../../../test/corpus/store-fixture.js';

/**
 * The store contract: every backend behaves the same. PostgreSQL runs when KHABAR_TEST_PG_URL is set
 * (CI sets it; `.ci/run` starts a server), and CI fails when it is missing.
 */
if (!PG_URL) {
  if (!process.env.CI) console.warn('PostgreSQL store contract skipped: set KHABAR_TEST_PG_URL=postgres://... to run it (.ci/run does)');
  describe('PostgreSQL store contract', () => {
    it.skipIf(!process.env.CI)('is skipped: set KHABAR_TEST_PG_URL=postgres://... to run it', () => {});
    it.runIf(!!process.env.CI)('must run in CI: KHABAR_TEST_PG_URL is not set', () => {
      expect.fail('CI must provide KHABAR_TEST_PG_URL (see .ci/run)');
    });
  });
}

const pipeline = testPipeline();
const prepared = Object.fromEntries(Object.entries(SAMPLE).map(([name, raw]) => [name, prepareReport(pipeline, raw)])) as Record<keyof typeof SAMPLE, PreparedReport>;
const titles = (result: { hits: { title: string | null }[] }): string[] => result.hits.map((hit) => hit.title ?? '').sort();
const T = Object.fromEntries(Object.entries(SAMPLE).map(([name, raw]) => [name, raw.title])) as Record<keyof typeof SAMPLE, string>;

describe.each(backends())('store contract: $name', (backend) => {
  const get = useStore(backend, pipeline, async (store) => {
    const outcomes = await store.save(Object.values(prepared));
    expect(outcomes.every((o) => !(o instanceof Error) && o.status === 'added')).toBe(true);
  });
  let store: CorpusStore;
  beforeEach(() => {
    store = get();
  });

  it('stores each report once: saving again adds nothing', async () => {
    const before = await store.stats();
    const again = await store.save([prepared.visit, prepared.court]);
    expect(again.map((o) => (o instanceof Error ? o.message : o.status))).toEqual(['duplicate', 'duplicate']);
    expect(await store.stats()).toEqual(before);
    expect(before.reports).toBe(SAMPLE_REPORTS.length);
  });

  it('finds the same reports for a word written joined, spaced or with its half-space', async () => {
    const found = await Promise.all(['میشود', 'می شود', 'می‌شود', 'مي شود'].map(async (query) => titles(await store.search({ query, collapse: false }))));
    expect(found.every((list) => JSON.stringify(list) === JSON.stringify(found[0]))).toBe(true);
    expect(found[0]).toEqual(expect.arrayContaining([T.visit, T.visitCopy, T.football]));
  });

  // lemmas and stems widen what a word finds as morphology improves: each row says what must and must not be found
  it.each([
    ['همکاری', [T.visit, T.visitCopy], [T.football, T.court]],
    ['همكاريهاي', [T.visit, T.visitCopy], [T.football, T.court]],
    ['"وزیر امور خارجه"', [T.visit, T.visitCopy], [T.refinery, T.football, T.court]],
    ['"امور وزیر"', [], SAMPLE_REPORTS.map((r) => r.title as string)],
    ['پالایش*', [T.refinery], [T.football, T.court, T.visit]],
    ['فوتبال OR پالایشگاه', [T.football, T.refinery], [T.visit, T.court]],
    ['دیدار -آنکارا', [T.football], [T.visit, T.visitCopy]],
    ['قطر AND دوحه', [T.football], [T.visit, T.refinery, T.court]],
    ['(قطر OR قضاییه) -فساد', [T.football], [T.court]],
    ['۱۵ میلیون', [T.refinery], [T.court]],
    ['"ستاره خلیج"', [T.refinery], [T.visit, T.football, T.court]],
  ])('finds %s', async (query, included, excluded) => {
    const found = titles(await store.search({ query, collapse: false }));
    expect(found).toEqual(expect.arrayContaining(included));
    expect(found.filter((title) => excluded.includes(title))).toEqual([]);
  });

  it('collapses a republished story to one hit, counting its copies', async () => {
    const collapsed = await store.search({ query: 'همکاری' });
    expect(collapsed.total).toBe(1);
    expect(collapsed.hits[0].copies).toBe(2);
    expect((await store.search({ query: 'همکاری', collapse: false })).total).toBe(2);
  });

  it.each([
    [{ from: '2024-11-01' }, [T.refinery, T.football, T.court]],
    [{ from: '2024-10-09', to: '2024-10-09' }, [T.visit]],
    [{ source: 'ايرنا' }, [T.visit]],
    [{ source: 'میزان' }, [T.court]],
    [{ entity: 'هاکان فیدان' }, [T.visit, T.visitCopy]],
    [{ entity: 'وزير خارجه تركيه' }, [T.visit, T.visitCopy]],
    [{ eventType: 'consult' }, [T.visit, T.visitCopy]],
  ])('filters by %j', async (filter, expected) => {
    expect(titles(await store.search({ query: '', collapse: false, ...filter }))).toEqual([...expected].sort());
  });

  it.each([['همکاری', 'همكاريهاي'], ['می شود', 'مي شود'], ['"آماده است"', 'آماده']])('maps the highlights of %s to the original characters, as the agency wrote them', async (query, written) => {
    const result = await store.search({ query, collapse: false });
    const hit = result.hits.find((h) => h.title === T.visit);
    const text = (await store.report(hit!.id))!.doc.text;
    expect(hit!.snippet.text).toBe(text.slice(hit!.snippet.start, hit!.snippet.end));
    expect(hit!.snippet.highlights.map((h) => text.slice(h.start, h.end))).toContain(written);
  });

  it('ranks the report with the word in its title and body first', async () => {
    const result = await store.search({ query: 'پالایشگاه', collapse: false });
    expect(result.hits[0].title).toBe(T.refinery);
    expect(result.hits[0].score).toBeGreaterThan(0);
  });

  it.each(['', '"', '((', 'NOT', 'AND OR', '*', '-', '"وزیر', 'وزیر"*', "'; DROP TABLE reports; --", 'surface:ایران', '{title}: x', '\u0000\u0007', '^ایران', 'NEAR(a b)', 'ایران:*', "a' | !b"])(
    'answers the hostile query %j without an error',
    async (query) => {
      const result = await store.search({ query });
      expect(result.total).toBeGreaterThanOrEqual(0);
    },
  );

  it('clusters republications with the earliest report as origin', async () => {
    const original = (await store.search({ query: '', source: 'ایرنا' })).hits[0];
    const copy = (await store.search({ query: '', source: 'ایسنا' })).hits[0];
    expect(original.clusterId).not.toBeNull();
    expect(copy.clusterId).toBe(original.clusterId);
    const others = await store.search({ query: '', collapse: false, from: '2024-11-01' });
    expect(others.hits.every((hit) => hit.clusterId === null)).toBe(true);
    expect((await store.stats()).clusters).toBe(1);
  });

  it('merges entities across reports into profiles with aliases, quotes, co-mentions and events', async () => {
    const profile = await store.entity('وزير خارجه تركيه');
    expect(profile).toMatchObject({ canonical: 'هاکان فیدان', type: 'person', country: 'TUR' });
    expect(profile!.timeline.map((t) => t.date)).toEqual(['2024-10-09', '2024-10-10']);
    expect(profile!.quotes).toHaveLength(2);
    expect(profile!.quotes[0].text).toContain('۳۰ ميليارد دلار');
    expect(profile!.coMentions.map((c) => c.canonical)).toContain('عباس عراقچی');
    expect(profile!.events).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'CONSULT', role: 'recipient', other: 'عباس عراقچی' })]));
    expect(await store.entity('کسی که نیست')).toBeUndefined();
    expect(await store.stats()).toMatchObject({ entities: 4, quotes: 3, events: 2 });
  });

  it('exports events with actor names and countries', async () => {
    const events = await store.events(0, 10);
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ type: 'CONSULT', actor: { name: 'عباس عراقچی', country: 'IRN' }, recipient: { name: 'هاکان فیدان', country: 'TUR' } });
  });

  it('keeps whether the learned model inferred an event, in the event list and the entity profile', async () => {
    const events = await store.events(0, 10);
    expect(events.map((e) => [e.evidence.includes('دیدار'), e.inferred])).toEqual([[false, false], [true, true]]);
    const profile = await store.entity('هاکان فیدان');
    expect(profile!.events.map((e) => e.inferred).sort()).toEqual([false, true]);
  });

  it('pages through reports in id order with their Docs', async () => {
    const first = await store.reports(0, 2);
    const rest = await store.reports(first[1].id, 10);
    expect([...first, ...rest].map((r) => r.doc.text)).toEqual(SAMPLE_REPORTS.map((r) => r.text));
  });
});

describe.each(backends())('job queue contract: $name', (backend) => {
  it('queues reports once, gives each claim distinct jobs, and removes a job with its saved report', async () => {
    const { store, cleanup } = await backend.open(pipeline);
    try {
      expect(await store.enqueue(SAMPLE_REPORTS)).toEqual({ queued: SAMPLE_REPORTS.length, known: 0 });
      expect(await store.enqueue(SAMPLE_REPORTS)).toEqual({ queued: 0, known: SAMPLE_REPORTS.length });
      const [a, b] = await Promise.all([store.claim('host:1:a', 3), store.claim('host:2:b', 3)]);
      const ids = [...a, ...b].map((job) => job.id);
      expect(new Set(ids).size).toBe(SAMPLE_REPORTS.length);
      expect(await store.claimants()).toEqual(expect.arrayContaining(['host:1:a', 'host:2:b']));
      expect(await store.release(['host:2:b'])).toBe(b.length);
      const again = await store.claim('host:3:c', 10);
      expect(again.map((job) => job.id).sort()).toEqual(b.map((job) => job.id).sort());
      await store.fail(again[0].id, 'a reason');
      const done = [...a, ...again.slice(1)];
      await store.save(done.map((job) => prepareReport(pipeline, job.report)), done.map((job) => job.id));
      expect(await store.queueSize()).toEqual({ waiting: 0, failed: 1 });
      expect(await store.enqueue(SAMPLE_REPORTS)).toEqual({ queued: 0, known: SAMPLE_REPORTS.length });
    } finally {
      await store.close();
      await cleanup();
    }
  });
});

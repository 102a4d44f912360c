import { describe, expect, it } from 'vitest';
import { prepareReport, type PreparedReport } from '../../src/corpus/ingest/prepare-report.js';
import { TERM_CHUNK } from '../../src/corpus/store/term-frequency.js';
import { reportTerms } from '../../src/stages/summary/word-weights.js';
import { loadLexicons } from '../../src/lexicon/load.js';
import { countedReport } from './counted-reports.js';
import { SAMPLE } from './sample-reports.js';
import { backends, testPipeline } from './store-fixture.js';

const pipeline = testPipeline();
const visit = prepareReport(pipeline, SAMPLE.visit);
const refinery = prepareReport(pipeline, SAMPLE.refinery);
const { stopwords } = loadLexicons().report!.weights;

describe.each(backends())('corpus document frequencies: $name', (backend) => {
  const withStore = async (test: (store: Awaited<ReturnType<typeof backend.open>>['store']) => Promise<void>): Promise<void> => {
    const { store, cleanup } = await backend.open(pipeline);
    try {
      await test(store);
    } finally {
      await store.close();
      await cleanup();
    }
  };

  it('counts each report\'s terms once, however often it uses them', () => withStore(async (store) => {
    expect(visit.terms).toEqual(expect.arrayContaining(['همکاری', 'انکارا'])); // match keys: آ folded to ا
    await store.save([visit, refinery]);
    const { documents, documentFrequency } = await store.termFrequency();
    expect(documents).toBe(2);
    expect(await store.termReports()).toBe(2);
    expect(documentFrequency.get('همکاری')).toBe(1);
    expect(documentFrequency.get('تهران')).toBe(2); // a dateline in one, the place of the visit in the other
    expect(documentFrequency.size).toBe(new Set([...visit.terms!, ...refinery.terms!]).size);
    const shared = visit.terms!.filter((term) => refinery.terms!.includes(term));
    expect(shared).toEqual(expect.arrayContaining(['تهران', 'کشور']));
    expect((await store.termFrequency(2)).documentFrequency).toEqual(new Map(shared.map((term) => [term, 2])));
  }));

  it('does not count a report again when the same text comes back', () => withStore(async (store) => {
    await store.save([visit]);
    const before = await store.termFrequency();
    const outcomes = await store.save([visit, prepareReport(pipeline, SAMPLE.visit)]);
    expect(outcomes.map((o) => (o instanceof Error ? o.message : o.status))).toEqual(['duplicate', 'duplicate']);
    expect(await store.termFrequency()).toEqual(before);
  }));

  it('counts a republication (another text of the same story) as a report of its own', () => withStore(async (store) => {
    await store.save([visit, prepareReport(pipeline, SAMPLE.visitCopy)]);
    expect((await store.termFrequency()).documentFrequency.get('انکارا')).toBe(2);
  }));

  it('writes nothing of a report whose save fails after its terms were counted', () => withStore(async (store) => {
    // an event without offsets breaks the save after the report row, its index and its terms were written
    const broken: PreparedReport = { ...countedReport(visit, 'broken', ['واژه‌ای-که-فقط-اینجاست', 'تهران']), events: [{ start: null as never, end: 1, evidence: '', type: 'CONSULT' }] };
    const outcomes = await store.save([refinery, broken]);
    expect(outcomes[0]).toMatchObject({ status: 'added' });
    expect(outcomes[1]).toBeInstanceOf(Error);
    const { documents, documentFrequency } = await store.termFrequency();
    expect(documents).toBe(1);
    expect(documentFrequency.has('واژه‌ای-که-فقط-اینجاست')).toBe(false);
    expect(documentFrequency.get('تهران')).toBe(1);
    expect((await store.stats()).reports).toBe(1);
  }));

  it(`counts a report with more terms than one statement binds (${TERM_CHUNK} a statement)`, () => withStore(async (store) => {
    const terms = Array.from({ length: TERM_CHUNK * 2 + 7 }, (_, i) => `واژه${i}`);
    await store.save([countedReport(visit, 'many', terms), countedReport(visit, 'few', terms.slice(TERM_CHUNK - 1, TERM_CHUNK + 1))]);
    const { documents, documentFrequency } = await store.termFrequency();
    expect(documents).toBe(2);
    expect(documentFrequency.size).toBe(terms.length);
    expect([...documentFrequency].filter(([, df]) => df === 2).map(([term]) => term).sort()).toEqual([`واژه${TERM_CHUNK - 1}`, `واژه${TERM_CHUNK}`].sort());
  }));

  it('counts reports stored without terms (before schema 2, or analysed without keyphrases) from their Docs, once', () => withStore(async (store) => {
    await store.save([countedReport(visit, 'uncounted', undefined), refinery]);
    expect(await store.termReports()).toBe(1);
    const termsOf = (doc: Parameters<Parameters<typeof store.countStoredTerms>[0]>[0]): string[] => reportTerms(doc.layers.tokens ?? [], { stopwords });
    expect(await store.countStoredTerms(termsOf)).toBe(1);
    expect(await store.countStoredTerms(termsOf)).toBe(0);
    const { documents, documentFrequency } = await store.termFrequency();
    expect(documents).toBe(2);
    expect(documentFrequency.get('همکاری')).toBe(1);
    expect(documentFrequency.get('تهران')).toBe(2);
  }));
});

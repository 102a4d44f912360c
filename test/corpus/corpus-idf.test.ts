import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS_IDF_MIN_REPORTS, CORPUS_IDF_MIN_TERM_REPORTS, corpusDocumentFrequency, renewingAnalyzer } from '../../src/corpus/ingest/corpus-document-frequency.js';
import { work } from '../../src/corpus/ingest/ingest.js';
import { prepareReport } from '../../src/corpus/ingest/prepare-report.js';
import { analyze, createAnalyzer } from '../../src/pipeline/analyze.js';
import { loadLexicons } from '../../src/lexicon/load.js';
import { openStore } from '../../src/corpus/store/open-store.js';
import type { CorpusStore } from '../../src/corpus/store/store.js';
import type { Keyphrase } from '../../src/stages/summary/keyphrases.js';
import { addFloodReports, FLOOD } from './counted-reports.js';
import { SAMPLE } from './sample-reports.js';
import { backends, testPipeline } from './store-fixture.js';

const pipeline = testPipeline();
const base = prepareReport(pipeline, SAMPLE.refinery);

/** Ingests one version of the flood report and returns its stored keyphrases. */
async function ingestFlood(store: CorpusStore, version: string, options: Parameters<typeof work>[1] = {}): Promise<Keyphrase[]> {
  const origin = `flood-report-${version}.txt`;
  await store.enqueue([{ origin, text: `${FLOOD}\nگزارش ${version}.` }]);
  expect(await work(store, { threads: 0, ...options })).toMatchObject({ added: 1 });
  const stored = (await store.reports(0, 1000)).find((report) => report.origin === origin);
  return stored!.doc.layers.keyphrases as Keyphrase[];
}

describe.each(backends())('ingest scores keyphrases against the corpus: $name', (backend) => {
  it(`uses the shipped table below ${CORPUS_IDF_MIN_REPORTS} counted reports and the corpus's own from then on`, async () => {
    const { store, cleanup } = await backend.open(pipeline);
    try {
      await addFloodReports(store, base, 0, CORPUS_IDF_MIN_REPORTS - 2);
      expect(await corpusDocumentFrequency(store)).toBeUndefined();
      // the first ingested flood report is the 99th counted: still below
      expect((await ingestFlood(store, 'first'))[0].text).toBe('سیلاب');
      expect(await store.termReports()).toBe(CORPUS_IDF_MIN_REPORTS - 1);
      await addFloodReports(store, base, CORPUS_IDF_MIN_REPORTS - 2, CORPUS_IDF_MIN_REPORTS - 1);
      const corpus = await corpusDocumentFrequency(store);
      expect(corpus?.documents).toBe(CORPUS_IDF_MIN_REPORTS);
      expect(corpus?.documentFrequency.get('سیلاب')).toBe(CORPUS_IDF_MIN_REPORTS);
      // the words of the ingested report alone (گلستان, احمر...) are left out of the snapshot
      expect(CORPUS_IDF_MIN_TERM_REPORTS).toBe(2);
      expect([...corpus!.documentFrequency.keys()].sort()).toEqual(['سیلاب', ...Array.from({ length: 7 }, (_, i) => `روستا${i}`)].sort());
      const second = await ingestFlood(store, 'second');
      expect(second[0].text).not.toBe('سیلاب');
      expect(second.find((k) => k.text === 'سیلاب')?.score ?? 0).toBeLessThan(1);
      // unless told not to
      expect((await ingestFlood(store, 'third', { corpusFrequencies: false }))[0].text).toBe('سیلاب');
    } finally {
      await store.close();
      await cleanup();
    }
  });
});

describe.each(backends())('a server\'s analyzer follows its growing corpus: $name', (backend) => {
  it('switches to the corpus\'s own frequencies once it counts enough reports, and renews them after a tenth more', async () => {
    const { store, cleanup } = await backend.open(pipeline);
    const lexicons = loadLexicons();
    const snapshots: (number | undefined)[] = [];
    const leading = (p: Parameters<typeof analyze>[0]) => (analyze(p, FLOOD).layers.keyphrases as Keyphrase[])[0].text;
    try {
      const analyzer = await renewingAnalyzer(store, (documentFrequency) => {
        snapshots.push(documentFrequency?.documents);
        return createAnalyzer(lexicons, { documentFrequency });
      }, 20);
      expect(snapshots).toEqual([undefined]);
      expect(leading(analyzer.pipeline)).toBe('سیلاب');
      await addFloodReports(store, base, 0, 19);
      expect(await analyzer.renew()).toBe(false);
      await addFloodReports(store, base, 19, 20);
      // two calls at once share one renewal
      expect(await Promise.all([analyzer.renew(), analyzer.renew()])).toEqual([true, true]);
      expect(snapshots).toEqual([undefined, 20]);
      expect(leading(analyzer.pipeline)).not.toBe('سیلاب');
      await addFloodReports(store, base, 20, 21);
      expect(await analyzer.renew()).toBe(false);
      await addFloodReports(store, base, 21, 22);
      expect(await analyzer.renew()).toBe(true);
      expect(snapshots).toEqual([undefined, 20, 22]);
    } finally {
      await store.close();
      await cleanup();
    }
  });
});

describe('khabar ingest with a large enough corpus', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'khabar-corpus-idf-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('hands the corpus\'s document frequencies to its analysis threads', async () => {
    const data = join(dir, 'data');
    let store = await openStore(data, pipeline);
    await addFloodReports(store, base, 0, CORPUS_IDF_MIN_REPORTS);
    await store.close();
    writeFileSync(join(dir, 'flood.txt'), FLOOD);
    const bin = join(import.meta.dirname, '..', '..', 'bin', 'khabar.js');
    const result = spawnSync(process.execPath, [bin, 'ingest', join(dir, 'flood.txt'), '--data', data, '--threads', '1', '--json'], { encoding: 'utf8', env: { ...process.env, KHABAR_DATABASE_URL: '' } });
    expect(result.stderr).not.toMatch(/skipped|cannot/);
    expect(JSON.parse(result.stdout)).toMatchObject({ added: 1 });
    store = await openStore(data, pipeline);
    try {
      const stored = (await store.reports(0, 1000)).find((report) => report.origin.endsWith('flood.txt'));
      const keyphrases = stored!.doc.layers.keyphrases as Keyphrase[];
      expect(keyphrases.length).toBeGreaterThan(3);
      expect(keyphrases[0].text).not.toBe('سیلاب');
      expect(await store.termReports()).toBe(CORPUS_IDF_MIN_REPORTS + 1);
    } finally {
      await store.close();
    }
  });
});

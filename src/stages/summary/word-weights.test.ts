import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../lexicon/load.js';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';
import type { Keyphrase } from './keyphrases.js';
import { isSummaryStage } from './summary-stage.js';
import { type DocumentFrequency, formatDocumentFrequency, idf, parseDocumentFrequency, reportTerms, withDocumentFrequency } from './word-weights.js';

const lexicons = loadLexicons();
const shipped = lexicons.report!.weights;

/** A report about a flood: `سیلاب` is its repeated topic, and rare in the treebank the shipped table counts. */
const FLOOD = [
  'سیلاب روز گذشته روستاهای شمال استان گلستان را فرا گرفت و جاده‌های ارتباطی را بست.',
  'مدیر بحران استان گفت سیلاب به صدها خانه روستایی آسیب زده و گروه‌های امداد در منطقه مستقرند.',
  'به گفته وی، هلال احمر برای خانواده‌های آسیب‌دیده چادر و غذا فرستاده است.',
  'کارشناسان هشدار داده‌اند که بارش باران تا پایان هفته ادامه دارد و خطر سیلاب دوباره وجود دارد.',
].join('\n');

const keyphrases = (documentFrequency?: DocumentFrequency): Keyphrase[] =>
  analyze(createAnalyzer(lexicons, { documentFrequency }), FLOOD).layers.keyphrases as Keyphrase[];

describe('report terms', () => {
  it('are the distinct content keys, lemmas for inflected words, sorted, without function words', () => {
    const tokens = analyze(createAnalyzer(lexicons, { entities: false, report: false }), 'تحریم‌های نفتی و تحریم بانکی در سال جدید').layers.tokens!;
    const terms = reportTerms(tokens, shipped);
    expect(terms).toEqual([...new Set(terms)].sort());
    expect(terms).toEqual(expect.arrayContaining(['تحریم', 'نفتی', 'بانکی']));
    expect(terms.filter((t) => t === 'تحریم')).toHaveLength(1);
    expect(terms).not.toContain('و');
    expect(terms).not.toContain('در');
  });
});

describe('document-frequency tables', () => {
  it('survive writing and reading back (the form they cross to worker threads in)', () => {
    const table = { documents: 250, documentFrequency: new Map([['سیلاب', 12], ['گلستان', 3]]) };
    expect(parseDocumentFrequency(formatDocumentFrequency(table))).toEqual(table);
  });

  it('keep the lexicons\' stopwords when a corpus replaces the counts', () => {
    const corpus = withDocumentFrequency(shipped, { documents: 100, documentFrequency: new Map([['سیلاب', 100]]) });
    expect(corpus.stopwords).toBe(shipped.stopwords);
    expect(idf(corpus, 'سیلاب')).toBeCloseTo(Math.log(101 / 101));
    expect(idf(corpus, 'گلستان')).toBeCloseTo(Math.log(101));
  });
});

describe('keyphrases over a corpus\'s own document frequencies', () => {
  it('rank the repeated topic first against the shipped table, where it is rare', () => {
    expect(shipped.documentFrequency.get('سیلاب') ?? 0).toBeLessThan(5);
    expect(keyphrases()[0].text).toBe('سیلاب');
  });

  it('sink a word every report of the corpus contains, however rare in the shipped table', () => {
    const corpus = { documents: 100, documentFrequency: new Map([['سیلاب', 100], ['استان', 40]]) };
    const ranked = keyphrases(corpus);
    expect(ranked[0].text).not.toContain('سیلاب');
    expect(ranked.find((k) => k.text === 'سیلاب')?.score ?? 0).toBe(0);
    expect(ranked.map((k) => k.text)).toEqual(expect.arrayContaining(['گلستان']));
  });

  it('are what the analyzer\'s summary stage scores against: the shipped table by default, the corpus when given', () => {
    const corpus = { documents: 100, documentFrequency: new Map<string, number>() };
    const stage = (options: { documentFrequency?: DocumentFrequency }) => createAnalyzer(lexicons, options).stages.find(isSummaryStage)!;
    expect(stage({}).weights).toBe(shipped);
    expect(stage({ documentFrequency: corpus }).weights).toMatchObject({ documents: 100, stopwords: shipped.stopwords });
  });
});

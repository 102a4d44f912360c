import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../lexicon/load.js';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';
import { docWithEntities } from '../clauses/test-doc.js';
import type { Keyphrase } from './keyphrases.js';
import type { SummarySentence } from './summarize.js';
import { createSummaryStage } from './summary-stage.js';

const lexicons = loadLexicons();
const stage = createSummaryStage(lexicons.report!.weights, { sentences: 2, keyphrases: 4 });

const report = [
  'وزیران نفت کشورهای صادرکننده در وین درباره سقف تولید نفت گفت‌وگو کردند.',
  'به گفته یک مقام آگاه، سقف تولید نفت تا پایان سال ثابت می‌ماند.',
  'هوای وین در روزهای نشست بارانی بود.',
  'کارشناسان بازار معتقدند ثبات سقف تولید نفت قیمت‌ها را در محدوده فعلی نگه می‌دارد.',
].join('\n');

describe('keyphrases and summary', () => {
  const doc = stage.run(docWithEntities(lexicons, report, []));
  const keyphrases = (doc.layers.keyphrases ?? []) as Keyphrase[];
  const summary = (doc.layers.summary ?? []) as SummarySentence[];

  it('puts the repeated topic first and skips function words', () => {
    expect(keyphrases[0].text).toContain('نفت');
    expect(keyphrases.every((k) => !['در', 'به', 'را', 'که'].includes(k.text))).toBe(true);
    expect(report.slice(keyphrases[0].start, keyphrases[0].end)).toBe(keyphrases[0].text);
  });

  it('chooses central sentences in report order and leaves out the aside', () => {
    expect(summary).toHaveLength(2);
    expect(summary[0].start).toBeLessThan(summary[1].start);
    const chosen = summary.map((s) => report.slice(s.start, s.end));
    expect(chosen.some((s) => s.includes('هوای وین'))).toBe(false);
  });
});

describe('keyphrases over the entity layers', () => {
  const text = [
    'به گزارش ایسنا، سرگئی لاوروف وزیر خارجه روسیه روز دوشنبه درباره مذاکرات گازی با ترکیه سخن گفت.',
    'لاوروف افزود مذاکرات گازی تا پایان ماه ادامه دارد و قرارداد گازی امسال امضا می‌شود.',
    'به گفته لاوروف، خط لوله جدید ظرفیت صادرات گاز را دو برابر می‌کند.',
  ].join('\n');
  const keyphrases = (analyze(createAnalyzer(lexicons), text).layers.keyphrases ?? []) as Keyphrase[];

  it('count a person\'s full name and surname as one keyphrase, shown by the full name', () => {
    const lavrov = keyphrases.find((k) => k.text === 'سرگئی لاوروف');
    expect(lavrov?.count).toBe(3);
    expect(keyphrases.some((k) => k.text === 'لاوروف' || k.text === 'سرگئی')).toBe(false);
  });

  it('leave out dates and the agency of the attribution line', () => {
    expect(keyphrases.some((k) => /دوشنبه|ایسنا|خبرگزاری/.test(k.text))).toBe(false);
  });
});

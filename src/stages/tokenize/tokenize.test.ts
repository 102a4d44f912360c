import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDoc } from '../../doc/invariants.js';
import { loadLexicons } from '../../lexicon/load.js';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';

const pipeline = createAnalyzer(loadLexicons());
const tokensOf = (text: string): string[] => (analyze(pipeline, text).layers.tokens ?? []).map((t) => t.norm);
const sentencesOf = (text: string): string[] => {
  const doc = analyze(pipeline, text);
  return (doc.layers.sentences ?? []).map((s) => text.slice(s.start, s.end));
};

describe('tokens', () => {
  it.each([
    ['keeps half-spaced words whole and splits punctuation', 'همکاری‌های ما، ادامه دارد.', ['همکاری‌های', 'ما', '،', 'ادامه', 'دارد', '.']],
    ['restored words are one token spanning the original', 'مي توانند', ['می‌توانند']],
    ['numbers with separators', 'رشد ۳٫۵ درصد و ۱٬۲۰۰ نفر در ۱۴۰۲/۰۵/۱۲', ['رشد', '۳٫۵', 'درصد', 'و', '۱٬۲۰۰', 'نفر', 'در', '۱۴۰۲/۰۵/۱۲']],
    ['mixed Latin and Persian tokens', 'جنگنده F-35 و اف-۳۵ با COVID-19', ['جنگنده', 'F-35', 'و', 'اف-۳۵', 'با', 'COVID-19']],
    ['URLs, e-mails, hashtags and mentions', 'نشانی https://irna.ir/news/1 و info@irna.ir و #ایران و @khabar', ['نشانی', 'https://irna.ir/news/1', 'و', 'info@irna.ir', 'و', '#ایران', 'و', '@khabar']],
    ['runs of the same mark stay one token', 'چه؟! واقعاً...', ['چه', '؟', '!', 'واقعا', '...']],
  ])('%s', (_, input, expected) => {
    expect(tokensOf(input)).toEqual(expected);
  });

  it('gives each token its original span', () => {
    const text = 'وزير   خارجه مي گويد';
    const doc = analyze(pipeline, text);
    expect((doc.layers.tokens ?? []).map((t) => text.slice(t.start, t.end))).toEqual(['وزير', 'خارجه', 'مي گويد']);
    expect(checkDoc(doc)).toEqual([]);
  });
});

describe('sentences', () => {
  it.each([
    ['splits on . ؟ !', 'او آمد. تو رفتی؟ چه خوب!', ['او آمد.', 'تو رفتی؟', 'چه خوب!']],
    ['not after a one-letter abbreviation', 'دکتر ع. احمدی آمد. او رفت.', ['دکتر ع. احمدی آمد.', 'او رفت.']],
    ['not inside a Hijri date abbreviation', 'در سال ۱۳۵۰ ه.ق. درگذشت. بعد', ['در سال ۱۳۵۰ ه.ق. درگذشت.', 'بعد']],
    ['not at a decimal point', 'رشد ۳.۵ درصد بود. خوب است.', ['رشد ۳.۵ درصد بود.', 'خوب است.']],
    ['not inside a closed guillemet quote', 'گفت: «این شدنی است. ما آماده‌ایم.» او رفت.', ['گفت: «این شدنی است. ما آماده‌ایم.»', 'او رفت.']],
    ['never across a line break', 'خط اول\nخط دوم', ['خط اول', 'خط دوم']],
  ])('%s', (_, input, expected) => {
    expect(sentencesOf(input)).toEqual(expected);
  });

  it('reports an unclosed guillemet as a message with its place', () => {
    const text = 'گفت: «این شدنی است. ما آماده‌ایم.';
    const messages = analyze(pipeline, text).messages.filter((m) => m.source === 'tokenize');
    expect(messages).toHaveLength(1);
    expect(text.slice(messages[0].start, messages[0].end)).toBe('«');
  });
});

describe('Doc invariants hold on any input', () => {
  it('offsets in bounds, tokens viewed through the alignment, JSON round trip', () => {
    const piece = fc.oneof(
      fc.constantFrom('می', 'توانند', 'همکاری', 'های', 'گفت', 'و', 'گو', 'كتاب', 'ﻻ', ' ', '  ', '\u200c', '\n', '.', '؟', '«', '»', '"', 'ع.', '۳.۵', 'F-35', 'https://a.ir/x', '😀', 'ـ', '\u064e'),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((p) => p.join('')), (text) => {
        expect(checkDoc(analyze(pipeline, text))).toEqual([]);
      }),
      { numRuns: 1500 },
    );
  });
});

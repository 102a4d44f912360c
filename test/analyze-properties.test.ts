import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDoc } from '../src/doc/invariants.js';
import { loadLexicons } from '../src/lexicon/load.js';
import { analyze, createAnalyzer } from '../src/pipeline/analyze.js';

/**
 * The whole analysis never throws and always yields a consistent Doc, whatever words come in
 * whatever order: the pieces below are the kinds of words every stage reacts to (names, titles,
 * offices, reporting verbs, event verbs, prepositions, dates, numbers, quote marks, punctuation),
 * shuffled into nonsense that no rule expects.
 */
const PIECES = [
  'به', 'گزارش', 'خبرگزاری', 'ایرنا', 'به نقل از', 'وی', 'او', 'ایشان', 'گفت', 'افزود', 'تصریح کرد', 'اعلام کرد که',
  'با بیان اینکه', 'به گفته', 'سرگئی', 'لاوروف', 'لاورف', 'وزیر', 'امور', 'خارجه', 'روسیه', 'ایران', 'کشورمان', 'همتای',
  'ترکیه‌ای', 'خود', 'سرلشکر', 'پاسدار', 'آیت‌الله', 'سخنگوی', 'وزارت', 'سازمان ملل', 'با', 'از', 'را', 'علیه', 'که', 'و',
  'دیدار کرد', 'حمله کرد', 'محکوم کرد', 'تحریم', 'حملات', 'هشدار داد', 'خواستار شد', 'امضا خواهد کرد', 'اگر', 'نکرد',
  'دیروز', 'روز دوشنبه', '۱۲ آبان ۱۴۰۴', 'سه میلیون', 'دلار', '۲۵ درصد', '«', '»', '،', '.', ':', '؟', '(', ')', '\n',
  'مي شود', 'همكاري هاي', 'F-35', '٤٠', 'https://example.org/x', '#خبر',
];

const lexicons = loadLexicons();
const pipeline = createAnalyzer(lexicons);

describe('the whole analysis on arbitrary word salad', () => {
  it('never throws, and every layer stays inside the text with a consistent Doc', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 60 }), fc.constantFrom(' ', '', '  '), (pieces, glue) => {
        const text = pieces.join(glue);
        const doc = analyze(pipeline, text, { published: '2025-11-03' });
        expect(checkDoc(doc)).toEqual([]);
        for (const [name, layer] of Object.entries(doc.layers)) {
          for (const span of layer ?? []) {
            if (!(span.start >= 0 && span.end <= text.length && span.start <= span.end)) throw new Error(`${name} span ${span.start}-${span.end} outside ${text.length}`);
          }
        }
        expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
      }),
      { numRuns: Number(process.env.KHABAR_PROPERTY_RUNS ?? 300) }, // more on demand: KHABAR_PROPERTY_RUNS=5000
    );
  });
});

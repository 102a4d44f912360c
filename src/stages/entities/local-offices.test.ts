import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../lexicon/load.js';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';
import { entityTable } from './entity-layers.js';

const pipeline = createAnalyzer(loadLexicons(), { report: false });
const names = (text: string, type: string) => {
  const doc = analyze(pipeline, text);
  return entityTable(doc).filter((e) => e.type === type).flatMap((e) => e.mentions.map((m) => doc.text.slice(m.start, m.end)));
};

describe('offices of provinces and towns', () => {
  it.each([
    ['کشاورزان صبح امروز مقابل استانداری کرمان تجمع کردند.', 'استانداری کرمان'],
    ['بازنشستگان روز گذشته جلوی فرمانداری بروجرد جمع شدند.', 'فرمانداری بروجرد'],
    ['شکایت کارگران به اداره کار شهرستان بروجرد رسید.', 'اداره کار شهرستان بروجرد'],
  ])('an office word before a place names the office: %s', (text, office) => {
    expect(names(text, 'ORG')).toContain(office);
  });

  it.each([
    ['بندرعباس مرکز استان هرمزگان است و جمعیت زیادی دارد.', 'مرکز استان هرمزگان'],
    ['درگیری‌ها در الفاشر، مرکز ایالت دارفور شمالی، ادامه دارد.', 'مرکز ایالت دارفور شمالی'],
  ])('the centre of a province is its capital, not an organization: %s', (text, capital) => {
    expect(names(text, 'ORG')).not.toContain(capital);
    expect(names(text, 'LOC').some((m) => capital.endsWith(m))).toBe(true);
    // nor one place with its `مرکز` (the tagger may read it so)
    expect(names(text, 'LOC').some((m) => m.startsWith('مرکز'))).toBe(false);
  });
});

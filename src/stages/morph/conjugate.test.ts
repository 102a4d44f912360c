import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../lexicon/load.js';
import { conjugate, TENSES, type Tense } from './conjugate.js';
import { analyzeVerb } from './verb-analyzer.js';
import { buildVerbIndex, type VerbLemma } from './verb-index.js';
import type { PersonNumber } from './verb-paradigm.js';

const Z = '\u200c';
const index = buildVerbIndex(loadLexicons().verbs);
const verb = (infinitive: string): VerbLemma => {
  const found = [...index.byLemma.values()].flat().find((v) => v.infinitive === infinitive);
  if (!found) throw new Error(`no ${infinitive}`);
  return found;
};
const PERSONS: PersonNumber[] = [
  { person: 1, number: 'Sing' }, { person: 2, number: 'Sing' }, { person: 3, number: 'Sing' },
  { person: 1, number: 'Plur' }, { person: 2, number: 'Plur' }, { person: 3, number: 'Plur' },
];
const all = (v: VerbLemma, tense: Tense, options = {}): (string | undefined)[] => PERSONS.map((pn) => conjugate(v, tense, pn, options));
const words = (text: string): string[] => text.split(' ').map((w) => w.replace(/_/g, Z));

describe('conjugate: every tense and person', () => {
  const نوشتن = verb('نوشتن');
  const cases: [Tense, string, string][] = [
    ['past', 'نوشتم نوشتی نوشت نوشتیم نوشتید نوشتند', 'ننوشتم ننوشتی ننوشت ننوشتیم ننوشتید ننوشتند'],
    ['pastImperfective', 'می_نوشتم می_نوشتی می_نوشت می_نوشتیم می_نوشتید می_نوشتند', 'نمی_نوشتم نمی_نوشتی نمی_نوشت نمی_نوشتیم نمی_نوشتید نمی_نوشتند'],
    ['present', 'می_نویسم می_نویسی می_نویسد می_نویسیم می_نویسید می_نویسند', 'نمی_نویسم نمی_نویسی نمی_نویسد نمی_نویسیم نمی_نویسید نمی_نویسند'],
    ['subjunctive', 'بنویسم بنویسی بنویسد بنویسیم بنویسید بنویسند', 'ننویسم ننویسی ننویسد ننویسیم ننویسید ننویسند'],
    ['perfect', 'نوشته_ام نوشته_ای نوشته%است نوشته_ایم نوشته_اید نوشته_اند', 'ننوشته_ام ننوشته_ای ننوشته%است ننوشته_ایم ننوشته_اید ننوشته_اند'],
    ['pluperfect', 'نوشته%بودم نوشته%بودی نوشته%بود نوشته%بودیم نوشته%بودید نوشته%بودند', 'ننوشته%بودم ننوشته%بودی ننوشته%بود ننوشته%بودیم ننوشته%بودید ننوشته%بودند'],
    ['pastSubjunctive', 'نوشته%باشم نوشته%باشی نوشته%باشد نوشته%باشیم نوشته%باشید نوشته%باشند', 'ننوشته%باشم ننوشته%باشی ننوشته%باشد ننوشته%باشیم ننوشته%باشید ننوشته%باشند'],
    ['future', 'خواهم%نوشت خواهی%نوشت خواهد%نوشت خواهیم%نوشت خواهید%نوشت خواهند%نوشت', 'نخواهم%نوشت نخواهی%نوشت نخواهد%نوشت نخواهیم%نوشت نخواهید%نوشت نخواهند%نوشت'],
    ['presentProgressive', 'دارم%می_نویسم داری%می_نویسی دارد%می_نویسد داریم%می_نویسیم دارید%می_نویسید دارند%می_نویسند', ''],
    ['pastProgressive', 'داشتم%می_نوشتم داشتی%می_نوشتی داشت%می_نوشت داشتیم%می_نوشتیم داشتید%می_نوشتید داشتند%می_نوشتند', ''],
  ];
  it.each(cases)('نوشتن in the %s, affirmative and negative', (tense, affirmative, negative) => {
    expect(all(نوشتن, tense)).toEqual(words(affirmative).map((w) => w.replace(/%/g, ' ')));
    expect(all(نوشتن, tense, { negative: true })).toEqual(negative ? words(negative).map((w) => w.replace(/%/g, ' ')) : PERSONS.map(() => undefined));
  });

  it('writes the imperative for the second person only', () => {
    expect(all(نوشتن, 'imperative')).toEqual([undefined, 'بنویس', undefined, undefined, 'بنویسید', undefined]);
    expect(all(نوشتن, 'imperative', { negative: true })).toEqual([undefined, 'ننویس', undefined, undefined, 'ننویسید', undefined]);
  });

  it('gives vowel-initial stems their ی (آمدن، افتادن)', () => {
    expect(all(verb('آمدن'), 'present')).toEqual(words('می_آیم می_آیی می_آید می_آییم می_آیید می_آیند'));
    expect(all(verb('آمدن'), 'subjunctive')).toEqual(words('بیایم بیایی بیاید بیاییم بیایید بیایند'));
    expect(all(verb('آمدن'), 'past', { negative: true })).toEqual(words('نیامدم نیامدی نیامد نیامدیم نیامدید نیامدند'));
    expect(all(verb('افتادن'), 'subjunctive')).toEqual(words('بیفتم بیفتی بیفتد بیفتیم بیفتید بیفتند'));
    expect(conjugate(verb('آمدن'), 'imperative', { person: 2, number: 'Sing' })).toBe('بیا');
  });

  it('puts the preverb first and drops ب after it (برگشتن)', () => {
    expect(all(verb('برگشتن'), 'present', { negative: true })).toEqual(words('برنمی_گردم برنمی_گردی برنمی_گردد برنمی_گردیم برنمی_گردید برنمی_گردند'));
    expect(all(verb('برگشتن'), 'subjunctive')).toEqual(words('برگردم برگردی برگردد برگردیم برگردید برگردند'));
    expect(conjugate(verb('برگشتن'), 'future', { person: 3, number: 'Plur' })).toBe('برخواهند گشت');
  });

  it('builds the passive with شدن and attaches object clitics', () => {
    const third = PERSONS[2];
    expect(conjugate(verb('دادن'), 'past', third, { passive: true })).toBe('داده شد');
    expect(conjugate(verb('دادن'), 'present', third, { passive: true, negative: true })).toBe(`داده نمی${Z}شود`);
    expect(conjugate(verb('دادن'), 'subjunctive', third, { passive: true })).toBe('داده شود');
    expect(conjugate(verb('دادن'), 'perfect', third, { passive: true })).toBe('داده شده است');
    expect(conjugate(verb('دادن'), 'future', third, { passive: true })).toBe('داده خواهد شد');
    expect(conjugate(verb('دیدن'), 'past', PERSONS[0], { clitic: 'ش' })).toBe('دیدمش');
    expect(conjugate(verb('گرفتن'), 'imperative', PERSONS[1], { clitic: 'ش' })).toBe('بگیرش');
    expect(conjugate(verb('گفتن'), 'imperative', PERSONS[1], { clitic: 'ش' })).toBe('بگویش');
    expect(conjugate(verb('دیدن'), 'future', PERSONS[0], { clitic: 'ش' })).toBeUndefined();
  });
});

describe('conjugate and analyzeVerb agree', () => {
  it.each(['نوشتن', 'آمدن', 'افتادن', 'گفتن', 'برگشتن', 'کردن', 'آوردن', 'شنیدن'])('every word of every form of %s analyses back to its lemma', (infinitive) => {
    const v = verb(infinitive);
    for (const tense of TENSES) {
      for (const pn of PERSONS) {
        for (const options of [{}, { negative: true }, { clitic: 'شان' }]) {
          const form = conjugate(v, tense, pn, options);
          if (!form) continue;
          const main = form.split(' ').at(-1) as string;
          const mainWord = ['است', 'بود', 'باشد', 'بودم', 'بودی', 'بودیم', 'بودید', 'بودند', 'باشم', 'باشی', 'باشیم', 'باشید', 'باشند'].includes(main) ? form.split(' ')[0] : main;
          const lemmas = analyzeVerb(index, mainWord.replace(/\u200c/g, '')).map((a) => a.lemma);
          expect(lemmas, `${tense} ${form}`).toContain(v.lemma);
        }
      }
    }
  });

  it('writes the compound verb اعلام کردن as its nominal and the conjugated light verb', () => {
    const light = verb('کردن');
    const forms = PERSONS.map((pn) => `اعلام ${conjugate(light, 'present', pn, { negative: true })}`);
    expect(forms).toEqual(words('اعلام%نمی_کنم اعلام%نمی_کنی اعلام%نمی_کند اعلام%نمی_کنیم اعلام%نمی_کنید اعلام%نمی_کنند').map((w) => w.replace(/%/g, ' ')));
    // its passive swaps the light verb for شدن
    expect(`اعلام ${conjugate(verb('شدن'), 'perfect', PERSONS[2])}`).toBe('اعلام شده است');
    expect(`اعلام ${conjugate(light, 'future', PERSONS[5])}`).toBe('اعلام خواهند کرد');
  });
});

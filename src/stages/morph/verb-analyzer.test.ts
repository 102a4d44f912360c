import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../lexicon/load.js';
import { nominalCandidates } from './nominal-candidates.js';
import { analyzeVerb } from './verb-analyzer.js';
import { buildVerbIndex } from './verb-index.js';
import { guessVerbLemma } from './verb-guess.js';

const index = buildVerbIndex(loadLexicons().verbs);
const best = (word: string) => analyzeVerb(index, word)[0];

describe('analyzeVerb reads one-word verb forms', () => {
  it.each([
    ['میگویند', 'گفت', 'گو', 'present', 'می'],
    ['نمیآمد', 'آمد', 'آ', 'pastImperfective', 'نمی'],
    ['بیاورید', 'آورد', 'آور', 'subjunctive', 'ب'],
    ['بایستد', 'ایستاد', 'ایست', 'subjunctive', 'ب'],
    ['برمیگشتند', 'گشت', 'برگرد', 'pastImperfective', 'می'],
    ['فروریخته', 'ریخت', 'فروریز', 'participle', ''],
    ['گرفتهایم', 'گرفت', 'گیر', 'participle', ''],
    ['میخوریمش', 'خورد', 'خور', 'present', 'می'],
    ['مکن', 'کرد', 'کن', 'imperative', 'م'],
    ['نوشتن', 'نوشت', 'نویس', 'infinitive', ''],
  ])('%s → lemma %s, present %s, %s with prefix %s', (word, lemma, present, shape, prefix) => {
    expect(best(word)).toMatchObject({ lemma, present, shape, prefix });
  });

  it('records person, number and negation', () => {
    expect(best('نرفتیم')).toMatchObject({ negative: true, ending: { person: 1, number: 'Plur' }, feats: 'Mood=Ind|Number=Plur|Person=1|Polarity=Neg|Tense=Past' });
    expect(best('خواهند')).toMatchObject({ lemma: 'خواست', feats: 'Number=Plur|Person=3|Tense=Fut|VerbForm=Fin' });
    expect(best('دیدمش')).toMatchObject({ lemma: 'دید', clitic: 'ش' });
  });

  it('offers every reading of an ambiguous form', () => {
    expect(analyzeVerb(index, 'نشست').map((a) => a.lemma)).toEqual(expect.arrayContaining(['نشست', 'شست']));
  });

  it('finds nothing in words that are no verb forms', () => {
    for (const word of ['میز', 'کتاب', 'ایران', 'دانشگاه']) expect(analyzeVerb(index, word)).toEqual([]);
  });
});

describe('guessVerbLemma for verbs missing from the table', () => {
  it.each([['میدوشیدم', 'دوشید'], ['میخیساند', 'خیساند'], ['غلتیده', 'غلتید'], ['نمیپلکند', 'پلکید'], ['کتاب', undefined]])('%s → %s', (word, lemma) => {
    expect(guessVerbLemma(word)).toBe(lemma);
  });
});

describe('nominalCandidates', () => {
  it('peels suffixes in their slots and puts back what a suffix replaced', () => {
    const lemmas = nominalCandidates('کتابهایمان').map((c) => c.lemma);
    expect(lemmas[0]).toBe('کتابهایمان');
    expect(lemmas).toContain('کتاب');
    expect(nominalCandidates('نویسندگان').map((c) => c.lemma)).toContain('نویسنده');
    expect(nominalCandidates('تجربیات').map((c) => c.lemma)).toContain('تجربه');
  });

  it('reads broken plurals from the table, after the outer suffixes', () => {
    const candidates = nominalCandidates('اساتیدش', new Map([['اساتید', 'استاد']]));
    expect(candidates.find((c) => c.broken)).toMatchObject({ lemma: 'استاد', suffixes: ['plural:broken', 'clitic:ش'] });
  });

  it('never proposes a stem of one letter', () => {
    expect(nominalCandidates('پاها').map((c) => c.lemma)).not.toContain('پ');
  });
});

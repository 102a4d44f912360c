import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../lexicon/load.js';
import { createMorphology } from './morphology.js';
import type { Upos } from './upos.js';

const Z = '\u200c';
const morphology = createMorphology(loadLexicons());
const lemma = (word: string, upos: Upos): string => morphology.lemmatize(word.replace(/_/g, Z), upos).lemma.replace(/\u200c/g, '_');

describe('verb lemmas: the past stem, whatever the tense, person, negation or clitic', () => {
  it.each([
    ['می_نویسند', 'نوشت', 'نویس'], ['ننوشته', 'نوشت', 'نویس'], ['بنویسید', 'نوشت', 'نویس'],
    ['نمی_آیند', 'آمد', 'آ'], ['بیاورد', 'آورد', 'آور'], ['نیفتاد', 'افتاد', 'افت'],
    ['برنمی_گردد', 'گشت', 'برگرد'], ['گفته_اند', 'گفت', 'گو'], ['دیدمش', 'دید', 'بین'],
    ['می_گویم', 'گفت', 'گو'], ['بگذارید', 'گذاشت', 'گذار'], ['نمی_شود', 'شد', 'شو'],
  ])('%s → %s (present stem %s)', (word, past, present) => {
    const result = morphology.lemmatize(word.replace(/_/g, Z), 'VERB');
    expect(result.lemma).toBe(past);
    if (present !== past) expect(result.presentStem).toBe(present);
  });

  it('marks tense, person, number and negation in the features', () => {
    expect(morphology.lemmatize(`نمی${Z}گویند`, 'VERB').feats).toBe('Mood=Ind|Number=Plur|Person=3|Polarity=Neg|Tense=Pres');
    expect(morphology.lemmatize('خواهیم', 'AUX').feats).toContain('Tense=Fut');
  });

  it('lemmatizes the auxiliaries and the copula as UD PerDT does', () => {
    expect(lemma('خواهد', 'AUX')).toBe('خواست');
    expect(lemma('باشد', 'AUX')).toBe('بود');
    expect(lemma('نیستند', 'VERB')).toBe('هست');
    expect(lemma('باید', 'AUX')).toBe('بایست');
  });

  it('guesses the past stem of a verb missing from the table from its shape', () => {
    expect(lemma('می_خرامیدند', 'VERB')).toBe('خرامید');
    expect(lemma('خرامیده_اند', 'VERB')).toBe('خرامید');
  });
});

describe('noun and adjective lemmas', () => {
  it.each([
    ['همکاری_های', 'NOUN', 'همکاری'], ['کتاب_هایمان', 'NOUN', 'کتاب'], ['دانشجویان', 'NOUN', 'دانشجو'],
    ['نویسندگان', 'NOUN', 'نویسنده'], ['کشورمان', 'NOUN', 'کشور'], ['خانه_ای', 'NOUN', 'خانه'],
    ['دنیای', 'NOUN', 'دنیا'], ['جلسه_ی', 'NOUN', 'جلسه'], ['اساتید', 'NOUN', 'استاد'], ['مناطق', 'NOUN', 'منطقه'],
    ['بزرگ_ترین', 'ADJ', 'بزرگ'], ['مهم_تر', 'ADJ', 'مهم'], ['بهتر', 'ADJ', 'به'],
    ['موشک_های', 'NOUN', 'موشک'], ['سخنانش', 'NOUN', 'سخن'],
  ])('%s (%s) → %s', (word, upos, expected) => {
    expect(lemma(word, upos as Upos)).toBe(expected);
  });

  it('keeps the half-spaces of a compound lemma', () => {
    expect(lemma('تصمیم_گیری_های', 'NOUN')).toBe('تصمیم_گیری');
  });

  it('gives clitic pronouns standing alone their UD lemmas', () => {
    expect(lemma('ش', 'PRON')).toBe('او');
    expect(lemma('شان', 'PRON')).toBe('آنها');
    expect(lemma('م', 'PRON')).toBe('من');
  });

  it('leaves an unknown word without suffixes as it is', () => {
    expect(lemma('زرگاندیس', 'PROPN')).toBe('زرگاندیس');
    expect(lemma('کوئیلاند', 'NOUN')).toBe('کوئیلاند');
  });

  it('folds Arabic letters before looking up (كتابهاي → کتاب)', () => {
    expect(lemma('كتابهاي', 'NOUN')).toBe('کتاب');
  });
});

describe('analyzeSentence', () => {
  it('tags and lemmatizes a sentence of our own', () => {
    const words = `سخنگوی وزارت خارجه روز شنبه گفت که هیئت ایرانی به مسکو خواهد رفت .`.split(' ');
    const result = morphology.analyzeSentence(words);
    expect(result).toHaveLength(words.length);
    const byWord = Object.fromEntries(words.map((w, i) => [w, result[i]]));
    expect(byWord['گفت']).toMatchObject({ lemma: 'گفت', upos: 'VERB' });
    expect(byWord['به'].upos).toBe('ADP');
    expect(byWord['خواهد']).toMatchObject({ lemma: 'خواست', upos: 'AUX' });
    expect(byWord['رفت'].lemma).toBe('رفت');
    expect(byWord['.'].upos).toBe('PUNCT');
  });

  it('handles an empty sentence, digits and Latin words', () => {
    expect(morphology.analyzeSentence([])).toEqual([]);
    const [number, latin] = morphology.analyzeSentence(['۱۴۰۲', 'NATO']);
    expect(number.upos).toBe('NUM');
    expect(latin.lemma).toBe('NATO');
  });
});

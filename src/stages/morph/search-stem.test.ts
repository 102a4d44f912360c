import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../lexicon/load.js';
import { searchStem } from './search-stem.js';

const Z = '\u200c';
const lexicons = loadLexicons();

describe('searchStem with the lexicons: every form of a word gets one key', () => {
  it.each([
    [['گفت', 'می‌گفتند', 'گفته‌اند', 'بگویید', 'نمی‌گوید'], 'گفت'],
    [['آمد', 'می‌آیند', 'نیامد', 'بیاید'], 'امد'],
    [['برگشت', 'برمی‌گردند', 'برنگشته'], 'برگشت'],
    [['کشور', 'کشورها', 'كشورهاي', 'کشورهایمان'], 'کشور'],
    [['همکاری', `همکاری${Z}های`, 'همکاریهای', `همکاری${Z}هایمان`], 'همکاری'],
    [['استاد', 'اساتید', 'استادان'], 'استاد'],
    [['موشک', 'موشک‌ها', 'موشکی'], 'موشک'],
    [['بزرگ', 'بزرگ‌تر', 'بزرگترین'], 'بزرگ'],
  ])('%j → %s', (forms, key) => {
    for (const form of forms) expect(searchStem(form.replace(/‌/g, Z), lexicons), form).toBe(key);
  });

  it('keeps words apart that only look alike', () => {
    expect(searchStem('ایرانی', lexicons)).toBe('ایرانی');
    expect(searchStem('بهتر', lexicons)).not.toBe(searchStem('به', lexicons));
    expect(searchStem('تهران', lexicons)).toBe('تهران');
  });
});

describe('searchStem without lexicons strips only what is certain', () => {
  it.each([
    [`کتاب${Z}هایشان`, 'کتاب'], ['کتابهایشان', 'کتاب'], [`همکاری${Z}ها`, 'همکاری'], ['ایران', 'ایران'], ['تحریم', 'تحریم'], ['كشورها', 'کشور'],
  ])('%s → %s', (word, key) => {
    expect(searchStem(word)).toBe(key);
  });
});

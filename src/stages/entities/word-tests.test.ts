import { describe, expect, it } from 'vitest';
import { createWordInfoCache } from './word-info.js';
import { wordTest } from './word-tests.js';

describe('word tests remembered per word', () => {
  const describeWord = createWordInfoCache({ count: () => 0 });

  it('tests each word form once and gives the same answers after', () => {
    const asked: string[] = [];
    const isUnit = wordTest((key) => {
      asked.push(key);
      return key === 'دلار' || key === 'یورو';
    });
    const words = ['سه', 'دلار', 'و', 'سه', 'دلار', 'یورو'].map(describeWord);
    const keys = words.map((w) => w.key);
    const first = keys.map((_, i) => isUnit(keys, words, i));
    const again = keys.map((_, i) => isUnit(keys, words, i));
    expect(first).toEqual([false, true, false, false, true, true]);
    expect(again).toEqual(first);
    expect(asked).toEqual(['سه', 'دلار', 'و', 'یورو']);
  });

  it('keeps two tests apart on the same word', () => {
    const isDollar = wordTest((key) => key === 'دلار');
    const isShort = wordTest((key) => key.length <= 2);
    const words = ['دلار', 'سه'].map(describeWord);
    const keys = words.map((w) => w.key);
    expect([isDollar(keys, words, 0), isShort(keys, words, 0), isDollar(keys, words, 1), isShort(keys, words, 1)]).toEqual([true, false, false, true]);
  });

  it('tests the key itself without descriptions, or when they describe other keys', () => {
    const isDollar = wordTest((key) => key === 'دلار');
    const words = ['یورو'].map(describeWord);
    expect(isDollar(['دلار'], undefined, 0)).toBe(true);
    expect(isDollar(['دلار'], words, 0)).toBe(true);
    expect(isDollar(['یورو'], words, 0)).toBe(false);
  });
});

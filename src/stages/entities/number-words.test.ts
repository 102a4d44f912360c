import { describe, expect, it } from 'vitest';
import { entityKey } from './entity-key.js';
import { findQuantities } from './quantities.js';
import { combineNumberParts, numberWordValue, ordinalValue, parseDigits } from './number-words.js';

const keys = (text: string): string[] => text.split(' ').map(entityKey);
const quantities = (text: string): [string, string, number | string | undefined, string | undefined][] => {
  const k = keys(text);
  return findQuantities(k, 0, k.length, () => false).map((q) => [text.split(' ').slice(q.first, q.last).join(' '), q.type, q.attributes.value, q.attributes.currency]);
};

describe('number words', () => {
  it.each([
    ['بیست', 20], ['سیصد', 300], ['بیست‌وپنج', 25], ['سیصدوپنجاه', 350], ['پانزده', 15], ['هیجده', 18], ['میز', undefined],
  ])('%s → %s', (word, value) => {
    expect(numberWordValue(entityKey(word))).toBe(value);
  });

  it.each([['دوم', 2], ['بیست‌ودوم', 22], ['نخست', 1], ['دو', undefined]])('ordinal %s → %s', (word, value) => {
    expect(ordinalValue(entityKey(word))).toBe(value);
  });

  it.each([
    ['۱٬۲۰۰', 1200], ['۳٫۵', 3.5], ['1,000', 1000], ['۲/۵', 2.5], ['۱۴۰۲/۰۵/۱۲', undefined], ['12a', undefined],
  ])('digits %s → %s', (text, value) => {
    expect(parseDigits(text)).toBe(value);
  });

  it('combines values and scales', () => {
    expect(combineNumberParts([{ kind: 'value', value: 3 }, { kind: 'scale', value: 1e6 }, { kind: 'value', value: 200 }, { kind: 'scale', value: 1e3 }])).toBe(3_200_000);
    expect(combineNumberParts([{ kind: 'value', value: 2 }, { kind: 'scale', value: 1e3 }, { kind: 'scale', value: 1e9 }])).toBe(2e12);
    expect(combineNumberParts([{ kind: 'half' }, { kind: 'scale', value: 1e6 }])).toBe(500_000);
  });
});

describe('numbers, money and percentages in a sentence', () => {
  it.each([
    ['بودجه سه میلیون و دویست هزار نفر را پوشش می‌دهد', [['سه میلیون و دویست هزار', 'NUM', 3_200_000, undefined]]],
    ['قرارداد ۳۰ میلیارد دلاری نیست ولی ۳۰ میلیارد دلار هزینه شد', [['۳۰ میلیارد', 'NUM', 3e10, undefined], ['۳۰ میلیارد دلار', 'MONEY', 3e10, 'USD']]],
    ['قیمت به ۸۰ هزار تومان رسید', [['۸۰ هزار تومان', 'MONEY', 800_000, 'IRR']]],
    ['تورم ۱۲٫۵ درصد کاهش یافت', [['۱۲٫۵ درصد', 'PERCENT', 12.5, undefined]]],
    ['یک و نیم میلیون یورو اختصاص یافت', [['یک و نیم میلیون یورو', 'MONEY', 1_500_000, 'EUR']]],
    ['یک مقام آگاه گفت', []],
  ])('%s', (text, expected) => {
    expect(quantities(text)).toEqual(expected);
  });
});

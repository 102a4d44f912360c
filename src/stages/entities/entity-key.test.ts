import { describe, expect, it } from 'vitest';
import { entityKey, skeletonKey } from './entity-key.js';
import { nameMatches, sameNameWord } from './person-matching.js';

describe('entity keys', () => {
  it.each([
    ['آمريكا', 'امریکا'], ['اتحادیهٔ', 'اتحادیه'], ['رئیس‌جمهور', 'رییسجمهور'], ['۱۴۰۲', '1402'], ['F-35', 'f-35'], ['مسئول', 'مسیول'],
  ])('%s → %s', (word, key) => {
    expect(entityKey(word)).toBe(key);
  });

  it.each([
    ['لاوروف', 'لاورف', true], ['زاخارووا', 'زاخاروا', true], ['گوترش', 'گوترس', true], ['مکرون', 'ماکرون', true],
    ['باقری', 'باهنر', false], ['رضا', 'رضایی', false],
  ])('%s and %s are one name: %s', (a, b, same) => {
    expect(sameNameWord(entityKey(a), entityKey(b))).toBe(same);
  });

  it('keeps the first letter of a skeleton', () => {
    expect(skeletonKey('لاوروف')).toBe('لرف');
    expect(skeletonKey('اوباما')).toBe('ابم');
  });

  it.each([
    ['surname for the full name', 'محمد باقری', 'باقری', true],
    ['a fuller name', 'باقری', 'محمد باقری', true],
    ['a variant spelling', 'سرگئی لاوروف', 'لاورف', true],
    ['different first names contradict', 'محمد باقری', 'حسین باقری', false],
    ['a first name alone is not enough', 'محمد باقری', 'محمد', false],
  ])('name matching: %s', (_, person, name, same) => {
    expect(nameMatches(person.split(' ').map(entityKey), name.split(' ').map(entityKey))).toBe(same);
  });
});

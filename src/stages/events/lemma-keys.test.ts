import { describe, expect, it } from 'vitest';
import { wordSlots } from '../../pipeline/word-slots.js';
import { lemmaKey, lemmaKeyGeneration, lemmaKeyId, phraseKeyId, slotLemmaKeyId, verbKeyId } from './lemma-keys.js';

describe('lemma key numbers', () => {
  it('numbers equal keys alike and different keys apart', () => {
    const talk = lemmaKeyId('گفتگو');
    expect(lemmaKeyId('گفتگو')).toBe(talk);
    expect(lemmaKeyId('مذاکره')).not.toBe(talk);
    expect(lemmaKey(talk)).toBe('گفتگو');
  });

  it('numbers a pair of lemmas as the key it spells, whichever way that key was met', () => {
    const visit = lemmaKeyId('بازدید');
    const did = lemmaKeyId('کرد');
    const pair = verbKeyId(visit, did);
    expect(lemmaKey(pair)).toBe('بازدید_کرد');
    expect(verbKeyId(visit, did)).toBe(pair);
    expect(lemmaKeyId('بازدید_کرد')).toBe(pair);
    const phrase = phraseKeyId(lemmaKeyId('ناو'), lemmaKeyId('جنگی'));
    expect(lemmaKey(phrase)).toBe('ناو+جنگی');
    expect(phrase).not.toBe(verbKeyId(lemmaKeyId('ناو'), lemmaKeyId('جنگی')));
  });

  it('numbers a word\'s lemma as the table does, also when the same word is read with another lemma', () => {
    const slots = wordSlots('دیدارها');
    expect(slotLemmaKeyId(slots, 'دیدار')).toBe(lemmaKeyId('دیدار'));
    expect(slotLemmaKeyId(slots, 'دیدار')).toBe(lemmaKeyId('دیدار'));
    expect(slotLemmaKeyId(slots, 'دیدارها')).toBe(lemmaKeyId('دیدارها'));
    expect(lemmaKey(slotLemmaKeyId(slots, 'دیدار'))).toBe('دیدار');
  });

  it('refuses a number of a numbering that is gone', () => {
    const id = lemmaKeyId('سفر');
    expect(() => lemmaKey(id, lemmaKeyGeneration() + 1)).toThrow();
  });
});

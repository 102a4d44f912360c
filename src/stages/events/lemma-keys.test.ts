import { describe, expect, it } from 'vitest';
import { lemmaKey, lemmaKeyGeneration, lemmaKeyId, phraseKeyId, verbKeyId } from './lemma-keys.js';

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

  it('refuses a number of a numbering that is gone', () => {
    const id = lemmaKeyId('سفر');
    expect(() => lemmaKey(id, lemmaKeyGeneration() + 1)).toThrow();
  });
});

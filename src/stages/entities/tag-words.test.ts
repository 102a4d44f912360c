import { describe, expect, it } from 'vitest';
import { checkDoc } from '../../doc/invariants.js';
import { loadLexicons } from '../../lexicon/load.js';
import { createWordEntityTagger, docFromWords } from './tag-words.js';

describe('tagging pretokenized words', () => {
  const tag = createWordEntityTagger(loadLexicons());
  it.each([
    ['a person and a city', ['سرگئی', 'لاوروف', 'در', 'مسکو', 'گفت', '.'], ['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'O']],
    ['an organization and a country', ['سخنگوی', 'سازمان', 'ملل', 'متحد', 'به', 'ایران', 'رفت'], ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-LOC', 'O']],
    ['a date and money', ['در', '۲۲', 'بهمن', '۱۳۵۷', '۳۰', 'میلیارد', 'دلار'], ['O', 'B-DATE', 'I-DATE', 'I-DATE', 'B-MONEY', 'I-MONEY', 'I-MONEY']],
  ])('%s', (_, words, tags) => {
    expect(tag(words)).toEqual(tags);
  });

  it('builds a sound Doc from the words', () => {
    const doc = docFromWords(['به', 'گزارش', 'ايرنا', '،']);
    expect(doc.text).toBe('به گزارش ايرنا ،');
    expect(doc.layers.tokens?.map((t) => [t.norm, t.kind])).toEqual([['به', 'word'], ['گزارش', 'word'], ['ایرنا', 'word'], ['،', 'punct']]);
    expect(checkDoc(doc)).toEqual([]);
  });
});

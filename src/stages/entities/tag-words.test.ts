import { describe, expect, it } from 'vitest';
import { checkDoc } from '../../doc/invariants.js';
import { loadLexicons } from '../../lexicon/load.js';
import { createWordEntityTagger, docFromWords, withNamePartTitles } from './tag-words.js';

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

  it.each([
    ['a lineage title joins the name', ['سید', 'حسن', 'نوری', 'آمد'], ['O', 'B-PER', 'I-PER', 'O'], ['B-PER', 'I-PER', 'I-PER', 'O']],
    ['two name-part titles join it', ['حضرت', 'امام', 'رضا'], ['O', 'O', 'B-PER'], ['B-PER', 'I-PER', 'I-PER']],
    ['a courtesy title stays outside', ['آقای', 'حسن', 'نوری'], ['O', 'B-PER', 'I-PER'], ['O', 'B-PER', 'I-PER']],
    ['a title before a place stays outside', ['امام', 'تهران'], ['O', 'B-LOC'], ['O', 'B-LOC']],
  ])('issue #4: PerDT keeps name-part titles inside a person (%s)', (_, words, tags, expected) => {
    expect(withNamePartTitles(words, tags)).toEqual(expected);
  });
});

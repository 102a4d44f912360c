import { describe, expect, it } from 'vitest';
import { induceNames, silverSentences, tagInduced } from './stream-names.js';

const sentences = [
  ['بهرام', 'به', 'خانه', 'رفت', '.'],
  ['هوا', 'سرد', 'بود', '.'],
  ['بهرام', 'و', 'سودابه', 'آمدند', '.'],
  ['بهرام', 'گور', 'شکار', 'کرد', '.'],
];
const tags = [
  ['B-PER', 'O', 'O', 'O', 'O'],
  ['O', 'O', 'O', 'O'],
  ['B-PER', 'O', 'B-PER', 'O', 'O'],
  ['O', 'O', 'O', 'O', 'O'],
];
const pos = sentences.map((s) => s.map(() => 'NOUN'));

describe('self-training on the unlabeled treebank stream (ner11)', () => {
  it('takes the stream sentences the stage found a name in, with their tags as gold and their POS', () => {
    const silver = silverSentences(sentences, pos, tags, 10);
    expect(silver.sentences.map((s) => s.tokens[0])).toEqual(['بهرام', 'بهرام']);
    expect(silver.sentences[1].tags).toEqual(tags[2]);
    expect(silver.pos).toHaveLength(2);
    expect(silverSentences(sentences, pos, tags, 1).sentences).toHaveLength(1);
  });

  it('lists a name tagged in enough of the places it occurs, and finds it again where the tagger passed it over', () => {
    const induced = induceNames(sentences, tags, 2, 0.5);
    expect(induced).toEqual([{ words: 'بهرام', type: 'PER', tagged: 2, occurrences: 3 }]);
    expect(induceNames(sentences, tags, 2, 0.7)).toEqual([]);
    const names = new Map(induced.map((n) => [n.words, n.type]));
    expect(tagInduced(['دیروز', 'بهرام', 'آمد'], ['O', 'O', 'O'], names, 1)).toEqual(['O', 'B-PER', 'O']);
  });
});

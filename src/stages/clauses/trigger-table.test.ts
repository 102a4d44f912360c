import { describe, expect, it } from 'vitest';
import type { Token } from '../../doc/doc.js';
import { findTriggers, parseTriggerTable } from './trigger-table.js';

/** Tokens of words split at spaces, with no tagger: a verb is marked by `|lemma` after it (`کردند|کرد`). */
function tokens(text: string): Token[] {
  let start = 0;
  return text.split(' ').map((word) => {
    const [norm, lemma] = word.split('|');
    const token: Token = { start, end: start + norm.length, norm, kind: 'word', ...(lemma ? { lemma, pos: 'VERB' } : { pos: 'NOUN' }) };
    start += norm.length + 1;
    return token;
  });
}

/** A table of our own: rows sharing a verb and the ends of their tails, a row with a gap, a row whose tail ends with را. */
const TABLE = parseTriggerTable(
  ['اعتراض کرد\tA', 'اعتراض شدید کرد\tB', 'نامه اعتراض کرد\tC', 'سفر کرد\tD', 'خواستار * کرد\tE', 'حمله * را کرد\tF', 'گفت و گو کرد\tG'].join('\n'),
  ([type]) => type,
);

/** The row each trigger found in `text` reads (its data) and its first token. */
function found(text: string): [string, number][] {
  const list = tokens(text);
  return findTriggers(list, 0, list.length, TABLE).map((m) => [m.trigger.data, m.first]);
}

describe('trigger rows whose tails end before a verb', () => {
  it.each([
    ['the longest tail the words spell', 'وزیر نامه اعتراض کرد|کرد', [['C', 1]]],
    ['a shorter tail where the longer is not spelled', 'وزیر به این اعتراض کرد|کرد', [['A', 3]]],
    ['past a word that may stand between, which the tail does not end with', 'وزیر سفر نیز کرد|کرد', [['D', 1]]],
    ['a tail ending with را read with it, not past it', 'وزیر حمله به مرز را کرد|کرد', [['F', 1]]],
    ['a tail of words written apart as its joined keys', 'دو وزیر گفت و گو کردند|کرد', [['G', 2]]],
    ['a gap row where no tail is spelled', 'خواستار آزادی زندانیان کرد|کرد', [['E', 0]]],
    ['no row when a word stands between that may not', 'وزیر سفر امروز کرد|کرد', []],
    ['past two words that may stand between', 'وزیر سفر را نیز کرد|کرد', [['D', 1]]],
    ['past the future auxiliary', 'وزیر سفر خواهد کرد|کرد', [['D', 1]]],
    ['a tail ending with را read with it past a word after it', 'وزیر حمله به مرز را نیز کرد|کرد', [['F', 1]]],
  ])('%s', (_, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe('a verb the tagger ran a name on over', () => {
  const table = parseTriggerTable('خواست\tREQUEST', ([type]) => type);
  const sentence = (pos: string, lemma?: string): Token[] => ['وزیر', 'از', 'سازمان', 'ملل', 'خواست'].map((norm, i) => ({
    start: i * 8, end: i * 8 + norm.length, norm, kind: 'word', pos: i === 4 ? pos : 'NOUN', ...(i === 4 && lemma ? { lemma } : {}),
  }));
  it.each([
    ['a bare past stem tagged as a proper noun after a name (از سازمان ملل خواست) is the verb', 'PROPN', 'خواست', 1],
    ['a proper noun whose lemma is not its own form is no bare stem', 'PROPN', 'خواه', 0],
    ['a common noun (خواست مردم) stays a noun', 'NOUN', 'خواست', 0],
  ])('%s', (_, pos, lemma, count) => {
    const list = sentence(pos, lemma);
    expect(findTriggers(list, 0, list.length, table)).toHaveLength(count);
  });
});

import { describe, expect, it } from 'vitest';
import type { Token } from '../../doc/doc.js';
import { loadLexicons } from '../../lexicon/load.js';
import type { SentenceView } from '../clauses/sentence-view.js';
import { matchKey } from '../clauses/match-key.js';
import { withPerfectVerbs } from './perfect-verbs.js';

const verbs = loadLexicons().verbs;

/** A view over words tagged by hand (only tokens and keys are read). */
function viewOf(words: [string, string][]): SentenceView {
  let at = 0;
  const tokens: Token[] = words.map(([norm, pos]) => {
    const token: Token = { start: at, end: at + norm.length, norm, kind: 'word', pos, lemma: norm };
    at += norm.length + 1;
    return token;
  });
  return { tokens, keys: tokens.map((t) => matchKey(t.norm)) } as unknown as SentenceView;
}

describe('withPerfectVerbs', () => {
  it.each([
    ['خواسته‌ایم', 'خواست', 'Person=1'],
    ['نپذیرفته‌اند', 'پذیرفت', 'Polarity=Neg'],
  ])('reads %s, tagged as an adjective, as the verb %s', (word, lemma, feature) => {
    const view = withPerfectVerbs(viewOf([['ما', 'PRON'], [word, 'ADJ']]), verbs);
    expect(view.tokens[1]).toMatchObject({ pos: 'VERB', lemma });
    expect(view.tokens[1].feats).toContain(feature);
  });

  it('leaves indefinite participles and the view itself alone when there is none', () => {
    const plain = viewOf([['بسته‌ای', 'NOUN'], ['گسترده', 'ADJ'], ['رسید', 'VERB']]);
    expect(withPerfectVerbs(plain, verbs)).toBe(plain);
  });
});

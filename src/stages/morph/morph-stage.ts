import type { Doc, Token } from '../../doc/doc.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import type { Stage } from '../../pipeline/stage.js';
import { tokenSlots } from '../../pipeline/word-slots.js';
import { createMorphology, type Morphology } from './morphology.js';

/** Token kinds that are not words of a sentence: they keep their form as lemma and get a fixed tag. */
const FIXED_TAGS: ReadonlyMap<Token['kind'], string> = new Map([['url', 'X'], ['email', 'X'], ['hashtag', 'X'], ['mention', 'X'], ['emoji', 'SYM']]);

/**
 * The morphology stage: every token gets `lemma` (verbs: the past stem, UD PerDT convention),
 * `pos` (a Universal POS tag) and, when there are any, `feats` (UD features). Sentences are
 * tagged as a whole, so each word's tag sees its neighbours. Requires `tokens` and `sentences`;
 * assigns `morph` (the fields on the tokens, not a new layer).
 * `گفته‌اند که همکاری‌ها ادامه می‌یابد` → گفت/VERB، که/SCONJ، همکاری/NOUN، ادامه/NOUN، یافت/VERB.
 * @throws Error at construction when the lexicons carry no morphology data.
 */
export function createMorphStage(lexicons: Lexicons, morphology: Morphology = createMorphology(lexicons)): Stage {
  return {
    name: 'morph',
    version: '1',
    requires: ['tokens', 'sentences'],
    assigns: ['morph'],
    run(doc: Doc): Doc {
      const tokens = doc.layers.tokens ?? [];
      let t = 0;
      const slots = tokenSlots(tokens);
      const tagRange = (from: number, to: number): void => {
        if (to <= from) return;
        const analysed = morphology.analyzeSlots(slots, from, to);
        for (let i = from; i < to; i++) {
          const token = tokens[i];
          const fixed = FIXED_TAGS.get(token.kind);
          const word = analysed[i - from];
          token.lemma = fixed ? token.norm : word.lemma;
          token.pos = fixed ?? word.upos;
          if (!fixed && word.feats) token.feats = word.feats;
        }
      };
      for (const sentence of doc.layers.sentences ?? []) {
        const first = t;
        while (t < tokens.length && tokens[t].end <= sentence.end) t++;
        tagRange(first, t);
      }
      tagRange(t, tokens.length); // tokens after the last sentence, if any
      return doc;
    },
  };
}

import { createDoc, type Doc, type Token, type TokenKind } from '../../doc/doc.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { foldWord } from '../../text/fold.js';
import { createEntitiesStage, type EntitiesOptions } from './entities-stage.js';
import { entityTagsForTokens } from './entity-layers.js';
import { withPerdtConventions } from './perdt-conventions.js';
import { wordStatistics } from './entity-resources.js';
import { createWordInfoCache } from './word-info.js';

function kindOf(word: string): TokenKind {
  if (/^[\p{P}\p{S}]+$/u.test(word)) return 'punct';
  if (/^[0-9۰-۹٠-٩.,٫٬/]+$/.test(word)) return 'number';
  return /[0-9۰-۹٠-٩]/.test(word) ? 'mixed' : 'word';
}

/**
 * A Doc over words that are already tokens (one sentence, words joined by spaces), each token's
 * `norm` its letters folded (ي ك → ی ک): what the entity stage needs for pretokenized input.
 * `docFromWords(['سرگئی', 'لاوروف'])` → text `سرگئی لاوروف`, two tokens, one sentence.
 */
export function docFromWords(words: readonly string[]): Doc {
  const doc = createDoc(words.join(' '));
  let at = 0;
  const tokens: Token[] = words.map((word) => {
    const token = { start: at, end: at + word.length, norm: foldWord(word), kind: kindOf(word) };
    at += word.length + 1;
    return token;
  });
  doc.layers.tokens = tokens;
  doc.layers.sentences = tokens.length > 0 ? [{ start: 0, end: doc.text.length }] : [];
  return doc;
}

/**
 * An entity tagger for pretokenized sentences (`khabar tag --pretokenized`, the treebank
 * evaluation): words (and, when known, their UPOS) in, one IOB tag per word out, in PerDT's
 * conventions where they differ from the news guide's ({@link withPerdtConventions}: titles and
 * blessings in persons' spans, governments, ministries and bodies named after places as
 * organizations, institutions named by their kind alone as no names, places with their heads).
 * `createWordEntityTagger(lexicons)(['سرگئی', 'لاوروف', 'گفت'])` → `['B-PER', 'I-PER', 'O']`.
 */
export function createWordEntityTagger(lexicons: Lexicons, options: EntitiesOptions = {}): (words: readonly string[], pos?: readonly string[]) => string[] {
  const stage = createEntitiesStage(lexicons, options);
  const gazetteer = lexicons.entities?.gazetteer;
  const describe = createWordInfoCache(wordStatistics(lexicons));
  const frequency = (word: string): number => describe(foldWord(word)).frequency;
  return (words, pos) => {
    const doc = docFromWords(words);
    if (pos) (doc.layers.tokens ?? []).forEach((token, i) => (token.pos = pos[i]));
    const tags = entityTagsForTokens(stage.run(doc));
    return withPerdtConventions(words, tags, { ...(pos ? { pos } : {}), ...(gazetteer ? { gazetteer } : {}), frequency });
  };
}

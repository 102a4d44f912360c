import { createDoc, type Doc, type Token, type TokenKind } from '../../doc/doc.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { foldWord } from '../../text/fold.js';
import { entityKey } from './entity-key.js';
import { createEntitiesStage, type EntitiesOptions } from './entities-stage.js';
import { entityTagsForTokens } from './entity-layers.js';
import { GOVERNMENTS } from './find-names.js';

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
 * Titles that the PerDT convention keeps inside a person's name — lineage and epithets (`سید`,
 * `حضرت`, `امام`, `شاه`, `خواجه`...) — while courtesy, academic and clerical-rank titles (`آقای`,
 * `دکتر`, `آیت‌الله`) and ranks stay outside. Khabar's person mentions leave all titles out.
 */
export const NAME_PART_TITLES: ReadonlySet<string> = new Set('سید سیده حضرت امام ملا حاج حاجی خواجه شاه میرزا'.split(' ').map(entityKey));

/**
 * IOB tags in the PerDT convention: a person's span takes the name-part titles just before it
 * (see {@link NAME_PART_TITLES}). `['سید', 'باقر', 'موسوی']` with `['O', 'B-PER', 'I-PER']` →
 * `['B-PER', 'I-PER', 'I-PER']`.
 */
export function withNamePartTitles(words: readonly string[], tags: readonly string[]): string[] {
  const out = [...tags];
  for (let i = 1; i < out.length; i++) {
    if (out[i] !== 'B-PER') continue;
    let first = i;
    while (first > 0 && out[first - 1] === 'O' && NAME_PART_TITLES.has(entityKey(words[first - 1]))) first--;
    if (first === i) continue;
    out[first] = 'B-PER';
    for (let j = first + 1; j <= i; j++) out[j] = 'I-PER';
  }
  return out;
}

/** The one-word blessings PerDT writes in brackets after a holy or revered name: `( ع )`, `( ره )`... (`،` is how its NER file kept `ع`). */
const BRACKETED_BLESSINGS: ReadonlySet<string> = new Set(['ع', 'ص', 'س', 'ره', 'عج', '،']);

/**
 * IOB tags in PerDT's convention for a blessing in brackets after a person: the opening bracket of
 * a one-word blessing (`امام حسین ( ع )`) closes the name, and `( قدس سره )` and `« عج »` belong to it
 * whole. `['امام', 'رضا', '(', 'ع', ')']` with `['B-PER', 'I-PER', 'O', 'O', 'O']` →
 * `['B-PER', 'I-PER', 'I-PER', 'O', 'O']`.
 */
export function withBracketedBlessings(words: readonly string[], tags: readonly string[]): string[] {
  const out = [...tags];
  const key = (i: number): string => (i < words.length ? entityKey(words[i]) : '');
  for (let i = 1; i < out.length; i++) {
    if (out[i] !== 'O' || out[i - 1].slice(2) !== 'PER' || (out[i + 1] !== undefined && out[i + 1].startsWith('I-'))) continue;
    let last = -1;
    if (key(i) === '(' && BRACKETED_BLESSINGS.has(key(i + 1)) && key(i + 2) === ')') last = i;
    else if (key(i) === '(' && key(i + 1) === 'قدس' && key(i + 2) === 'سره' && key(i + 3) === ')') last = i + 3;
    else if (key(i) === '«' && key(i + 1) === 'عج' && key(i + 2) === '»') last = i + 2;
    for (let j = i; j <= last; j++) out[j] = 'I-PER';
  }
  return out;
}

/**
 * IOB tags in PerDT's convention for a state's government (see `GOVERNMENTS` in `find-names.ts`): with
 * a name after it, an organization (`دولت روسیه`, `رژیم صهیونیستی`, as LOC or as a place after `دولت`
 * → ORG); alone, no name (`دولت` as LOC → O). The news analysis reads the same words by the
 * guide's convention, as the country's mention. `['دولت', 'عراق']` with `['O', 'B-LOC']` →
 * `['B-ORG', 'I-ORG']`; `['دولت', 'گفت']` with `['B-LOC', 'O']` → `['O', 'O']`.
 */
export function withGovernmentsAsBodies(words: readonly string[], tags: readonly string[]): string[] {
  const out = [...tags];
  for (let i = 0; i < out.length; i++) {
    if (!GOVERNMENTS.has(entityKey(words[i])) || !['O', 'B-LOC', 'B-ORG'].includes(out[i])) continue;
    let last = i + 1;
    const placeAfter = out[i] === 'O' && out[i + 1] === 'B-LOC';
    if (placeAfter) last++;
    while (last < out.length && out[last].startsWith('I-') && (placeAfter || out[i] !== 'O')) last++;
    if (last === i + 1) {
      out[i] = 'O';
      continue;
    }
    if (out[i] === 'B-ORG') continue;
    for (let j = i; j < last; j++) out[j] = j === i ? 'B-ORG' : 'I-ORG';
  }
  return out;
}

/**
 * An entity tagger for pretokenized sentences (`khabar tag --pretokenized`, the treebank
 * evaluation): words (and, when known, their UPOS) in, one IOB tag per word out, persons' spans
 * in the PerDT convention (see {@link withNamePartTitles} and {@link withBracketedBlessings}), governments
 * too ({@link withGovernmentsAsBodies}).
 * `createWordEntityTagger(lexicons)(['سرگئی', 'لاوروف', 'گفت'])` → `['B-PER', 'I-PER', 'O']`.
 */
export function createWordEntityTagger(lexicons: Lexicons, options: EntitiesOptions = {}): (words: readonly string[], pos?: readonly string[]) => string[] {
  const stage = createEntitiesStage(lexicons, options);
  return (words, pos) => {
    const doc = docFromWords(words);
    if (pos) (doc.layers.tokens ?? []).forEach((token, i) => (token.pos = pos[i]));
    const tags = entityTagsForTokens(stage.run(doc));
    return withGovernmentsAsBodies(words, withBracketedBlessings(words, withNamePartTitles(words, tags)));
  };
}

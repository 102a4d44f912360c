import type { Token } from '../../doc/doc.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { loadLexicons } from '../../lexicon/load.js';
import { entityKey } from '../../stages/entities/entity-key.js';
import { searchStem } from '../../stages/morph/search-stem.js';

/** The keys one token is indexed under: its folded surface form, and further keys (lemma, stem). */
export interface TokenKeys {
  /** The folded surface form; phrases are matched on these. */
  surface: string;
  /** Other keys the token is found under (lemma, stem), without the surface key and without repeats. */
  extra: string[];
}

let lexicons: Lexicons | undefined | null;

/**
 * The morphology's search stem of a word (`همکاری‌هایمان` → `همکاری`, `می‌گفتند` → `گفت`), with the
 * package's lexicons when they load (once per process), by rule otherwise.
 */
function stem(word: string): string {
  if (lexicons === undefined) {
    try {
      lexicons = loadLexicons();
    } catch {
      lexicons = null;
    }
  }
  return searchStem(word, lexicons ?? undefined);
}

const NOT_KEY_CHARACTER = /[^\p{L}\p{N}]+/gu;
const KEYED_KINDS = new Set<Token['kind']>(['word', 'number', 'mixed', 'hashtag', 'mention']);

/**
 * The search key of a word: letters folded as in `entityKey` (ي ك ة → ی ک ه, أ إ آ → ا...),
 * half-spaces, diacritics and kashida removed, digits made Latin, Latin lower-cased, and anything
 * that is not a letter or digit dropped. `میشود`, `می‌شود` → `میشود`; `F-35` → `f35`; `۱۴۰۳` → `1403`.
 */
export function searchKey(word: string): string {
  return entityKey(word).replace(NOT_KEY_CHARACTER, '');
}

/**
 * The keys a token is indexed (or a query word is looked up) under: its surface key, then its lemma
 * (set by the morphology stage) and its search stem, when they differ; undefined for punctuation,
 * symbols, URLs and e-mails. `همکاری‌های` → `{surface: 'همکاریهای', extra: ['همکاری']}`;
 * `{norm: 'می‌شود', lemma: 'شد'}` → `{surface: 'میشود', extra: ['شد']}`.
 */
export function searchKeys(token: Pick<Token, 'norm' | 'kind' | 'lemma'>): TokenKeys | undefined {
  if (!KEYED_KINDS.has(token.kind)) return undefined;
  const surface = searchKey(token.norm);
  if (surface === '') return undefined;
  const extra: string[] = [];
  const add = (word: string | undefined): void => {
    const key = word === undefined ? '' : searchKey(word);
    if (key !== '' && key !== surface && !extra.includes(key)) extra.push(key);
  };
  add(token.lemma);
  add(stem(token.norm));
  return { surface, extra };
}

/**
 * The key of a multi-word name, for merging entities across reports and looking them up: each word's
 * {@link searchKey}, joined by single spaces. `«سرگئي  لاوروف»` and `سرگئی لاوروف` → `سرگیی لاوروف`.
 */
export function nameKey(name: string): string {
  return name.split(/\s+/u).map(searchKey).filter(Boolean).join(' ');
}

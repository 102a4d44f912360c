import type { Token } from '../../doc/doc.js';
import { entityKey } from '../../stages/entities/entity-key.js';

/** The keys one token is indexed under: its folded surface form, and further keys (lemma, stem). */
export interface TokenKeys {
  /** The folded surface form; phrases are matched on these. */
  surface: string;
  /** Other keys the token is found under (lemma, stem), without the surface key and without repeats. */
  extra: string[];
}

/** Hook for the morphology engineer's search stemmer; wired in when `src/stages/morph` exports `searchStem`. */
const searchStem: ((word: string) => string) | undefined = undefined;

/** Inflectional suffixes written after a half-space, stripped by {@link halfSpaceStem}. */
const HALF_SPACE_SUFFIXES = new Set([
  'ها', 'های', 'هایی', 'هایم', 'هایت', 'هایش', 'هایمان', 'هایتان', 'هایشان',
  'ای', 'ام', 'ات', 'اش', 'ایم', 'اید', 'اند', 'تر', 'ترین', 'هاست',
]);

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
 * The stem left when trailing half-spaced inflections are removed, or undefined when there are none:
 * `همکاری‌های` → `همکاری`, `کشور‌هایشان` → `کشور`, `کرده‌اند` → `کرده`, `می‌شود` → undefined.
 */
export function halfSpaceStem(norm: string): string | undefined {
  const parts = norm.split('\u200c');
  let end = parts.length;
  while (end > 1 && HALF_SPACE_SUFFIXES.has(parts[end - 1])) end--;
  return end < parts.length ? parts.slice(0, end).join('\u200c') : undefined;
}

/**
 * The keys a token is indexed (or a query word is looked up) under; undefined for punctuation,
 * symbols, URLs and e-mails. A token `همکاری‌های` gives `{surface: 'همکاریهای', extra: ['همکاری']}`,
 * and with a lemma the lemma's key is added: `{norm: 'می‌شود', lemma: 'شد'}` → `{surface: 'میشود', extra: ['شد']}`.
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
  add(halfSpaceStem(token.norm));
  if (searchStem) add(searchStem(token.norm));
  return { surface, extra };
}

/**
 * The key of a multi-word name, for merging entities across reports and looking them up: each word's
 * {@link searchKey}, joined by single spaces. `«سرگئي  لاوروف»` and `سرگئی لاوروف` → `سرگیی لاوروف`.
 */
export function nameKey(name: string): string {
  return name.split(/\s+/u).map(searchKey).filter(Boolean).join(' ');
}

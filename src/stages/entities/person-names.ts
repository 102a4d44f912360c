import type { Token } from '../../doc/doc.js';
import type { EntityContext, NameMention } from './entity-context.js';
import { HONORIFIC_KINDS, TITLE_KINDS } from './gazetteer.js';
import { entryOfKind, longestMatchAt } from './match-gazetteer.js';

/** A person's name as written in one mention: titles and ranks around it, the bare name. */
export interface PersonName {
  /** Tokens of the bare name (titles, honorifics and «» removed). */
  first: number;
  last: number;
  /** The name to report: normalized tokens joined by spaces (`سرگئی لاوروف`). */
  name: string;
  /** `entityKey` of each name token. */
  keys: string[];
  titles: string[];
  ranks: string[];
  /** The full name a public figure's gazetteer entry gives (`سرگئی لاوروف` for `لاورف`). */
  canonical?: string;
  /** A public figure the people list knows: the nationality it gives, `null` for none (heads of international bodies). */
  listedCountry?: string | null;
  /** When the name opens with a word that may be a title (`امیر نصیرزاده`): the name without it. */
  withoutTitle?: { keys: string[]; name: string; title: string; kind: string };
}


/** A name's normalized words, a space between words written apart; initials written together stay so (`م.ک`). */
function spelled(words: readonly Token[]): string {
  return words.map((t, k) => (k > 0 && words[k - 1].end < t.start ? ` ${t.norm}` : t.norm)).join('');
}

/** The title or rank phrase that ends just before token `end`, or undefined. */
export function titleEndingAt(context: EntityContext, end: number, floor: number): { first: number; kind: string; canonical: string } | undefined {
  for (let length = 3; length >= 1; length--) {
    const first = end - length;
    if (first < floor) continue;
    const match = longestMatchAt(context.resources.gazetteer, context.keys, first, end);
    const entry = match && match.last === end ? entryOfKind(match.entries, TITLE_KINDS) : undefined;
    if (entry && !entry.ambiguous) return { first, kind: entry.kind, canonical: entry.canonical };
  }
  return undefined;
}

/**
 * Reads a PER span: titles and ranks inside it at the start or just before it (`سرلشکر پاسدار`,
 * `حجت‌الاسلام والمسلمین`, `آقای`), honorifics after it (`(ره)`, `علیه‌السلام`), guillemets.
 * `سید عباس عراقچی` → `{name: 'عباس عراقچی', titles: ['سید'], ranks: []}`.
 */
export function readPersonName(context: EntityContext, span: NameMention, sentenceStart: number): PersonName {
  const titles: string[] = [];
  const ranks: string[] = [];
  const add = (kind: string, canonical: string): void => {
    const list = kind === 'rank' ? ranks : titles;
    if (!list.includes(canonical)) list.unshift(canonical);
  };
  let first = span.first;
  let last = span.last;
  const inner: { kind: string; canonical: string }[] = [];
  while (first < last - 1) {
    const match = longestMatchAt(context.resources.gazetteer, context.keys, first, last - 1);
    const entry = match && entryOfKind(match.entries, TITLE_KINDS);
    if (!match || !entry || entry.ambiguous && entry.canonical !== 'سید') break;
    inner.push({ kind: entry.kind, canonical: entry.canonical });
    first = match.last;
  }
  const isHonorific = (a: number, b: number): boolean => {
    const match = longestMatchAt(context.resources.gazetteer, context.keys, a, b);
    return match?.last === b && entryOfKind(match.entries, HONORIFIC_KINDS) !== undefined;
  };
  while (last > first + 1) {
    const length = [3, 2, 1].find((n) => last - n > first && isHonorific(last - n, last));
    if (length) last -= length;
    else if (context.keys[last - 1] === '(' || context.keys[last - 1] === '»') last--;
    else break;
  }
  while (first < last - 1 && context.keys[first] === '«') first++;
  while (last > first + 1 && context.keys[last - 1] === '»') last--;
  let end = span.first;
  if (context.keys[end - 1] === '«') end--;
  for (let title = titleEndingAt(context, end, sentenceStart); title; title = titleEndingAt(context, end, sentenceStart)) {
    add(title.kind, title.canonical);
    end = title.first;
  }
  for (const title of inner) {
    const list = title.kind === 'rank' ? ranks : titles;
    if (!list.includes(title.canonical)) list.push(title.canonical);
  }
  const keys = context.keys.slice(first, last);
  const words = context.tokens.slice(first, last);
  const lead = last - first >= 2 ? longestMatchAt(context.resources.gazetteer, context.keys, first, first + 1, TITLE_KINDS) : undefined;
  const leadEntry = lead && entryOfKind(lead.entries, TITLE_KINDS);
  const withoutTitle = leadEntry ? { keys: keys.slice(1), name: spelled(words.slice(1)), title: leadEntry.canonical, kind: leadEntry.kind } : undefined;
  return { first, last, name: spelled(words), keys, titles, ranks, ...(withoutTitle ? { withoutTitle } : {}) };
}

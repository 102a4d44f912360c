import type { Span, Token } from '../../doc/doc.js';
import { searchKeys } from './search-keys.js';

/** A passage of a report's ORIGINAL text with the matched words marked; all offsets into the report's `text`. */
export interface Snippet {
  /** Exactly `report.text.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** The matched words, in original offsets (inside `[start, end)`). */
  highlights: Span[];
}

/** Longest snippet, in UTF-16 units. */
export const SNIPPET_LENGTH = 240;

/** What a snippet needs of a stored report: its text and segmentation. */
export interface SnippetSource {
  text: string;
  tokens: readonly Pick<Token, 'start' | 'end' | 'norm' | 'kind' | 'lemma'>[];
  sentences: readonly Span[];
}

function matches(token: SnippetSource['tokens'][number], exact: Set<string>, prefixes: readonly string[]): boolean {
  const keys = searchKeys(token);
  if (!keys) return false;
  if (exact.has(keys.surface) || keys.extra.some((key) => exact.has(key))) return true;
  return prefixes.some((prefix) => keys.surface.startsWith(prefix));
}

/**
 * The best passage of a report for a query: the sentence with the most matched words (the first
 * sentence when nothing matches), cut to {@link SNIPPET_LENGTH} around its first match, with every
 * matched word's original offsets. Highlights refer to `source.text` as received — half-spaces,
 * Arabic letters and digits as the agency wrote them.
 */
export function makeSnippet(source: SnippetSource, highlight: readonly string[], prefixes: readonly string[]): Snippet {
  const exact = new Set(highlight);
  const hits = source.tokens.filter((token) => matches(token, exact, prefixes));
  const sentences = source.sentences.length > 0 ? source.sentences : [{ start: 0, end: source.text.length }];
  let best = sentences[0];
  let bestCount = -1;
  for (const sentence of sentences) {
    const count = hits.filter((hit) => hit.start >= sentence.start && hit.end <= sentence.end).length;
    if (count > bestCount) [best, bestCount] = [sentence, count];
  }
  let { start, end } = best;
  if (end - start > SNIPPET_LENGTH) {
    const first = hits.find((hit) => hit.start >= best.start && hit.end <= best.end);
    const anchor = first ? first.start : start;
    start = Math.max(best.start, Math.min(anchor - SNIPPET_LENGTH / 4, best.end - SNIPPET_LENGTH));
    end = Math.min(best.end, start + SNIPPET_LENGTH);
    // never cut inside a token
    const cutStart = source.tokens.find((token) => token.start < start && token.end > start);
    if (cutStart) start = cutStart.start;
    const cutEnd = source.tokens.find((token) => token.start < end && token.end > end);
    if (cutEnd) end = cutEnd.end;
  }
  const inside = hits.filter((hit) => hit.start >= start && hit.end <= end).map((hit) => ({ start: hit.start, end: hit.end }));
  return { text: source.text.slice(start, end), start, end, highlights: inside };
}

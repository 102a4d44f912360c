import type { Span } from '../../doc/doc.js';

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

/** A keyed token of a stored report: its original span and its search keys joined by `|`, the surface key first. */
export interface KeyedToken extends Span {
  keys: string;
}

/** What a snippet needs of a stored report: its text, keyed tokens and sentences (see `searchView`). */
export interface SnippetSource {
  text: string;
  tokens: readonly KeyedToken[];
  sentences: readonly Span[];
}

function matches(token: KeyedToken, exact: readonly string[], prefixes: readonly string[]): boolean {
  const keys = `|${token.keys}|`;
  return exact.some((key) => keys.includes(`|${key}|`)) || prefixes.some((prefix) => token.keys.startsWith(prefix));
}

/**
 * The best passage of a report for a query: the sentence with the most matched words (the first
 * sentence when nothing matches), cut to {@link SNIPPET_LENGTH} around its first match, with every
 * matched word's original offsets. Highlights refer to `source.text` as received — half-spaces,
 * Arabic letters and digits as the agency wrote them.
 */
export function makeSnippet(source: SnippetSource, highlight: readonly string[], prefixes: readonly string[]): Snippet {
  const hits = source.tokens.filter((token) => matches(token, highlight, prefixes));
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
    // start and end on token edges, never inside a token or on a space
    const from = start;
    const to = end;
    start = source.tokens.find((token) => token.end > from && token.start >= best.start)?.start ?? from;
    end = [...source.tokens].reverse().find((token) => token.start < to && token.end <= best.end)?.end ?? to;
  }
  const inside = hits.filter((hit) => hit.start >= start && hit.end <= end).map((hit) => ({ start: hit.start, end: hit.end }));
  return { text: source.text.slice(start, end), start, end, highlights: inside };
}

import { origToNorm } from '../../../src/doc/alignment.js';
import type { DocJson } from '../../../src/api/schemas/doc.js';
import type { Span, ViewEntity, ViewLayers, ViewQuote } from './doc-layers.js';

/** A token, or the text between two tokens, as shown. */
export interface TextUnit extends Span {
  /** What is shown: the original characters, or their normalized view. */
  text: string;
  /** The original characters. */
  original: string;
  token: boolean;
  /** The normalizer restored a half-space in this token (deleted or spaced in the original). */
  restored: boolean;
}

/** A mention of an entity, as drawn. */
export interface MentionMark {
  entity: ViewEntity;
  kind: string;
}

/** Units under the same mention (or none). */
export interface Piece {
  mention?: MentionMark;
  units: TextUnit[];
}

/** Pieces under the same quote (or none). */
export interface QuoteRun {
  quote?: ViewQuote;
  pieces: Piece[];
}

/** One paragraph, ready to draw. */
export interface ParagraphView extends Span {
  runs: QuoteRun[];
}

type Token = Span & { norm?: string };

const halfSpaces = (text: string): number => text.split('\u200c').length - 1;

/** Units covering `[start, end)`: each token, and the text between tokens. */
function units(doc: DocJson, tokens: readonly Token[], start: number, end: number, toNorm?: (p: number) => number): TextUnit[] {
  const out: TextUnit[] = [];
  const push = (from: number, to: number, token?: Token): void => {
    if (to <= from) return;
    const original = doc.text.slice(from, to);
    const text = toNorm && doc.norm ? doc.norm.text.slice(toNorm(from), toNorm(to)) : original;
    out.push({ start: from, end: to, text, original, token: !!token, restored: !!token?.norm && halfSpaces(token.norm) > halfSpaces(original) });
  };
  let at = start;
  for (const token of tokens) {
    if (token.end <= start || token.start < at) continue;
    if (token.start >= end) break;
    push(at, token.start);
    push(token.start, Math.min(token.end, end), token);
    at = Math.min(token.end, end);
  }
  push(at, end);
  return out;
}

/** The first unit ending after `offset` (units are in text order). */
function firstUnitAfter(list: readonly TextUnit[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Which span each unit lies in, spans taken in the order given (earlier ones win): a token when it
 * overlaps the span, the text between tokens only when both its neighbours are in the same span.
 */
function assign<T>(list: readonly TextUnit[], spans: readonly (Span & { value: T })[]): (T | undefined)[] {
  const out: (T | undefined)[] = new Array(list.length).fill(undefined);
  for (const span of spans) {
    for (let i = firstUnitAfter(list, span.start); i < list.length && list[i].start < span.end; i++) {
      if (list[i].token && out[i] === undefined) out[i] = span.value;
    }
  }
  list.forEach((unit, i) => {
    if (!unit.token && i > 0 && i < list.length - 1 && out[i - 1] !== undefined && out[i - 1] === out[i + 1]) out[i] = out[i - 1];
  });
  return out;
}

function group<T, K>(list: T[], keys: K[]): { key: K; items: T[] }[] {
  const out: { key: K; items: T[] }[] = [];
  list.forEach((item, i) => {
    const last = out[out.length - 1];
    if (last && last.key === keys[i]) last.items.push(item);
    else out.push({ key: keys[i], items: [item] });
  });
  return out;
}

/**
 * Lays a Doc out for drawing: paragraphs, quotes within them, mentions within quotes, tokens and the
 * text between them — in the original characters, or (`normalized`) in the normalized view, each unit
 * still knowing its original offsets. Overlapping mentions: the longer one is drawn.
 */
export function layoutDoc(doc: DocJson, layers: ViewLayers, view: 'original' | 'normalized'): ParagraphView[] {
  const tokens = (doc.layers.tokens ?? []) as Token[];
  const runs = doc.norm?.alignment;
  const toNorm = view === 'normalized' && runs ? (p: number): number => origToNorm(runs, p, p)[0] : undefined;
  const mentions = layers.entities.flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, value: { entity, kind: m.kind } as MentionMark })))
    .sort((a, b) => b.end - b.start - (a.end - a.start));
  const quotes = layers.quotes.map((quote) => ({ start: quote.start, end: quote.end, value: quote }));
  const paragraphs = doc.layers.paragraphs?.length ? (doc.layers.paragraphs as Span[]) : [{ start: 0, end: doc.text.length }];
  return paragraphs.map((paragraph) => {
    const list = units(doc, tokens, paragraph.start, paragraph.end, toNorm);
    const inMention = assign(list, mentions);
    const inQuote = assign(list, quotes);
    const indexed = list.map((unit, i) => ({ unit, i }));
    return {
      start: paragraph.start, end: paragraph.end,
      runs: group(indexed, inQuote.map((q) => q)).map(({ key, items }) => ({
        quote: key,
        pieces: group(items, items.map(({ i }) => inMention[i])).map((piece) => ({ mention: piece.key, units: piece.items.map(({ unit }) => unit) })),
      })),
    };
  });
}

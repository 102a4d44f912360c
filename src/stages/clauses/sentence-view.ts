import type { Doc, Span, Token } from '../../doc/doc.js';
import type { EntityRecord, Mention } from '../entities/entity-layers.js';
import { tokenKeys } from './match-key.js';

/** A sentence as token indexes `[first, last)` and the paragraph it belongs to. */
export interface SentenceRange {
  first: number;
  last: number;
  paragraph: number;
}

/**
 * Read-only indexes over an analysed Doc for the clause-level stages (quotes, events, source):
 * tokens with their match keys, sentences and paragraphs as token ranges, and for every token the
 * mention that starts or covers it.
 */
export interface SentenceView {
  doc: Doc;
  tokens: Token[];
  keys: string[];
  sentences: SentenceRange[];
  paragraphs: { first: number; last: number }[];
  mentions: Mention[];
  /** Per token: index into `mentions` of the mention covering it, or -1. */
  mentionAt: Int32Array;
  /** Per mention: its first and last token (inclusive). */
  mentionTokens: [number, number][];
  entities: Map<string, EntityRecord>;
  /** The mentions layer the view was built from (to notice a change). */
  mentionsLayer: unknown;
}

function tokenRanges(tokens: Token[], spans: Span[]): { first: number; last: number }[] {
  const ranges: { first: number; last: number }[] = [];
  let t = 0;
  for (const span of spans) {
    while (t < tokens.length && tokens[t].end <= span.start) t++;
    // the end is found ahead of `t`, not by moving it: a span nested in the one before it (`لبنان`
    // in `نخست‌وزیر لبنان`) starts before where that one ended
    let last = t;
    while (last < tokens.length && tokens[last].start < span.end) last++;
    ranges.push({ first: t, last });
  }
  return ranges;
}

const views = new WeakMap<Doc, SentenceView>();

/**
 * The view of a Doc, built once and shared by the stages that follow (rebuilt if the tokens or
 * mentions change); works, with no mentions, when the entity stage did not run.
 */
export function sentenceView(doc: Doc): SentenceView {
  const cached = views.get(doc);
  if (cached && cached.tokens === doc.layers.tokens && cached.mentionsLayer === doc.layers.mentions) return cached;
  const view = buildView(doc);
  views.set(doc, view);
  return view;
}

function buildView(doc: Doc): SentenceView {
  const tokens = doc.layers.tokens ?? [];
  const paragraphs = tokenRanges(tokens, doc.layers.paragraphs ?? []);
  let p = 0;
  const sentences = tokenRanges(tokens, doc.layers.sentences ?? []).map((range) => {
    while (p + 1 < paragraphs.length && paragraphs[p].last <= range.first) p++;
    return { ...range, paragraph: p };
  });
  const mentions = [...((doc.layers.mentions ?? []) as Mention[])].sort((a, b) => a.start - b.start || b.end - a.end);
  const mentionAt = new Int32Array(tokens.length).fill(-1);
  const mentionTokens = tokenRanges(tokens, mentions).map(({ first, last }, m): [number, number] => {
    for (let t = first; t < last; t++) if (mentionAt[t] < 0) mentionAt[t] = m;
    return [first, Math.max(first, last - 1)];
  });
  const entities = new Map(((doc.layers.entities ?? []) as EntityRecord[]).map((e) => [e.id, e]));
  return { doc, tokens, keys: tokenKeys(tokens), sentences, paragraphs, mentions, mentionAt, mentionTokens, entities, mentionsLayer: doc.layers.mentions };
}

/** The original-text span of tokens `[first, last)`. */
export function tokenSpan(view: SentenceView, first: number, last: number): Span {
  const tokens = view.tokens;
  return { start: tokens[first].start, end: tokens[Math.max(first, last - 1)].end };
}

/**
 * {@link tokenSpan} with the lemma read there — a quote's cue, an event's trigger — written out in one
 * object shape: `{start, end, lemma}`.
 */
export function lemmaSpan(view: SentenceView, first: number, last: number, lemma: string): Span & { lemma: string } {
  const tokens = view.tokens;
  return { start: tokens[first].start, end: tokens[Math.max(first, last - 1)].end, lemma };
}

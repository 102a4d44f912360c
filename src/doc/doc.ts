import type { AlignmentRuns } from './alignment.js';

/** A range of the original text in UTF-16 code units, end exclusive: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** What kind of thing a token is; decides how later stages treat it. */
export type TokenKind =
  | 'word' // Persian or Latin letters, with half-spaces inside (می‌توانند)
  | 'number' // digits with ٫ ٬ . , separators (۳٫۵، 1,000)
  | 'mixed' // letters with digits or hyphens (F-35، اف-۳۵، COVID-19)
  | 'punct'
  | 'symbol'
  | 'url'
  | 'email'
  | 'hashtag'
  | 'mention'
  | 'emoji';

/** A token: a span of the original plus its normalized form and, once morphology ran, lemma and POS. */
export interface Token extends Span {
  /** The normalized form (half-spaces restored, letters unified), e.g. `می‌توانند` for `مي توانند`. */
  norm: string;
  kind: TokenKind;
  /** Lemma (verbs: the past stem, UD PerDT convention), set by the morphology stage. */
  lemma?: string;
  /** Universal POS tag, set by the tagger. */
  pos?: string;
  /** Morphological features, `Key=Value|...` as in CoNLL-U. */
  feats?: string;
}

/** A problem found in the content, with its place; never an exception. */
export interface Message extends Partial<Span> {
  code: string;
  severity: 'info' | 'warning' | 'error';
  message: string;
  /** The stage that found it. */
  source: string;
}

/** The normalized view: its text and the alignment back to the original. */
export interface NormalizedView {
  text: string;
  alignment: AlignmentRuns;
}

/** Named annotation layers; every entry is a span into `doc.text`. */
export interface Layers {
  paragraphs?: Span[];
  sentences?: Span[];
  tokens?: Token[];
  [layer: string]: Span[] | undefined;
}

/** What is known about the report itself (title, source, date...). */
export interface DocMeta {
  title?: string;
  url?: string;
  published?: string;
  source?: string;
  /** Name and version of every stage that ran, in order. */
  stages?: string[];
  [key: string]: unknown;
}

/**
 * One report and everything known about it. Plain JSON: it survives
 * `JSON.parse(JSON.stringify(doc))` unchanged.
 */
export interface Doc {
  /** The report exactly as received (after decoding). Never modified. */
  text: string;
  norm?: NormalizedView;
  layers: Layers;
  messages: Message[];
  meta: DocMeta;
}

/** A new Doc over `text` with no annotations. `createDoc('سلام')` → `{text: 'سلام', layers: {}, ...}`. */
export function createDoc(text: string, meta: DocMeta = {}): Doc {
  return { text, layers: {}, messages: [], meta: { ...meta } };
}

/** The original characters a span covers. */
export function surface(doc: Doc, span: Span): string {
  return doc.text.slice(span.start, span.end);
}

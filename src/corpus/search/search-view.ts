import { gunzipSync, gzipSync } from 'node:zlib';
import type { Span, Token } from '../../doc/doc.js';
import { searchKeys } from './search-keys.js';
import type { KeyedToken, SnippetSource } from './snippet.js';

/**
 * What search reads of a report, stored beside its Doc so that a hit needs neither the Doc nor the
 * keys recomputed: the original text, each keyed token's span with its keys (`surface|extra|...`),
 * and the sentence spans. Compact JSON, gzip-compressed.
 */
interface StoredView {
  text: string;
  /** start, end of each keyed token, flat. */
  spans: number[];
  keys: string[];
  /** start, end of each sentence, flat. */
  sentences: number[];
}

/** Builds the stored search view of an analysed report. */
export function searchView(text: string, tokens: readonly Token[], sentences: readonly Span[]): Uint8Array {
  const view: StoredView = { text, spans: [], keys: [], sentences: sentences.flatMap((s) => [s.start, s.end]) };
  for (const token of tokens) {
    const keys = searchKeys(token);
    if (!keys) continue;
    view.spans.push(token.start, token.end);
    view.keys.push([keys.surface, ...keys.extra].join('|'));
  }
  return gzipSync(JSON.stringify(view), { level: 1 });
}

/** Reads a stored search view back as a {@link SnippetSource}. */
export function readSearchView(bytes: Uint8Array): SnippetSource {
  const view = JSON.parse(gunzipSync(bytes).toString('utf8')) as StoredView;
  const tokens: KeyedToken[] = view.keys.map((keys, i) => ({ start: view.spans[2 * i], end: view.spans[2 * i + 1], keys }));
  const sentences: Span[] = [];
  for (let i = 0; i < view.sentences.length; i += 2) sentences.push({ start: view.sentences[i], end: view.sentences[i + 1] });
  return { text: view.text, tokens, sentences };
}

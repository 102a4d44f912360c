import { normToOrig } from '../../doc/alignment.js';
import type { Doc, Message, Span, Token } from '../../doc/doc.js';
import type { Stage } from '../../pipeline/stage.js';
import { scanTokens } from './scan-tokens.js';
import { splitSentences } from './split-sentences.js';

/** Offsets of the « in `[from, to)` that no » closes. */
function unbalancedGuillemets(text: string, from: number, to: number): number[] {
  const open: number[] = [];
  for (let i = text.indexOf('«', from); i >= 0 && i < to; i = text.indexOf('«', i + 1)) open.push(i);
  if (open.length === 0) return open;
  const unmatched: number[] = [];
  let close = text.indexOf('»', from);
  for (const at of open) {
    while (close >= 0 && close < at) close = text.indexOf('»', close + 1);
    if (close >= 0 && close < to) close = text.indexOf('»', close + 1);
    else unmatched.push(at);
  }
  return unmatched;
}

/**
 * The segmentation stage: paragraphs (non-empty lines of the normalized view), sentences and
 * tokens, every span in offsets of the original text and every token with its normalized form.
 * An unclosed « becomes a warning message. Requires `norm`.
 *
 * `«ما آماده‌ایم.» او رفت.` → sentences `«ما آماده‌ایم.»` and `او رفت.`; tokens `«`، `ما`، `آماده‌ایم`، ...
 */
export function createTokenizeStage(): Stage {
  return {
    name: 'tokenize',
    version: '1',
    requires: ['norm'],
    assigns: ['paragraphs', 'sentences', 'tokens'],
    run(doc: Doc): Doc {
      const norm = doc.norm;
      if (!norm) return doc;
      const text = norm.text;
      const runs = norm.alignment;
      const paragraphs: Span[] = [];
      const sentences: Span[] = [];
      const tokens: Token[] = [];
      const messages: Message[] = [];
      let lineStart = 0;
      while (lineStart <= text.length) {
        let lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0) lineEnd = text.length;
        const scanned = scanTokens(text, lineStart, lineEnd);
        if (scanned.length > 0) {
          const first = tokens.length;
          for (const token of scanned) {
            const [start, end] = normToOrig(runs, token.start, token.end);
            tokens.push({ start, end, norm: text.slice(token.start, token.end), kind: token.kind });
          }
          paragraphs.push({ start: tokens[first].start, end: tokens[tokens.length - 1].end });
          for (const range of splitSentences(text, scanned)) {
            sentences.push({ start: tokens[first + range.first].start, end: tokens[first + range.last - 1].end });
          }
          for (const at of unbalancedGuillemets(text, lineStart, lineEnd)) {
            const [start, end] = normToOrig(runs, at, at + 1);
            messages.push({ code: 'unclosed-guillemet', severity: 'warning', source: 'tokenize', message: '« is never closed in this paragraph', start, end });
          }
        }
        lineStart = lineEnd + 1;
      }
      doc.layers.paragraphs = paragraphs;
      doc.layers.sentences = sentences;
      doc.layers.tokens = tokens;
      doc.messages.push(...messages);
      return doc;
    },
  };
}

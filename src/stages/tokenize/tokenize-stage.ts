import { normToOrig } from '../../doc/alignment.js';
import type { Doc, Message, Span, Token } from '../../doc/doc.js';
import type { Stage } from '../../pipeline/stage.js';
import { scanTokens } from './scan-tokens.js';
import { splitSentences } from './split-sentences.js';

function unbalancedGuillemets(norm: string, from: number, to: number): number[] {
  const open: number[] = [];
  for (let i = from; i < to; i++) {
    if (norm[i] === '«') open.push(i);
    else if (norm[i] === '»') open.pop();
  }
  return open;
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
      const paragraphs: Span[] = [];
      const sentences: Span[] = [];
      const tokens: Token[] = [];
      const messages: Message[] = [];
      const toOriginal = (start: number, end: number): Span => {
        const [s, e] = normToOrig(norm.alignment, start, end);
        return { start: s, end: e };
      };
      let lineStart = 0;
      while (lineStart <= norm.text.length) {
        let lineEnd = norm.text.indexOf('\n', lineStart);
        if (lineEnd < 0) lineEnd = norm.text.length;
        const scanned = scanTokens(norm.text, lineStart, lineEnd);
        if (scanned.length > 0) {
          paragraphs.push(toOriginal(scanned[0].start, scanned[scanned.length - 1].end));
          for (const range of splitSentences(norm.text, scanned)) {
            sentences.push(toOriginal(scanned[range.first].start, scanned[range.last - 1].end));
          }
          for (const token of scanned) tokens.push({ ...toOriginal(token.start, token.end), norm: norm.text.slice(token.start, token.end), kind: token.kind });
          for (const at of unbalancedGuillemets(norm.text, lineStart, lineEnd)) {
            messages.push({ code: 'unclosed-guillemet', severity: 'warning', source: 'tokenize', message: '« is never closed in this paragraph', ...toOriginal(at, at + 1) });
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

import { alignmentLengths, origToNorm } from './alignment.js';
import type { Doc, Span } from './doc.js';

/** Layers whose spans must be sorted and must not overlap one another. */
const ORDERED_LAYERS = new Set(['paragraphs', 'sentences', 'tokens']);

function checkSpan(doc: Doc, where: string, span: Span, problems: string[]): boolean {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > doc.text.length) {
    problems.push(`${where}: span [${start}, ${end}) is out of bounds for a text of ${doc.text.length}`);
    return false;
  }
  return true;
}

function checkNormalizedView(doc: Doc, problems: string[]): void {
  if (!doc.norm) return;
  const runs = doc.norm.alignment;
  if (!Array.isArray(runs) || runs.length % 2 !== 0 || runs.some((n) => !Number.isInteger(n) || n < 0)) {
    problems.push('norm.alignment: runs must be pairs of non-negative integers');
    return;
  }
  const [orig, norm] = alignmentLengths(runs);
  if (orig !== doc.text.length || norm !== doc.norm.text.length) {
    problems.push(`norm.alignment covers ${orig}/${norm} units, texts are ${doc.text.length}/${doc.norm.text.length}`);
  }
}

function checkLayer(doc: Doc, name: string, spans: Span[], problems: string[]): void {
  let previousEnd = 0;
  spans.forEach((span, i) => {
    const where = `layers.${name}[${i}]`;
    if (!checkSpan(doc, where, span, problems)) return;
    if (ORDERED_LAYERS.has(name)) {
      if (span.start < previousEnd) problems.push(`${where}: overlaps or precedes the span before it`);
      previousEnd = span.end;
    }
  });
  if (name !== 'tokens' || !doc.norm) return;
  for (const [i, token] of (doc.layers.tokens ?? []).entries()) {
    const [s, e] = origToNorm(doc.norm.alignment, token.start, token.end);
    const viewed = doc.norm.text.slice(s, e);
    if (viewed !== token.norm) problems.push(`layers.tokens[${i}]: norm ${JSON.stringify(token.norm)} but the normalized view of its span is ${JSON.stringify(viewed)}`);
  }
}

/**
 * Checks the invariants every stage must keep and returns the problems found (empty when
 * the Doc is sound): spans in bounds with `0 <= start <= end <= text.length`; ordered
 * layers sorted without overlap; the alignment covering both texts; each token's span
 * viewed through the alignment giving its `norm`; messages in bounds; JSON round trip exact.
 */
export function checkDoc(doc: Doc): string[] {
  const problems: string[] = [];
  if (typeof doc.text !== 'string') return ['text: not a string'];
  checkNormalizedView(doc, problems);
  for (const [name, spans] of Object.entries(doc.layers)) {
    if (spans) checkLayer(doc, name, spans, problems);
  }
  doc.messages.forEach((message, i) => {
    if (message.start !== undefined || message.end !== undefined) {
      checkSpan(doc, `messages[${i}]`, { start: message.start ?? 0, end: message.end ?? message.start ?? 0 }, problems);
    }
  });
  const json = JSON.stringify(doc);
  if (JSON.stringify(JSON.parse(json)) !== json) problems.push('JSON round trip changed the Doc');
  return problems;
}

/** Throws an Error listing every broken invariant; for tests and debugging. */
export function assertDoc(doc: Doc): void {
  const problems = checkDoc(doc);
  if (problems.length > 0) throw new Error(`Doc invariants broken:\n  ${problems.slice(0, 20).join('\n  ')}`);
}

import { parseHTML } from 'linkedom';

/** Elements whose content is a paragraph of its own. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'HEAD']);

/** The part of a DOM node {@link htmlNodeText} reads (linkedom's nodes, typed minimally). */
export interface TextNodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<TextNodeLike>;
}

/**
 * The text of a DOM node with one paragraph per line: block elements and `<br>` break lines, scripts
 * and styles are skipped, runs of spaces collapse, empty lines go.
 * `<p>سلام</p><p>دنیا <b>خوب</b></p>` → `سلام\nدنیا خوب`.
 */
export function htmlNodeText(node: TextNodeLike): string {
  const parts: string[] = [];
  const walk = (current: TextNodeLike): void => {
    if (current.nodeType === 3) {
      parts.push(current.textContent ?? '');
      return;
    }
    if (current.nodeType !== 1 && current.nodeType !== 9 && current.nodeType !== 11) return;
    const name = current.nodeName.toUpperCase();
    if (SKIPPED.has(name)) return;
    if (name === 'BR') {
      parts.push('\n');
      return;
    }
    const block = BLOCKS.has(name);
    if (block) parts.push('\n');
    for (let i = 0; i < current.childNodes.length; i++) walk(current.childNodes[i]);
    if (block) parts.push('\n');
  };
  walk(node);
  return parts.join('').split('\n').map((line) => line.replace(/[ \t\f\v\u00a0]+/g, ' ').trim()).filter(Boolean).join('\n');
}

/** The text of an HTML fragment (a feed item's description, an article's content), paragraphs on lines. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html.split('\n').map((line) => line.trim()).filter(Boolean).join('\n');
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return htmlNodeText(document.body as unknown as TextNodeLike);
}

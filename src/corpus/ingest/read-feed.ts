import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { htmlToText } from './html-text.js';
import { parsePublished } from './persian-date.js';
import { type ReadResult, rawReport } from './raw-report.js';

type Node = Record<string, unknown>;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', processEntities: true, htmlEntities: true, parseTagValue: false, trimValues: true });

/** The text of a parsed XML value: a string, or an element's `#text`. */
function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return text(value[0]);
  if (value && typeof value === 'object') return text((value as Node)['#text']);
  return undefined;
}

const list = (value: unknown): Node[] => (Array.isArray(value) ? value : value && typeof value === 'object' ? [value] : []) as Node[];

/** An Atom link: the `alternate` one, else the first. */
function atomLink(value: unknown): string | undefined {
  const links = list(value);
  const link = links.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? links[0];
  return (link?.['@_href'] as string | undefined) ?? text(value);
}

/** Whether XML text is an RSS or Atom feed (by its root element). */
export function looksLikeFeed(head: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]/i.test(head);
}

/**
 * Reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed: one report per item, its HTML description or content
 * turned into text, with title, link, date (RFC 822, ISO or Persian) and author; the source is the
 * channel's title. Items without text are reported as problems (`feed.xml#3: ...`) and skipped.
 * A document that is not well-formed XML, or declares entities, is refused whole.
 */
export function readFeed(xml: string, origin: string): ReadResult {
  if (/<!DOCTYPE[^>]*\[/i.test(xml)) return { reports: [], problems: [{ origin, reason: 'XML with an internal DOCTYPE (entity declarations) is not accepted' }] };
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { reports: [], problems: [{ origin, reason: `malformed XML: ${valid.err.msg} (line ${valid.err.line})` }] };
  const root = parser.parse(xml) as Node;
  const rss = root.rss as Node | undefined;
  const rdf = root['rdf:RDF'] as Node | undefined;
  const atom = root.feed as Node | undefined;
  const channel = (rss?.channel ?? rdf?.channel ?? atom) as Node | undefined;
  if (!channel) return { reports: [], problems: [{ origin, reason: 'not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)' }] };
  const items = list(atom ? atom.entry : (channel.item ?? rdf?.item));
  const source = text(channel.title)?.trim();
  const result: ReadResult = { reports: [], problems: [] };
  items.forEach((item, index) => {
    const where = `${origin}#${index + 1}`;
    const body = text(item['content:encoded']) ?? text(item.content) ?? text(item.description) ?? text(item.summary) ?? '';
    const content = htmlToText(body);
    if (content.trim() === '') {
      result.problems.push({ origin: where, reason: 'feed item has no text' });
      return;
    }
    const title = text(item.title);
    result.reports.push(rawReport({
      text: content, origin: where, title: title && htmlToText(title),
      url: atom ? atomLink(item.link) : text(item.link) ?? text(item.guid),
      published: parsePublished(text(item.pubDate) ?? text(item.published) ?? text(item['dc:date']) ?? text(item.updated)),
      source: text(item.source) ?? source,
      author: text((item.author as Node | undefined)?.name) ?? text(item.author) ?? text(item['dc:creator']),
    }));
  });
  return result;
}

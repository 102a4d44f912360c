import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlNodeText, htmlToText, type TextNodeLike } from './html-text.js';
import { parsePublished } from './persian-date.js';
import { type RawReport, rawReport } from './raw-report.js';

/** A document as both linkedom and Readability see it. */
type HtmlDocument = ReturnType<typeof parseHTML>['document'];

function meta(document: HtmlDocument, ...names: string[]): string | undefined {
  for (const name of names) {
    const element = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const content = element?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
}

/** Removes a trailing ` | ایرنا` or ` - ایرنا` naming the site from a page title. */
function stripSiteName(title: string, site: string | undefined): string {
  if (!site) return title;
  const cut = title.match(new RegExp(`^(.*?)\\s*[|\\-–—:]\\s*${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'u'));
  return cut?.[1] || title;
}

/**
 * Reads a news page: the article body through @mozilla/readability over linkedom (one paragraph per
 * line), its title, author, site and date from the page's metadata (Open Graph, `article:published_time`,
 * `<time datetime>`). A page where no article is found falls back to the text of `<body>`.
 * @throws Error with the reason when the page has no text at all.
 */
export function readHtml(html: string, origin: string): RawReport {
  const { document } = parseHTML(html);
  const site = meta(document, 'og:site_name', 'application-name');
  const published = parsePublished(
    meta(document, 'article:published_time', 'datePublished', 'date', 'pubdate', 'publish-date', 'DC.date.issued') ??
      document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined,
  );
  const url = meta(document, 'og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const metaTitle = meta(document, 'og:title') ?? document.querySelector('title')?.textContent?.trim();
  const author = meta(document, 'author', 'article:author');
  const bodyText = document.body ? htmlNodeText(document.body as unknown as TextNodeLike) : '';
  let article: ReturnType<Readability['parse']> = null;
  try {
    article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  } catch {
    article = null;
  }
  let text = article?.content ? htmlToText(article.content) : '';
  if (text.length < 40) text = bodyText;
  if (text.trim() === '') throw new Error('no article text found in the page');
  const siteName = site ?? article?.siteName ?? undefined;
  const rawTitle = article?.title || metaTitle;
  const title = rawTitle ? stripSiteName(rawTitle.trim(), siteName) : undefined;
  const lines = text.split('\n');
  if (title && lines.length > 1 && lines[0].trim() === title) text = lines.slice(1).join('\n');
  return rawReport({
    text, origin, title, url, source: siteName,
    author: author ?? article?.byline ?? undefined,
    published: published ?? parsePublished(article?.publishedTime ?? undefined),
  });
}

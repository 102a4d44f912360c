import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { type InputItem, readInputs } from '../../src/corpus/ingest/read-inputs.js';
import { prepareReport } from '../../src/corpus/ingest/prepare-report.js';
import type { RawReport } from '../../src/corpus/ingest/raw-report.js';
import { readTextReport } from '../../src/corpus/ingest/read-text-report.js';
import { testPipeline } from './store-fixture.js';

const Z = '\u200c';

async function readAll(paths: string[], stdin?: string | Buffer): Promise<{ reports: RawReport[]; problems: { origin: string; reason: string }[] }> {
  const items: InputItem[] = [];
  for await (const item of readInputs(paths, Readable.from(stdin === undefined ? [] : [Buffer.from(stdin)]))) items.push(item);
  return {
    reports: items.flatMap((item) => ('report' in item ? [item.report] : [])),
    problems: items.flatMap((item) => ('problem' in item ? [item.problem] : [])),
  };
}

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'khabar-ingest-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const ARTICLE = `<!doctype html><html lang="fa" dir="rtl"><head>
<title>افتتاح خط جدید مترو در مشهد | خبرگزاری ایرنا</title>
<meta property="og:site_name" content="خبرگزاری ایرنا">
<meta property="article:published_time" content="2024-10-09T08:30:00+03:30">
<meta name="author" content="مریم احمدی"><link rel="canonical" href="https://example.ir/news/1">
</head><body><nav>صفحه اصلی | سیاسی | اقتصادی | ورزشی</nav>
<article><h1>افتتاح خط جدید مترو در مشهد</h1>
<p>خط سوم قطار شهری مشهد صبح امروز با حضور وزیر کشور و شهردار مشهد به طور رسمی افتتاح شد و مسافران از فردا می توانند از آن استفاده کنند.</p>
<p>به گفته شهردار مشهد، این خط ۲۸ کیلومتر طول دارد و روزانه بیش از ۲۰۰ هزار مسافر را جابه جا خواهد کرد.</p>
<script>track("view")</script></article><footer>همه حقوق محفوظ است</footer></body></html>`;

const RSS = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>ایسنا</title><item><title>بارش برف در گردنه های شمالی</title><link>https://example.ir/a</link>
<pubDate>Wed, 09 Oct 2024 10:00:00 GMT</pubDate><description><![CDATA[<p>پلیس راه از بارش برف در <b>گردنه حیران</b> خبر داد.</p><p>رانندگان زنجیر چرخ همراه داشته باشند.</p>]]></description></item>
<item><title>بدون متن</title><description></description></item>
<item><title>خبر دوم</title><pubDate>۱۴۰۳/۰۷/۱۹</pubDate><description>تیم ملی والیبال راهی مسابقات قهرمانی آسیا شد.</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>همشهری</title>
<entry><title type="html">نمایشگاه کتاب تهران</title><link rel="alternate" href="https://example.ir/b"/><published>2024-05-08T09:00:00Z</published>
<author><name>رضا کریمی</name></author><content type="html">&lt;p&gt;نمایشگاه بین المللی کتاب تهران امروز گشایش یافت.&lt;/p&gt;</content></entry></feed>`;

describe('reading every input format', () => {
  it('reads a folder of every format, recursively and in name order, skipping hidden files', async () => {
    const dir = folder({
      'a.txt': 'افزایش قیمت نان در تهران\nتهران - ایسنا - نرخ جدید نان از شنبه اجرا می شود.',
      'b/page.html': ARTICLE,
      'b/feed.rss': RSS,
      'c/atom.xml': ATOM,
      'd.json': JSON.stringify([{ text: 'متن اول', title: 'یک', published: '1403/07/18', source: 'مهر' }, { title: 'بدون متن' }, { text: '   ' }]),
      'e.jsonl': '{"text":"سطر اول","url":"https://example.ir/c","published":1728460800}\n\n{"text": 5}\nnot json\n{"text":"سطر چهارم"}\n',
      '.hidden.txt': 'پنهان',
    });
    const { reports, problems } = await readAll([dir]);
    expect(reports.map((r) => r.origin.slice(dir.length + 1))).toEqual([
      'a.txt', 'b/feed.rss#1', 'b/feed.rss#3', 'b/page.html', 'c/atom.xml#1', 'd.json#1', 'e.jsonl:1', 'e.jsonl:5',
    ]);
    expect(problems.map((p) => [p.origin.slice(dir.length + 1), p.reason])).toEqual([
      ['b/feed.rss#2', 'feed item has no text'],
      ['d.json#2', '`text` is required'],
      ['d.json#3', '`text`: is empty'],
      ['e.jsonl:3', expect.stringContaining('`text`')],
      ['e.jsonl:4', expect.stringContaining('invalid JSON')],
    ]);
    const byName = Object.fromEntries(reports.map((r) => [r.origin.slice(dir.length + 1), r]));
    expect(byName['a.txt']).toMatchObject({ title: 'افزایش قیمت نان در تهران' });
    expect(byName['b/page.html']).toMatchObject({
      title: 'افتتاح خط جدید مترو در مشهد', source: 'خبرگزاری ایرنا', author: 'مریم احمدی', published: '2024-10-09T05:00:00.000Z', url: 'https://example.ir/news/1',
    });
    expect(byName['b/page.html'].text.split('\n')).toHaveLength(2);
    expect(byName['b/page.html'].text).not.toMatch(/track|صفحه اصلی|حقوق/);
    expect(byName['b/feed.rss#1']).toMatchObject({ title: 'بارش برف در گردنه های شمالی', source: 'ایسنا', published: '2024-10-09T10:00:00.000Z', url: 'https://example.ir/a' });
    expect(byName['b/feed.rss#1'].text).toBe('پلیس راه از بارش برف در گردنه حیران خبر داد.\nرانندگان زنجیر چرخ همراه داشته باشند.');
    expect(byName['b/feed.rss#3'].published).toBe('2024-10-10');
    expect(byName['c/atom.xml#1']).toMatchObject({ title: 'نمایشگاه کتاب تهران', source: 'همشهری', author: 'رضا کریمی', url: 'https://example.ir/b', text: 'نمایشگاه بین المللی کتاب تهران امروز گشایش یافت.' });
    expect(byName['d.json#1']).toMatchObject({ published: '2024-10-09', source: 'مهر' });
    expect(byName['e.jsonl:1'].published).toBe('2024-10-09T08:00:00.000Z');
  });

  it.each([
    ['UTF-16 with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`همكاريهاي ايران و عراق`, 'utf16le')]), 'همكاريهاي ايران و عراق'],
    ['UTF-16 big-endian without a BOM', Buffer.from(Buffer.from('گزارش ویژه درباره بازار', 'utf16le')).swap16(), 'گزارش ویژه درباره بازار'],
    ['Windows-1256', Buffer.from([0xc8, 0xd1, 0xd1, 0xd3, 0xed, 0x20, 0xc8, 0xc7, 0xd2, 0xc7, 0xd1]), 'بررسي بازار'],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`می${Z}شود`)]), `می${Z}شود`],
  ])('decodes a text file in %s', async (_, bytes, text) => {
    const { reports, problems } = await readAll([join(folder({ 'r.txt': bytes }), 'r.txt')]);
    expect(problems).toEqual([]);
    expect(reports[0].text).toBe(text);
  });

  it.each([
    ['binary.txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]), /E001/],
    ['image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), /E001/],
    ['empty.txt', Buffer.alloc(0), /E010/],
    ['spaces.txt', '  \n\n ', /empty/],
    ['broken.json', '{"text": "بی پایان', /invalid JSON/],
    ['number.json', '42', /`record`|expected object/i],
    ['broken.rss', '<rss><channel><title>ایرنا</title><item><title>خبر</title></channel>', /malformed XML/],
    ['entities.xml', '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><rss><channel></channel></rss>', /DOCTYPE/],
    ['not-a-feed.xml', '<?xml version="1.0"?><html><body>x</body></html>', /not an RSS or Atom feed/],
    ['empty.html', '<html><body><script>x()</script></body></html>', /no article text/],
  ])('skips %s with its reason', async (name, content, reason) => {
    const dir = folder({ [name]: content });
    const { reports, problems } = await readAll([join(dir, name)]);
    expect(reports).toEqual([]);
    expect(problems).toEqual([{ origin: join(dir, name), reason: expect.stringMatching(reason) }]);
  });

  it('reads malformed HTML as well as it can', async () => {
    const dir = folder({ 'bad.html': '<html><body><div><p>ستاد بحران استان از آغاز بارش های سیل آسا در شهرستان های شمالی خبر داد و هشدار داد<p>مردم از تردد در حاشیه رودخانه ها خودداری کنند<div></span>' });
    const { reports } = await readAll([join(dir, 'bad.html')]);
    expect(reports[0].text).toContain('ستاد بحران استان');
    expect(reports[0].text).toContain('حاشیه رودخانه ها');
  });

  it('reports a missing path and goes on', async () => {
    const dir = folder({ 'ok.txt': 'گزارشی کوتاه.' });
    const { reports, problems } = await readAll([join(dir, 'missing.txt'), join(dir, 'ok.txt')]);
    expect(reports).toHaveLength(1);
    expect(problems).toEqual([{ origin: join(dir, 'missing.txt'), reason: 'no such file or directory' }]);
  });

  it.each([
    ['text', 'خبر فوری از تهران.', 'خبر فوری از تهران.'],
    ['JSON', '{"text":"خبر از مشهد"}', 'خبر از مشهد'],
    ['JSON Lines', '{"text":"خبر یکم"}\n{"text":"خبر دوم"}\n', 'خبر یکم'],
    ['RSS', RSS, 'پلیس راه از بارش برف در گردنه حیران خبر داد.\nرانندگان زنجیر چرخ همراه داشته باشند.'],
    ['HTML', ARTICLE, expect.stringContaining('خط سوم قطار شهری')],
  ])('reads %s from standard input, format sniffed', async (_, input, text) => {
    const { reports } = await readAll(['-'], input);
    expect(reports[0]).toMatchObject({ origin: expect.stringMatching(/^stdin/), text });
  });

  const pipeline = testPipeline();
  it.skipIf(!pipeline.stages.some((stage) => stage.assigns.includes('source')))('takes the agency from the analysis when the input names none', () => {
    const raw = readTextReport('به گزارش خبرگزاری ایسنا، نرخ جدید نان از شنبه اجرا می شود.', 'a.txt');
    expect(prepareReport(pipeline, raw).meta.source).toBe('ایسنا');
    expect(prepareReport(pipeline, { ...raw, source: 'همشهری' }).meta.source).toBe('همشهری');
  });
});

/// <reference lib="dom" />
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { loadLexicons } from '../../src/lexicon/load.js';
import { createAnalyzer } from '../../src/pipeline/analyze.js';
import { SAMPLE, SAMPLE_REPORTS } from '../corpus/sample-reports.js';
import { openTestApi, postJson, type TestApi } from '../api/api-fixture.js';
import { ARTIFACTS, ensureWebBuild, HAS_CHROMIUM, launchBrowser } from './browser-fixture.js';
import { SAMPLE_REPORT } from '../../web/src/lib/sample-report.js';

/**
 * The web UI in a real headless Chromium, against two servers in this process: one with the real
 * analyzer over the bundled examples (what a new user sees), one whose corpus is annotated by the
 * corpus tests' stand-in entity, quote and event stage (so those views are exercised whatever the
 * real stages do today). Screenshots go to test-artifacts/.
 */
if (!HAS_CHROMIUM) {
  describe('the web UI in Chromium', () => {
    it.skipIf(!!process.env.CI)('is skipped: install Chromium (apt-get install chromium) to run it', () => {});
    it.runIf(!!process.env.CI)('must run in CI: /usr/bin/chromium is missing (see .ci/run)', () => {
      expect.fail('CI must install Chromium (see .ci/run)');
    });
  });
}

describe.skipIf(!HAS_CHROMIUM)('the web UI in Chromium', () => {
  let real: TestApi;
  let annotated: TestApi;
  let realServer: RunningServer;
  let annotatedServer: RunningServer;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  const problems: string[] = [];

  beforeAll(async () => {
    const webRoot = await ensureWebBuild();
    real = await openTestApi({ webRoot, pipeline: createAnalyzer(loadLexicons()), examples: true });
    annotated = await openTestApi({ webRoot });
    realServer = await startServer(real.app, { port: 0 });
    annotatedServer = await startServer(annotated.app, { port: 0 });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await realServer?.close();
    await annotatedServer?.close();
    await real?.close();
    await annotated?.close();
  });

  async function open(server: RunningServer, path: string): Promise<Page> {
    const page = await browser.context.newPage();
    page.on('console', (message) => { if (message.type() === 'error') problems.push(`${path}: ${message.text()}`); });
    page.on('pageerror', (error) => problems.push(`${path}: ${error.message}`));
    await page.goto(server.url + path);
    await page.locator('main h1').waitFor();
    return page;
  }
  const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

  it('loads right to left in Persian with Vazirmatn and the corpus counted in Persian digits', async () => {
    const page = await open(realServer, '/');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('fa');
    await page.locator('.corpus-stats').waitFor();
    expect(await page.locator('.corpus-stats').textContent()).toMatch(/^پیکره: [۰-۹٬]+ خبر/);
    expect(await page.evaluate(async () => { await document.fonts.ready; return document.fonts.check('16px Vazirmatn'); })).toBe(true);
    await page.locator('.hit').first().waitFor();
    await shot(page, 'search-home');
    await page.close();
  });

  it('analyzes the sample report: sentences, tokens, restored half-spaces, and whatever entity and quote layers the analyzer has', async () => {
    const doc = await (await real.app.request('/api/analyze', postJson({ text: SAMPLE_REPORT }))).json() as { layers: Record<string, { type?: string }[] | undefined> };
    const page = await open(realServer, '/analyze');
    await page.getByRole('button', { name: 'گذاشتن متن نمونه' }).click();
    await page.getByRole('button', { name: 'تحلیل', exact: true }).click();
    await page.locator('.annotated').waitFor();
    const count = async (key: string) => Number((await page.locator(`[data-count="${key}"] dd`).textContent())?.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0)).replace(/[^\d]/g, ''));
    expect(await count('sentences')).toBe(doc.layers.sentences?.length);
    expect(await count('tokens')).toBe(doc.layers.tokens?.length);
    expect(await count('restored')).toBeGreaterThan(3);
    await shot(page, 'analyze-original');
    await page.getByRole('switch').check();
    const restored = page.locator('.annotated mark[data-restored]');
    expect(await restored.count()).toBeGreaterThan(3);
    expect(await restored.allTextContents()).toContain('منطقه‌ای');
    const persons = (doc.layers.entities ?? []).filter((e) => /^(per|person)$/i.test(e.type ?? '')).length;
    if (persons > 0) expect(await page.locator('.annotated [data-entity-type="person"]').count()).toBeGreaterThan(0);
    if ((doc.layers.quotes ?? []).length > 0) expect(await page.locator('.annotated [data-quote]').count()).toBeGreaterThan(0);
    await shot(page, 'analyze-normalized');
    await page.getByRole('tab', { name: 'جمله‌ها و واژه‌ها' }).click();
    expect(await page.locator('[data-sentence]').count()).toBe(doc.layers.sentences?.length);
    expect(await page.locator('[data-token]').count()).toBe(doc.layers.tokens?.length);
    await page.close();
  });

  it('highlights a person and a quote with its speaker, and lists the event', async () => {
    const page = await open(annotatedServer, '/analyze');
    await page.getByLabel('متن خبر را اینجا بچسبانید').fill(SAMPLE.visit.text);
    await page.getByRole('button', { name: 'تحلیل', exact: true }).click();
    await page.locator('.annotated').waitFor();
    expect(await page.locator('.annotated [data-entity-type="person"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.annotated [data-quote]').count()).toBe(1);
    expect(await page.locator('.annotated .quote-speaker').textContent()).toContain('هاکان فیدان');
    expect(await page.locator('.entity-panel [data-entity-type="person"]').count()).toBe(2);
    expect(await page.locator('.event-list [data-event-type="CONSULT"]').textContent()).toContain('دیدار و رایزنی');
    await shot(page, 'analyze-annotated');
    await page.close();
  });

  it('finds a report with a query whose half-space is missing, and opens it with its copies', async () => {
    const page = await open(realServer, '/');
    await page.getByLabel('واژه‌ها با هر املایی').fill('همکاریهای');
    await page.getByLabel('واژه‌ها با هر املایی').press('Enter');
    await page.waitForURL(/\/search\?q=/);
    // the front page's latest stories stay in view, marked busy, until the query's own hits arrive
    await page.locator('.results[aria-busy="false"] #results-title', { hasText: /^[۰-۹٬]+ ماجرای خبری$/ }).waitFor();
    // the story is one hit, under whichever of its two copies ranks first
    const titles = [SAMPLE.visit.title, SAMPLE.visitCopy.title];
    const hit = page.locator('.hit', { hasText: new RegExp(titles.join('|')) });
    await hit.waitFor();
    expect(await hit.count()).toBe(1);
    expect(await hit.locator('.snippet mark').count()).toBeGreaterThan(0);
    expect(await hit.locator('.copies').textContent()).toContain('۲ رونوشت');
    await shot(page, 'search');
    const shown = (await hit.locator('h3').textContent()) as string;
    await hit.getByRole('link').click();
    await page.locator('.cluster').waitFor();
    expect(await page.locator('main h1').textContent()).toBe(shown);
    expect(await page.locator('.cluster').textContent()).toContain(titles.find((title) => title !== shown));
    await shot(page, 'report');
    await page.close();
  });

  it('opens an entity page: aliases, roles, mentions over time, quotes, co-mentions, events (the inferred one marked)', async () => {
    const page = await open(annotatedServer, '/entities');
    await page.getByRole('link', { name: 'هاکان فیدان' }).click();
    await page.locator('article.entity').waitFor();
    expect(await page.locator('main h1').textContent()).toBe('هاکان فیدان');
    expect(await page.locator('table').first().textContent()).toContain('وزیر خارجه ترکیه');
    expect(await page.locator('.chart svg rect').count()).toBeGreaterThan(0);
    expect(await page.locator('.quote-list blockquote').first().textContent()).toContain('آماده است حجم تجارت');
    expect(await page.locator('svg.network a').count()).toBeGreaterThan(0);
    expect(await page.locator('.event-list [data-event-type="CONSULT"]').count()).toBe(2);
    expect(await page.locator('.event-list .inferred').allTextContents()).toEqual(['(استنباطی)']);
    await shot(page, 'entity');
    const stats = await (await real.app.request('/api/stats')).json() as { entities: number };
    if (stats.entities > 0) {
      const realPage = await open(realServer, '/entities');
      await realPage.locator('.entity-table a').first().click();
      await realPage.locator('article.entity').waitFor();
      await shot(realPage, 'entity-examples');
      await realPage.close();
    }
    await page.close();
  });

  it('shows events in a table, the inferred one marked, and from country to country', async () => {
    const page = await open(annotatedServer, '/events');
    await page.locator('.events-table').waitFor();
    expect(await page.locator('.events-table [data-event-type="CONSULT"]').count()).toBe(2);
    expect(await page.locator('.events-table .inferred').allTextContents()).toEqual(['(استنباطی)']);
    expect(await page.locator('.matrix').textContent()).toContain('ترکیه');
    await page.getByRole('link', { name: /ایران به ترکیه/ }).click();
    await page.waitForURL(/actorCountry=IRN/);
    await shot(page, 'events');
    await page.close();
  });

  it('renders markup inside a report as inert text', async () => {
    const text = 'خبر آزمایشی <script>window.__pwned = 1</script> با <img src=x onerror="window.__pwned = 2"> و <b>درشت</b> که نباید اجرا شود.';
    const added = await (await annotated.app.request('/api/reports', postJson({ text, title: '<i>عنوان</i>' }))).json() as { results: { id: number }[] };
    const page = await open(annotatedServer, `/report/${added.results[0].id}`);
    await page.locator('.annotated').waitFor();
    expect(await page.locator('.annotated').textContent()).toContain('<script>window.__pwned = 1</script>');
    expect(await page.locator('main h1').textContent()).toBe('<i>عنوان</i>');
    expect(await page.locator('main script, main img, main b, main i').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });

  it('works from the keyboard, with every control labelled', async () => {
    const page = await open(realServer, '/analyze');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('پرش به محتوای اصلی');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.getByLabel('متن خبر را اینجا بچسبانید').fill(SAMPLE_REPORTS[0].text);
    await page.keyboard.press('Control+Enter');
    await page.locator('.annotated').waitFor();
    await page.getByRole('tab', { name: 'متن' }).focus();
    await page.keyboard.press('ArrowLeft');
    expect(await page.getByRole('tab', { name: 'جمله‌ها و واژه‌ها' }).getAttribute('aria-selected')).toBe('true');
    for (const path of ['/analyze', '/', '/entities', '/events']) {
      const other = await open(realServer, path);
      const unlabelled = await other.evaluate(() => [...document.querySelectorAll('input, select, textarea, button')]
        .filter((el) => !(el as HTMLInputElement).labels?.length && !el.getAttribute('aria-label') && !(el.textContent ?? '').trim())
        .map((el) => el.outerHTML));
      expect(unlabelled, path).toEqual([]);
      await other.close();
    }
    await page.close();
  });

  it('serves the API documentation page', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${realServer.url}/docs`);
    expect(await page.locator('h1').textContent()).toContain('Khabar');
    expect(await page.locator('section.op').count()).toBeGreaterThanOrEqual(13);
    await page.screenshot({ path: join(ARTIFACTS, 'api-docs.png') });
    await page.close();
  });

  it('raised no script errors and no Content-Security-Policy violations', () => {
    expect(problems).toEqual([]);
  });
});

import { launchBrowser } from '../../test/web/browser-fixture.js';
import { percentile } from '../corpus/measure.js';

/**
 * The UI's first load over loopback in headless Chromium, with an empty cache each time: until the
 * `load` event, and until the search page shows its first results. Median and worst of `rounds`.
 */
export async function measureFirstLoad(url: string, rounds = 5): Promise<{ load: number; results: number; worst: number }> {
  const browser = await launchBrowser();
  const load: number[] = [];
  const results: number[] = [];
  try {
    for (let i = 0; i < rounds; i++) {
      const page = await browser.context.newPage();
      const session = await browser.context.newCDPSession(page);
      await session.send('Network.setCacheDisabled', { cacheDisabled: true });
      const started = Date.now();
      await page.goto(url, { waitUntil: 'load' });
      load.push(Date.now() - started);
      await page.locator('.hit').first().waitFor();
      results.push(Date.now() - started);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return { load: percentile(load, 0.5), results: percentile(results, 0.5), worst: Math.max(...results) };
}

import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { defaultWebRoot } from '../../src/api/web/web-assets.js';

/** Debian's Chromium, which `.ci/run` installs. */
export const CHROMIUM = process.env.KHABAR_CHROMIUM ?? '/usr/bin/chromium';

/** Whether a browser is there to run the UI tests with. */
export const HAS_CHROMIUM = existsSync(CHROMIUM);

/** Where screenshots go (gitignored). */
export const ARTIFACTS = join(process.cwd(), 'test-artifacts');

/** Builds the web UI into `dist/web` when it is not built yet (`npm test` builds it first). */
export async function ensureWebBuild(): Promise<string> {
  const root = defaultWebRoot();
  if (!existsSync(join(root, 'index.html'))) {
    const { build } = await import('vite');
    await build({ configFile: join(process.cwd(), 'web', 'vite.config.ts'), logLevel: 'warn' });
  }
  return root;
}

/** A headless Chromium with a fresh profile, no network beyond loopback, right-to-left Persian locale. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'khabar-chromium-'));
  mkdirSync(ARTIFACTS, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'fa-IR',
    viewport: { width: 1280, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

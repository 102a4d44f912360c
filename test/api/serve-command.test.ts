import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS_IDF_MIN_REPORTS } from '../../src/corpus/ingest/corpus-document-frequency.js';
import { prepareReport } from '../../src/corpus/ingest/prepare-report.js';
import { openStore } from '../../src/corpus/store/open-store.js';
import type { Keyphrase } from '../../src/stages/summary/keyphrases.js';
import { addFloodReports, FLOOD } from '../corpus/counted-reports.js';
import { SAMPLE } from '../corpus/sample-reports.js';
import { testPipeline } from '../corpus/store-fixture.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'khabar.js');

/** Runs `khabar serve` on a free port and waits for the line that gives its URL. */
function serve(args: string[], env: Record<string, string> = {}): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], { env: { ...process.env, KHABAR_DATABASE_URL: '', KHABAR_TOKEN: '', ...env } });
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /serving .* at (http:\/\/[^/\s]+)\//.exec(output)?.[1];
      if (url) resolve({ child, url, output: () => output });
    });
    child.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.once('exit', (code) => reject(new Error(`khabar serve exited with ${code}: ${output}`)));
  });
}

/** Seeding the whole sample set takes tens of seconds on a loaded two-core machine, and the set grows. */
const SEED_TIMEOUT = 180_000;

const exited = (child: ChildProcess): Promise<number | null> => new Promise((resolve) => child.once('exit', (code) => resolve(code)));

describe('khabar serve', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khabar-serve-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fills an empty corpus with the sample reports, serves the API and the UI, and stops on SIGTERM', async () => {
    const { child, url, output } = await serve(['--data', join(dir, 'data'), '--threads', '1']);
    const samples = readdirSync(join(import.meta.dirname, '..', '..', 'examples', 'reports')).filter((name) => name.endsWith('.txt')).length;
    expect(output()).toContain(`first start — added ${samples} sample reports`);
    const stats = await (await fetch(`${url}/api/stats`)).json() as { reports: number };
    expect(stats.reports).toBeGreaterThan(30);
    const page = await fetch(`${url}/search?q=x`);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<html lang="fa" dir="rtl">');
    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
    expect(output()).toContain('"msg":"request"');
    expect(output()).toContain('shutting down');
  }, SEED_TIMEOUT);

  it('starts again on the same data without adding anything, and guards writes with KHABAR_TOKEN', async () => {
    const { child, url, output } = await serve(['--data', join(dir, 'data'), '--quiet'], { KHABAR_TOKEN: 'tok' });
    expect(output()).not.toContain('first start');
    expect(output()).toContain('writes need the KHABAR_TOKEN');
    const add = (headers: Record<string, string>) => fetch(`${url}/api/reports`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ text: 'گزارش آزمایشی دربارهٔ بارش باران در تبریز.' }) });
    expect((await add({})).status).toBe(401);
    expect((await add({ Authorization: 'Bearer tok' })).status).toBe(201);
    child.kill('SIGINT');
    expect(await exited(child)).toBe(0);
    expect(output()).not.toContain('"msg":"request"');
  });

  it(`analyses with the corpus's own document frequencies once it counts ${CORPUS_IDF_MIN_REPORTS} reports`, async () => {
    const data = join(dir, 'large');
    const analyzeFlood = async (url: string): Promise<Keyphrase[]> => {
      const response = await fetch(`${url}/api/analyze`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: FLOOD }) });
      return ((await response.json()) as { layers: { keyphrases: Keyphrase[] } }).layers.keyphrases;
    };
    const pipeline = testPipeline();
    const store = await openStore(data, pipeline);
    await addFloodReports(store, prepareReport(pipeline, SAMPLE.refinery), 0, CORPUS_IDF_MIN_REPORTS - 1);
    let { child, url } = await serve(['--data', data, '--no-seed', '--quiet']);
    expect((await analyzeFlood(url))[0].text).toBe('سیلاب');
    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
    await addFloodReports(store, prepareReport(pipeline, SAMPLE.refinery), CORPUS_IDF_MIN_REPORTS - 1, CORPUS_IDF_MIN_REPORTS);
    await store.close();
    ({ child, url } = await serve(['--data', data, '--no-seed', '--quiet']));
    expect((await analyzeFlood(url))[0].text).not.toBe('سیلاب');
    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
  }, SEED_TIMEOUT);
});

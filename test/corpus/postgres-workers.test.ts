import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POSTGRES_BACKEND, PG_URL, testPipeline } from './store-fixture.js';
import { SAMPLE_REPORTS } from './sample-reports.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'khabar.js');

function worker(url: string): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'worker', '--data', url, '--threads', '1', '--json'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.on('exit', (code) => resolve({ code, stdout }));
  });
}

describe.skipIf(!PG_URL)('PostgreSQL: several `khabar worker` processes share one queue', { timeout: 180_000 }, () => {
  it('stores every queued report exactly once between them', async () => {
    const { store, location, cleanup } = await POSTGRES_BACKEND.open(testPipeline());
    try {
      const many = [...SAMPLE_REPORTS, ...SAMPLE_REPORTS.map((r) => ({ ...r, origin: `again-${r.origin}`, text: `${r.text}\nاین گزارش به روز شد.` }))];
      expect((await store.enqueue(many)).queued).toBe(many.length);
      const results = await Promise.all([worker(location), worker(location), worker(location)]);
      expect(results.map((r) => r.code)).toEqual([0, 0, 0]);
      const summaries = results.map((r) => JSON.parse(r.stdout) as { added: number; failed: number });
      expect(summaries.reduce((sum, s) => sum + s.added, 0)).toBe(many.length);
      expect(summaries.every((s) => s.failed === 0)).toBe(true);
      expect((await store.stats()).reports).toBe(many.length);
      expect(await store.queueSize()).toEqual({ waiting: 0, failed: 0 });
    } finally {
      await store.close();
      await cleanup();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { createRng, generateStory, reportFileText } from '../../bench/corpus/generate-reports.js';
import { prepareReport } from '../../src/corpus/ingest/prepare-report.js';
import { createQueryKeyer } from '../../src/corpus/search/query-keyer.js';
import { createDialect } from '../../src/corpus/store/open-store.js';
import { searchReports } from '../../src/corpus/store/search-reports.js';
import { SQLITE_BACKEND, testPipeline } from './store-fixture.js';

describe('a broad query on SQLite', () => {
  it('is ranked among its newest matches, with an estimated total near the exact one', async () => {
    const pipeline = testPipeline();
    const { store, location, cleanup } = await SQLITE_BACKEND.open(pipeline);
    const rng = createRng(11);
    await store.save(Array.from({ length: 40 }, (_, i) => prepareReport(pipeline, { text: reportFileText(generateStory(rng, i, [], 900), rng), origin: `r${i}` })));
    const dialect = createDialect(location);
    const keyer = createQueryKeyer(pipeline);
    try {
      for (const request of [{ query: 'وزیر OR گفت OR کشور', collapse: false }, { query: 'وزیر OR گفت OR کشور', collapse: false, from: '2024-01-01' }]) {
        const exact = await searchReports(dialect, keyer, request, 1000);
        const windowed = await searchReports(dialect, keyer, request, 8);
        expect(exact.estimated).toBeUndefined();
        expect(windowed.estimated).toBe(exact.total > 8 ? true : undefined);
        expect(Math.abs(windowed.total - exact.total)).toBeLessThanOrEqual(Math.max(3, exact.total * 0.35));
        const newest = [...exact.hits.map((h) => h.id)].sort((a, b) => b - a);
        expect(Math.min(...windowed.hits.map((h) => h.id))).toBeGreaterThanOrEqual(newest[Math.min(7, newest.length - 1)] ?? 0);
      }
    } finally {
      await dialect.close();
      await store.close();
      await cleanup();
    }
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareReport } from '../../src/corpus/ingest/prepare-report.js';
import { SAMPLE_REPORTS } from './sample-reports.js';
import { backends, testPipeline, useStore } from './store-fixture.js';

/** Pieces of query syntax that break naive FTS5, tsquery or SQL string building. */
const HOSTILE = [
  '"', '""', "'", '(', ')', '*', '-', '+', '^', ':', '{', '}', 'AND', 'OR', 'NOT', 'NEAR', 'NEAR(', '|', '&', '!', '<->', ':*',
  '\\', '%', '_', ';', '--', '/*', '*/', "'; DROP TABLE reports; --", 'surface:', 'title :', '\u0000', '\u0007', '\u200c', '\u202e',
  '\ud800', 'ایران', 'می شود', 'همکاری', 'وزیر', '۱۴۰۳', 'F-35', ' ', '\n',
];

const hostileQuery = fc.oneof(
  fc.array(fc.constantFrom(...HOSTILE), { maxLength: 12 }).map((parts) => parts.join('')),
  fc.array(fc.constantFrom(...HOSTILE), { maxLength: 12 }).map((parts) => parts.join(' ')),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 50 }).map((s) => s.repeat(400)),
);

describe.each(backends())('hostile queries: $name', (backend) => {
  const pipeline = testPipeline();
  const store = useStore(backend, pipeline, (seeded) => seeded.save(SAMPLE_REPORTS.map((raw) => prepareReport(pipeline, raw))));

  it('never errors, whatever the query, and the corpus is intact afterwards', async () => {
    await fc.assert(fc.asyncProperty(hostileQuery, fc.boolean(), async (query, collapse) => {
      const result = await store().search({ query, collapse, limit: 5 });
      expect(result.total).toBeGreaterThanOrEqual(result.hits.length);
      for (const hit of result.hits) expect(hit.snippet.highlights.every((h) => h.start >= hit.snippet.start && h.end <= hit.snippet.end)).toBe(true);
    }), { numRuns: backend.name === 'sqlite' ? 400 : 150 });
    expect((await store().stats()).reports).toBe(SAMPLE_REPORTS.length);
  });

  it.each([
    ['a megabyte of text', 'ایران '.repeat(200_000)],
    ['ten thousand quotes', '"'.repeat(10_000)],
    ['deep parentheses', '('.repeat(5000) + 'ایران' + ')'.repeat(5000)],
    ['only operators', 'AND OR NOT NEAR ( ) * - ^ :'],
  ])('answers %s', async (_, query) => {
    const result = await store().search({ query });
    expect(result.total).toBeGreaterThanOrEqual(0);
  });
});

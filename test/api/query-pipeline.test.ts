import { describe, expect, it } from 'vitest';
import { createQueryPipeline } from '../../src/api/store/open-api-store.js';
import { searchKeys } from '../../src/corpus/search/search-keys.js';
import { loadLexicons } from '../../src/lexicon/load.js';
import { analyze, createAnalyzer } from '../../src/pipeline/analyze.js';
import { SAMPLE_REPORTS } from '../corpus/sample-reports.js';
import { SAMPLE_REPORT } from '../../web/src/lib/sample-report.js';

describe('the query pipeline', () => {
  const lexicons = loadLexicons();
  const full = createAnalyzer(lexicons);
  const query = createQueryPipeline(lexicons);

  it.each([...SAMPLE_REPORTS.map((r) => [r.origin, r.text]), ['the UI sample', SAMPLE_REPORT]])('keys %s exactly as the full analyzer keys it for the index', (_name, text) => {
    const keys = (pipeline: typeof full) => (analyze(pipeline, text).layers.tokens ?? []).map((token) => searchKeys(token));
    expect(keys(query)).toEqual(keys(full));
  });
});

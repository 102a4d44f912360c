import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../lexicon/load.js';
import { schemaText } from '../../scripts/build-schema.js';
import { analysisSchema } from './analysis-schema.js';
import { analyze, createAnalyzer } from './analyze.js';

describe('the analysis schema', () => {
  it('accepts what analyze produces for a whole report', () => {
    const text = readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'reports', 'diplomacy-02.txt'), 'utf8');
    const doc = analyze(createAnalyzer(loadLexicons()), text);
    const parsed = analysisSchema.safeParse(JSON.parse(JSON.stringify(doc)));
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('rejects a Doc whose offsets are not integers', () => {
    expect(analysisSchema.safeParse({ text: 'x', layers: { tokens: [{ start: 0.5, end: 1, norm: 'x', kind: 'word' }] }, messages: [], meta: {} }).success).toBe(false);
  });

  it('is published up to date in docs/analysis.schema.json (npm run schema)', () => {
    expect(readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'analysis.schema.json'), 'utf8')).toBe(schemaText());
  });
});

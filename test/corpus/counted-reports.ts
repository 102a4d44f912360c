import type { PreparedReport } from '../../src/corpus/ingest/prepare-report.js';

/**
 * A stand-in report for filling a corpus's term counts cheaply: `base` under a new identity
 * (`name`), with the given terms (none: an uncounted report), no shingles or LSH bands (so it joins no
 * story) and no entities, quotes or events.
 */
export function countedReport(base: PreparedReport, name: string, terms: string[] | undefined): PreparedReport {
  return {
    ...base, contentHash: `test:${name}`, bodyHash: `test:${name}`, meta: { ...base.meta, origin: name, title: name },
    shingles: 0, bands: [], entities: [], quotes: [], events: [], ...(terms ? { terms } : { terms: undefined }),
  };
}

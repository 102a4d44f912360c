import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ingest, type IngestOptions, type IngestSummary } from '../corpus/ingest/ingest.js';
import type { CorpusStore } from '../corpus/store/store.js';
import { dataDir } from '../lexicon/load.js';

/** The bundled sample reports, `examples/reports` in the package. */
export function examplesDir(): string {
  return join(dataDir(), '..', 'examples', 'reports');
}

/**
 * Fills an empty corpus with the bundled sample reports, so that a first start shows a populated
 * corpus at once. Does nothing (undefined) when the corpus has reports or the folder is missing.
 */
export async function seedExamples(store: CorpusStore, dir = examplesDir(), options: IngestOptions = {}): Promise<IngestSummary | undefined> {
  if (!existsSync(dir) || (await store.stats()).reports > 0) return undefined;
  return ingest(store, [dir], options);
}

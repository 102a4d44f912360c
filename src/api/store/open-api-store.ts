import type { Lexicons } from '../../lexicon/lexicons.js';
import { createAnalyzer } from '../../pipeline/analyze.js';
import type { Pipeline } from '../../pipeline/pipeline.js';
import { createQueryKeyer } from '../../corpus/search/query-keyer.js';
import { createCorpusStore } from '../../corpus/store/corpus-store.js';
import { createDialect } from '../../corpus/store/open-store.js';
import type { CorpusStore } from '../../corpus/store/store.js';
import { type CorpusReads, createCorpusReads } from './corpus-reads.js';

/** The corpus as the API sees it: the corpus store, and the read queries it lacks so far. */
export interface ApiStore {
  store: CorpusStore;
  reads: CorpusReads;
}

/**
 * Opens the corpus at a location (a data folder, or a `postgres://` URL) like `openStore` does, keeping
 * the backend dialect for the API's extra reads (entity by id, entity lists, clusters, filtered
 * events, the country matrix, search facets). `store.close()` closes both.
 *
 * `queryPipeline` reads search queries into keys. Keys come from tokens and their lemmas only, so a
 * pipeline without the entity and report stages gives the same keys several times faster:
 * `createAnalyzer(lexicons, {entities: false, report: false})`.
 */
export async function openApiStore(location: string, queryPipeline: Pipeline): Promise<ApiStore> {
  const dialect = createDialect(location);
  const keyer = createQueryKeyer(queryPipeline);
  const store = await createCorpusStore(dialect, keyer);
  return { store, reads: createCorpusReads(dialect, keyer) };
}

/** The pipeline that reads search queries: normalization, tokens and morphology, none of the later stages. */
export function createQueryPipeline(lexicons: Lexicons): Pipeline {
  return createAnalyzer(lexicons, { entities: false, report: false });
}

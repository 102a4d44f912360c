import { loadLexicons } from '../../lexicon/load.js';
import { createAnalyzer } from '../../pipeline/analyze.js';
import type { Pipeline } from '../../pipeline/pipeline.js';
import type { QueryKeyer } from '../search/compile-query.js';
import { createQueryKeyer } from '../search/query-keyer.js';
import { createCorpusStore } from './corpus-store.js';
import type { CorpusDialect } from './dialect.js';
import { createPostgresDialect } from './postgres/postgres-dialect.js';
import { createSqliteDialect } from './sqlite/sqlite-dialect.js';
import type { CorpusStore } from './store.js';

/** The default data folder of the embedded store. */
export const DEFAULT_DATA_DIR = './khabar-data';

/**
 * Where the corpus lives: an explicit `--data` value, else `KHABAR_DATABASE_URL`, else `./khabar-data`.
 * A `postgres://` or `postgresql://` URL selects PostgreSQL; anything else is a data folder for SQLite.
 */
export function resolveLocation(data: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return data || env.KHABAR_DATABASE_URL || DEFAULT_DATA_DIR;
}

/** The backend dialect for a location (see {@link resolveLocation}). */
export function createDialect(location: string): CorpusDialect {
  return /^postgres(ql)?:\/\//i.test(location) ? createPostgresDialect(location) : createSqliteDialect(location);
}

/**
 * Opens (creating and migrating as needed) the corpus at a location. `pipeline` analyses queries;
 * by default the standard analyzer over the package's lexicons, loaded at the first search.
 * `await openStore('./khabar-data')`; `await openStore('postgres://127.0.0.1/news')`.
 */
export async function openStore(location: string, pipeline?: Pipeline): Promise<CorpusStore> {
  let keyer: QueryKeyer | undefined;
  // the lexicons load on the first search, not for stats, exports or entity pages
  const lazyKeyer: QueryKeyer = (text) => (keyer ??= createQueryKeyer(pipeline ?? createAnalyzer(loadLexicons())))(text);
  return createCorpusStore(createDialect(location), lazyKeyer);
}

import { sql } from 'kysely';
import type { CorpusDialect } from '../../corpus/store/dialect.js';

/** Values kept at most, least recently used dropped first. */
export const CORPUS_CACHE_SIZE = 500;

/**
 * Remembers values computed from the corpus (entity profiles) until the corpus changes. Reports are
 * only ever added, and everything a profile holds comes with a report, so the highest report id is
 * the corpus' version: one index lookup per request tells whether a remembered value still holds.
 * Works across processes (another `khabar ingest` adding reports is seen at once).
 */
export function createCorpusCache<K, V>(dialect: CorpusDialect, size = CORPUS_CACHE_SIZE) {
  const entries = new Map<K, { version: number; value: V }>();
  const version = async (): Promise<number> => {
    const row = await sql<{ id: number | null }>`SELECT MAX(id) AS id FROM reports`.execute(dialect.db);
    return Number(row.rows[0]?.id ?? 0);
  };
  return {
    /** The value for `key`, computed by `compute` unless remembered from the same corpus version. */
    async get(key: K, compute: () => Promise<V>): Promise<V> {
      const now = await version();
      const hit = entries.get(key);
      if (hit && hit.version === now) {
        entries.delete(key);
        entries.set(key, hit);
        return hit.value;
      }
      const value = await compute();
      entries.delete(key);
      entries.set(key, { version: now, value });
      if (entries.size > size) entries.delete(entries.keys().next().value as K);
      return value;
    },
  };
}

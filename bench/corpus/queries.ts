import type { SearchRequest } from '../../src/corpus/store/store.js';
import { AGENCIES, CITIES, COUNTRIES, PEOPLE, SUBJECTS } from './vocabulary.js';

/** A benchmark query; `word` is set when a naive LIKE scan can run the same query. */
export interface BenchQuery {
  request: SearchRequest;
  word?: string;
}

const pick = <T>(rng: () => number, items: readonly T[]): T => items[Math.floor(rng() * items.length)];

/**
 * A mix of the searches analysts run: single words in several spellings, names and phrases, prefixes,
 * OR and NOT, and filters by source and date.
 */
export function searchQueries(rng: () => number, count: number): BenchQuery[] {
  const makers: (() => BenchQuery)[] = [
    () => { const word = pick(rng, CITIES); return { request: { query: word }, word }; },
    () => { const word = pick(rng, COUNTRIES); return { request: { query: word }, word }; },
    () => { const word = pick(rng, ['همکاری‌های', 'همكاريهاي', 'همکاری ها', 'میشود', 'می شود', 'می‌شود', 'تفاهم‌نامه', 'بین المللی']); return { request: { query: word }, word }; },
    () => ({ request: { query: `"${pick(rng, PEOPLE)[0]}"` } }),
    () => ({ request: { query: `"${pick(rng, PEOPLE)[1]}"` } }),
    () => ({ request: { query: `${pick(rng, SUBJECTS)} ${pick(rng, CITIES)}` } }),
    () => ({ request: { query: `${pick(rng, ['همکار', 'سرمایه', 'صادر', 'رزمای', 'بیمار'])}*` } }),
    () => ({ request: { query: `${pick(rng, CITIES)} OR ${pick(rng, CITIES)}` } }),
    () => ({ request: { query: `${pick(rng, COUNTRIES)} -${pick(rng, COUNTRIES)}` } }),
    () => ({ request: { query: pick(rng, SUBJECTS), source: pick(rng, AGENCIES) } }),
    () => ({ request: { query: pick(rng, COUNTRIES), from: '2024-06-01', to: '2024-08-31' } }),
  ];
  return Array.from({ length: count }, () => pick(rng, makers)());
}

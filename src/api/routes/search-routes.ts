import { facetsQuery, facetsResponse, latestQuery, searchQuery, searchResponse } from '../schemas/search.js';
import { defineRoute } from './route.js';

/** `GET /api/search`: Persian-aware search with filters, snippets and collapsed stories. */
export const searchRoute = defineRoute({
  method: 'get', path: '/api/search', tag: 'search',
  summary: 'Search the corpus in any spelling',
  description: 'A word matches whatever its half-spaces, Arabic letters or digits: میشود, می شود and می‌شود are one word, and همکاری finds همکاری‌های. Snippets are passages of the original text with the matches\' offsets.',
  query: searchQuery,
  response: searchResponse,
  async handle({ query }, deps) {
    const { q, event, ...rest } = query;
    return deps.store.search({ ...rest, query: q, eventType: event });
  },
});

/** `GET /api/reports`: the latest stories, as a search with no words would list them, at any corpus size. */
export const latestRoute = defineRoute({
  method: 'get', path: '/api/reports', tag: 'search',
  summary: 'The latest stories, newest first, one per cluster',
  description: 'Each story once, by its first report, with `copies` in its cluster; the snippet is its opening. The same shape as a search.',
  query: latestQuery,
  response: searchResponse,
  async handle({ query }, deps) {
    return deps.reads.latest(query.limit, query.offset);
  },
});

/** `GET /api/search/facets`: counts by source, month and entity for a query. */
export const facetsRoute = defineRoute({
  method: 'get', path: '/api/search/facets', tag: 'search',
  summary: 'How the reports a query matches divide by source, month and entity',
  description: 'Sources and months count every match; entities count mentions among the best-ranked 1000 matches. Stories are not collapsed here.',
  query: facetsQuery,
  response: facetsResponse,
  async handle({ query }, deps) {
    return deps.reads.facets(query.q);
  },
});

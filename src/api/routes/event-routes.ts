import { eventsQuery, eventsResponse, matrixQuery, matrixResponse } from '../schemas/events.js';
import { defineRoute } from './route.js';

/** `GET /api/events`: who did what to whom, filtered, a page at a time. */
export const eventsRoute = defineRoute({
  method: 'get', path: '/api/events', tag: 'events',
  summary: 'Events, filtered by type, country, entity, modality and date',
  description: 'Pages in id order: pass the `next` of one page as `after` to get the following one.',
  query: eventsQuery,
  response: eventsResponse,
  async handle({ query }, deps) {
    return deps.reads.events(query);
  },
});

/** `GET /api/events/matrix`: events counted from country to country. */
export const matrixRoute = defineRoute({
  method: 'get', path: '/api/events/matrix', tag: 'events',
  summary: 'Events counted by actor country and recipient country (ISO 3166 alpha-3)',
  query: matrixQuery,
  response: matrixResponse,
  async handle({ query }, deps) {
    return deps.reads.eventMatrix(query);
  },
});

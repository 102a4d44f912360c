import { orNotFound } from '../errors/api-error.js';
import { entitiesQuery, entitiesResponse, entityParams, entityProfileSchema } from '../schemas/entities.js';
import { defineRoute } from './route.js';

/** `GET /api/entities`: people, organizations and places, most mentioned first. */
export const entitiesRoute = defineRoute({
  method: 'get', path: '/api/entities', tag: 'entities',
  summary: 'List entities, most mentioned first',
  query: entitiesQuery,
  response: entitiesResponse,
  async handle({ query }, deps) {
    return { entities: await deps.reads.entities(query) };
  },
});

/** `GET /api/entities/{ref}`: an entity's profile, by id or by any name, alias or role. */
export const entityRoute = defineRoute({
  method: 'get', path: '/api/entities/{ref}', tag: 'entities',
  summary: 'An entity: aliases, roles over time, mentions per day, quotes, co-mentions, events',
  description: '`ref` is an entity id, or a name, alias or role in any spelling (the most mentioned match; for a role, its latest holder). Quotes and events are the latest 50; co-mentions are counted in the entity\'s latest 500 reports (`coMentionReports` says how many).',
  params: entityParams,
  response: entityProfileSchema,
  async handle({ params }, deps) {
    const ref = params.ref.trim();
    if (/^\d{1,15}$/.test(ref)) return orNotFound(await deps.reads.entityById(Number(ref)), `no entity with id ${ref}`);
    return orNotFound(await deps.reads.entityByName(ref), `no entity named "${ref}" in the corpus`);
  },
});

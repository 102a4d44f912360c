import { z } from 'zod';
import { eventType, flag, isoDate, nullableText, spanSchema, text500 } from './common.js';

/** `GET /api/search` parameters. */
export const searchQuery = z.strictObject({
  q: text500.default('').meta({ description: 'words in any spelling, "phrases", prefix*, OR, NOT or -word, (groups); empty lists every report' }),
  limit: z.coerce.number().int().min(1).max(100).default(10),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
  from: isoDate.optional(), to: isoDate.optional(),
  source: text500.optional().meta({ description: 'publishing agency or site, any spelling' }),
  entity: text500.optional().meta({ description: 'only reports mentioning this person, organization or place (name, alias or role)' }),
  event: eventType.optional().meta({ description: 'only reports with an event of this PLOVER type' }),
  collapse: flag.default(true).meta({ description: 'one hit per story cluster (default true)' }),
});

/** `GET /api/search` response: matching reports (or stories, collapsed) and one page of hits. */
export const searchResponse = z.object({
  total: z.number().int(),
  hits: z.array(z.object({
    id: z.number().int(), title: nullableText, published: nullableText, source: nullableText, url: nullableText,
    snippet: z.object({ text: z.string(), start: z.number().int(), end: z.number().int(), highlights: z.array(spanSchema) }),
    score: z.number(), clusterId: z.number().int().nullable(), copies: z.number().int(),
  })),
});

/** `GET /api/reports` parameters: a page of the latest stories. */
export const latestQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(10),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});

/** `GET /api/search/facets` parameters: the same query text as the search. */
export const facetsQuery = z.strictObject({ q: text500.default('') });

const facetValue = z.object({ value: z.string(), count: z.number().int() });

/** Counts of the reports a query matches, by source, by month, and by the entities they mention most. */
export const facetsResponse = z.object({
  sources: z.array(facetValue),
  months: z.array(facetValue),
  entities: z.array(z.object({ id: z.number().int(), canonical: z.string(), type: z.string(), count: z.number().int() })),
});

/** The type of `searchResponse`. */
export type SearchResponse = z.infer<typeof searchResponse>;

/** The type of `facetsResponse`. */
export type FacetsResponse = z.infer<typeof facetsResponse>;

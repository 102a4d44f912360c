import { z } from 'zod';
import { inferredFlag, nullableText, text500 } from './common.js';

/** `GET /api/entities` parameters. */
export const entitiesQuery = z.strictObject({
  q: text500.optional().meta({ description: 'names or aliases starting with this, any spelling' }),
  type: z.enum(['person', 'organization', 'place', 'misc']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

/** An entity in a list. */
export const entitySummarySchema = z.object({ id: z.number().int(), type: z.string(), canonical: z.string(), country: nullableText, mentions: z.number().int() });

/** `GET /api/entities` response, most mentioned first. */
export const entitiesResponse = z.object({ entities: z.array(entitySummarySchema) });

/** `GET /api/entities/{ref}`: an id, or a name, alias or role in any spelling. */
export const entityParams = z.strictObject({ ref: z.string().min(1).max(300) });

/** Everything the corpus knows of one entity. */
export const entityProfileSchema = z.object({
  id: z.number().int(), type: z.string(), canonical: z.string(), country: nullableText,
  aliases: z.array(z.object({ alias: z.string(), count: z.number().int() })),
  roles: z.array(z.object({ role: z.string(), first: nullableText, last: nullableText, reports: z.number().int() })),
  timeline: z.array(z.object({ date: z.string(), mentions: z.number().int(), reports: z.number().int() })),
  quotes: z.array(z.object({ reportId: z.number().int(), published: nullableText, text: z.string(), cue: nullableText, kind: nullableText })),
  coMentions: z.array(z.object({ id: z.number().int(), canonical: z.string(), type: z.string(), reports: z.number().int() })),
  events: z.array(z.object({
    reportId: z.number().int(), published: nullableText, type: z.string(), role: z.enum(['actor', 'recipient']),
    other: nullableText, modality: nullableText, evidence: z.string(), inferred: inferredFlag,
  })),
  coMentionReports: z.number().int().meta({ description: 'the latest reports of the entity that co-mentions were counted in' }),
}).meta({ id: 'EntityProfile' });

/** The type of `entitySummarySchema`. */
export type EntitySummary = z.infer<typeof entitySummarySchema>;

/** The type of `entityProfileSchema`. */
export type EntityProfileJson = z.infer<typeof entityProfileSchema>;

/** The type of `entitiesResponse`. */
export type EntitiesResponse = z.infer<typeof entitiesResponse>;

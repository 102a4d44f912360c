import { z } from 'zod';
import { countryCode, eventType, inferredFlag, isoDate, nullableText, text500 } from './common.js';

/** `GET /api/events` filters and cursor. */
export const eventsQuery = z.strictObject({
  type: eventType.optional(),
  country: countryCode.optional().meta({ description: 'actor or recipient country' }),
  actorCountry: countryCode.optional(), recipientCountry: countryCode.optional(),
  entity: text500.optional().meta({ description: 'actor or recipient, by name, alias or role' }),
  modality: z.enum(['asserted', 'negated', 'planned', 'future', 'hypothetical']).optional(),
  from: isoDate.optional(), to: isoDate.optional(),
  after: z.coerce.number().int().min(0).default(0).meta({ description: 'the `next` cursor of the previous page' }),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

const eventSide = z.object({ id: z.number().int(), name: z.string(), country: nullableText }).nullable();

/** One event with its actors. */
export const eventSchema = z.object({
  id: z.number().int(), reportId: z.number().int(), published: nullableText, source: nullableText, type: z.string(), modality: nullableText,
  actor: eventSide, recipient: eventSide, start: z.number().int(), end: z.number().int(), evidence: z.string(),
  inferred: inferredFlag,
});

/** `GET /api/events` response; `next` is the cursor of the following page (null at the end). */
export const eventsResponse = z.object({ events: z.array(eventSchema), next: z.number().int().nullable() });

/** `GET /api/events/matrix` filters. */
export const matrixQuery = z.strictObject({ type: eventType.optional(), from: isoDate.optional(), to: isoDate.optional() });

/** Events counted from actor country to recipient country. */
export const matrixResponse = z.object({ cells: z.array(z.object({ actor: z.string(), recipient: z.string(), count: z.number().int() })) });

/** The type of `eventSchema`. */
export type EventJson = z.infer<typeof eventSchema>;

/** The type of `eventsResponse`. */
export type EventsResponse = z.infer<typeof eventsResponse>;

/** The type of `matrixResponse`. */
export type MatrixResponse = z.infer<typeof matrixResponse>;

/** The type of `eventsQuery`. */
export type EventsFilter = z.infer<typeof eventsQuery>;

/** The type of `matrixQuery`. */
export type MatrixFilter = z.infer<typeof matrixQuery>;

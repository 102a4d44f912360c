import { z } from 'zod';

/** The body of every error response (see `ApiError`). */
export const errorSchema = z.object({
  error: z.object({
    code: z.string().meta({ description: 'bad_request, invalid_json, unauthorized, not_found, payload_too_large, unsupported_media_type, internal, unavailable' }),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
}).meta({ id: 'Error' });

/** A calendar date, `YYYY-MM-DD` (Gregorian). */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** A path id: a positive whole number. */
export const idParams = z.strictObject({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

/** A query flag: `true` or `false`. */
export const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

/** A span of the original text, UTF-16 units, end exclusive. */
export const spanSchema = z.object({ start: z.number().int(), end: z.number().int() });

/** A free-text query parameter (a name, a search), at most 500 characters. */
export const text500 = z.string().max(500);

/** A PLOVER event type (`CONSULT`, `AGREE`...), any case. */
export const eventType = z.string().regex(/^[A-Za-z_]{2,20}$/, 'expected a PLOVER event type such as CONSULT').transform((type) => type.toUpperCase());

/** An ISO 3166-1 alpha-3 country code, any case. */
export const countryCode = z.string().regex(/^[A-Za-z]{3}$/, 'expected an ISO 3166-1 alpha-3 code such as IRN').transform((code) => code.toUpperCase());

/** A text field that may be null (a report without a title or date). */
export const nullableText = z.string().nullable();

/** Why a text is refused as binary data: it holds NUL characters, as the command line refuses (E001). */
export const BINARY_TEXT = 'contains NUL characters: send text, not binary data';

/** Whether a text is binary data rather than a report (see {@link BINARY_TEXT}). */
export const isBinaryText = (text: string): boolean => text.includes('\u0000');

/**
 * Whether the learned paragraph model read an event rather than a trigger pattern (the analysis'
 * `inferred: true`); false for events stored before schema version 3 until `khabar reindex-events`.
 */
export const inferredFlag = z.boolean().meta({ description: 'true when the learned paragraph model read the event, not a trigger pattern (false for events stored before schema 3 until `khabar reindex-events`)' });

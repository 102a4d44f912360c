import { z } from 'zod';

/**
 * A Khabar Doc as JSON: `text` (the original, never modified), `norm` (the normalized view with its
 * alignment runs), `layers` (named lists of spans into `text`: paragraphs, sentences, tokens, and —
 * when their stages run — entities, mentions, quotes, events), `messages` and `meta`.
 */
export const docSchema = z.object({
  text: z.string(),
  norm: z.object({ text: z.string(), alignment: z.array(z.number()) }).optional(),
  layers: z.record(z.string(), z.array(z.unknown()).optional()).meta({ description: 'named layers; each item is a span {start, end} with the fields of its layer (tokens: norm, kind, lemma, pos; entities: id, type, canonical...)' }),
  messages: z.array(z.object({
    code: z.string(), severity: z.enum(['info', 'warning', 'error']), message: z.string(), source: z.string(),
    start: z.number().int().optional(), end: z.number().int().optional(),
  })),
  meta: z.record(z.string(), z.unknown()),
}).meta({ id: 'Doc', description: 'One analysed report. Every span is {start, end} in UTF-16 units into `text`, end exclusive.' });

/** The response type of a Doc. */
export type DocJson = z.infer<typeof docSchema>;

import { z } from 'zod';
import { PLOVER_TYPES } from '../stages/events/event-layer.js';

const offset = z.number().int().nonnegative();
/** A range of the original text in UTF-16 code units, end exclusive. */
const span = { start: offset, end: offset };

const token = z.object({
  ...span,
  norm: z.string().describe('normalized form: half-spaces restored, letters unified'),
  kind: z.enum(['word', 'number', 'mixed', 'punct', 'symbol', 'url', 'email', 'hashtag', 'mention', 'emoji']),
  lemma: z.string().optional().describe('lemma; verbs: the past stem (UD PerDT convention)'),
  pos: z.string().optional().describe('Universal POS tag'),
  feats: z.string().optional().describe('UD features, Key=Value|...'),
});

const entityType = z.enum(['PER', 'ORG', 'LOC', 'MISC', 'DATE', 'NUM', 'MONEY', 'PERCENT']);
const country = z.string().length(3).describe('ISO 3166-1 alpha-3');

const mention = z.object({ ...span, entity: z.string(), type: entityType, kind: z.enum(['name', 'alias', 'role', 'pronoun']) });

const entity = z.object({
  ...span,
  id: z.string(),
  type: entityType,
  canonical: z.string(),
  attributes: z
    .object({
      subtype: z.string().optional(),
      country: country.optional(),
      titles: z.array(z.string()).optional(),
      ranks: z.array(z.string()).optional(),
      roles: z.array(z.object({ role: z.string(), organization: z.string().optional(), organizationName: z.string().optional(), country: country.optional(), place: z.string().optional() })).optional(),
      aliases: z.array(z.string()).optional(),
      value: z.union([z.number(), z.string()]).optional(),
      currency: z.string().optional(),
      calendar: z.enum(['gregorian', 'jalali', 'hijri']).optional(),
    })
    .catchall(z.unknown()),
  mentions: z.array(z.object({ ...span, kind: mention.shape.kind })).optional().describe('every mention of the entity, in text order (also in layers.mentions)'),
});

const quote = z.object({
  ...span,
  id: z.string(),
  speaker: z.string().optional().describe('entity id of who said it'),
  cue: z.object({ ...span, lemma: z.string() }).describe('the reporting verb'),
  kind: z.enum(['direct', 'indirect']),
});

const party = z.object({ entity: z.string().optional(), country: country.optional(), sector: z.enum(['GOV', 'MIL', 'LEG', 'JUD', 'BUS', 'MED', 'CVL', 'REB', 'IGO']).optional() });

const event = z.object({
  ...span,
  id: z.string(),
  type: z.enum(PLOVER_TYPES),
  trigger: z.object({ ...span, lemma: z.string() }),
  actor: party.optional(),
  recipient: party.optional(),
  modality: z.enum(['asserted', 'negated', 'planned', 'hypothetical']),
  quote: z.string().optional().describe('id of the quote the event is claimed in'),
  inferred: z.boolean().optional().describe('true when the learned paragraph model read the event, not a trigger pattern'),
});

const layers = z
  .object({
    paragraphs: z.array(z.object(span)).optional(),
    sentences: z.array(z.object(span)).optional(),
    tokens: z.array(token).optional(),
    mentions: z.array(mention).optional(),
    entities: z.array(entity).optional(),
    source: z.array(z.object({ ...span, role: z.enum(['agency', 'via']), name: z.string(), entity: z.string().optional() })).optional(),
    quotes: z.array(quote).optional(),
    events: z.array(event).optional(),
    keyphrases: z.array(z.object({ ...span, text: z.string(), score: z.number(), count: z.number().int() })).optional(),
    summary: z.array(z.object({ ...span, rank: z.number().int().positive() })).optional(),
  })
  .catchall(z.array(z.object(span).passthrough()));

/**
 * The shape of `khabar analyze --json`: a Doc with the original `text`, the normalized view and its
 * alignment, every layer (spans in UTF-16 units into `text`, end exclusive), messages and meta.
 * Published as JSON Schema in docs/analysis.schema.json (`npm run schema`).
 */
export const analysisSchema = z
  .object({
    text: z.string().describe('the report exactly as received'),
    norm: z.object({ text: z.string(), alignment: z.array(offset).describe('runs [origLen, normLen, ...]') }).optional(),
    layers,
    messages: z.array(z.object({ code: z.string(), severity: z.enum(['info', 'warning', 'error']), message: z.string(), source: z.string(), start: offset.optional(), end: offset.optional() })),
    meta: z.object({}).catchall(z.unknown()),
  })
  .describe('A Khabar analysis of one Persian news report');

export type Analysis = z.infer<typeof analysisSchema>;

/** The JSON Schema (draft 2020-12) of the analysis. */
export function analysisJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(analysisSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}

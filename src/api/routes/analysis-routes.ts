import { z } from 'zod';
import { parsePublished } from '../../corpus/ingest/persian-date.js';
import { analyze } from '../../pipeline/analyze.js';
import { ApiError } from '../errors/api-error.js';
import { BINARY_TEXT, isBinaryText } from '../schemas/common.js';
import { docSchema } from '../schemas/doc.js';
import { defineRoute } from './route.js';

/** Longest text `POST /api/analyze` takes, in UTF-16 units (about 1 MB of Persian). */
export const MAX_ANALYZE_CHARS = 500_000;

/** `POST /api/analyze` body: the report text and, optionally, what is known about it. */
export const analyzeBody = z.strictObject({
  text: z.string().max(MAX_ANALYZE_CHARS).refine((text) => text.trim() !== '', 'is empty').refine((text) => !isBinaryText(text), BINARY_TEXT),
  title: z.string().max(1000).optional(),
  source: z.string().max(200).optional(),
  /** The report's date (ISO 8601, RFC 822 or Persian `۱۴۰۴/۰۸/۱۲`): relative dates in the text resolve against it. */
  published: z.string().max(40).optional(),
  url: z.string().max(2000).optional(),
});

/** `POST /api/analyze`: `{text}` → the Doc (nothing is stored). */
export const analyzeRoute = defineRoute({
  method: 'post', path: '/api/analyze', tag: 'analysis',
  summary: 'Analyse one report without storing it',
  description: 'Normalization with restored half-spaces, paragraphs, sentences and tokens, and every further layer the pipeline has (lemmas, entities, quotes, events). Nothing is stored.',
  body: analyzeBody,
  response: docSchema,
  async handle({ body }, deps) {
    const { text, ...meta } = body;
    if (meta.published !== undefined) {
      const published = parsePublished(meta.published);
      if (!published) throw new ApiError('bad_request', 'published is not a date', [{ path: 'published', message: 'expected a date such as 2025-11-03, 1404/08/12 or ۱۲ آبان ۱۴۰۴' }]);
      meta.published = published;
    }
    return analyze(deps.pipeline, text, meta);
  },
});

import { z } from 'zod';
import { jsonReportSchema } from '../../corpus/ingest/raw-report.js';
import { flag, nullableText } from './common.js';
import { docSchema } from './doc.js';

/** A report to add: `text` required; `title`, `url`, `published` (ISO, RFC 822, Persian or Unix time), `source`, `author` optional. */
export const reportInputSchema = jsonReportSchema.meta({ id: 'ReportInput' });

/** What adding each report did: `added` (new), `duplicate` (the same text is stored already), or `failed` with the reason. */
export const addReportsResponse = z.object({
  results: z.array(z.union([
    z.object({ status: z.enum(['added', 'duplicate']), id: z.number().int(), clusterId: z.number().int().optional() }),
    z.object({ status: z.literal('failed'), error: z.string() }),
  ])),
});

/** A stored report: metadata, story cluster and the whole Doc. */
export const storedReportSchema = z.object({
  id: z.number().int(), title: nullableText, url: nullableText, published: nullableText, source: nullableText, author: nullableText,
  origin: z.string(), clusterId: z.number().int().nullable(), doc: docSchema,
}).meta({ id: 'StoredReport' });

/** `GET /api/clusters/{id}`: a story and every stored copy of it, earliest first. */
export const clusterResponse = z.object({
  id: z.number().int(), originReportId: z.number().int(), size: z.number().int(),
  reports: z.array(z.object({ id: z.number().int(), title: nullableText, source: nullableText, published: nullableText, url: nullableText, similarity: z.number().nullable() })),
});

/** Corpus-wide counts and the backend. */
export const statsResponse = z.object({
  backend: z.enum(['sqlite', 'postgres']), reports: z.number().int(), entities: z.number().int(), quotes: z.number().int(), events: z.number().int(), clusters: z.number().int(),
});

/** `GET /api/export` parameters. */
export const exportQuery = z.strictObject({
  format: z.enum(['jsonl', 'csv', 'conllu', 'plover']).default('jsonl'),
  doc: flag.default(false).meta({ description: 'jsonl: include each whole Doc' }),
});

/** The type of `clusterResponse`. */
export type ClusterResponse = z.infer<typeof clusterResponse>;

/** The type of `statsResponse`. */
export type StatsResponse = z.infer<typeof statsResponse>;

/** The type of `storedReportSchema`. */
export type StoredReportJson = z.infer<typeof storedReportSchema>;

/** The type of `addReportsResponse`. */
export type AddReportsResponse = z.infer<typeof addReportsResponse>;

import { z } from 'zod';

/** One report as read from an input, before analysis. */
export interface RawReport {
  /** The report body as decoded. */
  text: string;
  title?: string;
  url?: string;
  /** ISO date or timestamp (see `parsePublished`). */
  published?: string;
  /** The publishing agency or site. */
  source?: string;
  author?: string;
  /** Where it came from: a path, `path#3` for the third item of a feed or JSON array, `path:12` for a JSON line. */
  origin: string;
}

/**
 * A RawReport without its undefined or empty fields: `rawReport({text, origin, title: undefined})`
 * → `{text, origin}`. Texts are kept as they are.
 */
export function rawReport(fields: { text: string; origin: string } & { [K in Exclude<keyof RawReport, 'text' | 'origin'>]?: string | undefined }): RawReport {
  const out: RawReport = { text: fields.text, origin: fields.origin };
  for (const key of ['title', 'url', 'published', 'source', 'author'] as const) {
    const value = fields[key]?.trim();
    if (value) out[key] = value;
  }
  return out;
}

/** A record of a `.json` or `.jsonl` input: `text` required; `title`, `url`, `published`, `source`, `author` optional. */
export const jsonReportSchema = z.object({
  text: z.string().refine((text) => text.trim() !== '', 'is empty'),
  title: z.string().optional(),
  url: z.string().optional(),
  published: z.union([z.string(), z.number()]).optional(),
  source: z.string().optional(),
  author: z.string().optional(),
});

/** An input that could not be read, or one item of it: reported by name and reason, then skipped. */
export interface IngestProblem {
  /** The file (and item) it concerns, as in {@link RawReport.origin}. */
  origin: string;
  reason: string;
}

/** The result of reading one input: the reports in it and the problems met. */
export interface ReadResult {
  reports: RawReport[];
  problems: IngestProblem[];
}

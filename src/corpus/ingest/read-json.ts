import { parsePublished } from './persian-date.js';
import { jsonReportSchema, type RawReport, type ReadResult, rawReport } from './raw-report.js';

/**
 * One JSON record as a report, or the reason it is not one: `text` is required; `title`, `url`,
 * `published` (ISO, RFC 822, Persian, or a Unix time in seconds or milliseconds), `source`, `author`
 * are optional.
 */
export function jsonRecord(value: unknown, origin: string): RawReport | { reason: string } {
  const parsed = jsonReportSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.join('.') || 'record';
    return { reason: issue.code === 'invalid_type' && issue.input === undefined ? `\`${field}\` is required` : `\`${field}\`: ${issue.message}` };
  }
  const { published, ...rest } = parsed.data;
  const date = typeof published === 'number' ? new Date(published < 1e11 ? published * 1000 : published).toISOString() : parsePublished(published);
  return rawReport({ ...rest, origin, published: date });
}

/**
 * Reads a `.json` input: one record, an array of records, or an object with a `reports` or `items`
 * array. Bad records are problems (`file.json#3: \`text\` is required`); the rest are read.
 */
export function readJson(json: string, origin: string): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { reports: [], problems: [{ origin, reason: `invalid JSON: ${(error as Error).message}` }] };
  }
  const holder = value as Record<string, unknown> | null;
  const records = Array.isArray(value) ? value : Array.isArray(holder?.reports) ? holder.reports : Array.isArray(holder?.items) ? holder.items : undefined;
  const result: ReadResult = { reports: [], problems: [] };
  if (!records) {
    const one = jsonRecord(value, origin);
    if ('reason' in one) result.problems.push({ origin, reason: one.reason });
    else result.reports.push(one);
    return result;
  }
  records.forEach((record, index) => {
    const one = jsonRecord(record, `${origin}#${index + 1}`);
    if ('reason' in one) result.problems.push({ origin: `${origin}#${index + 1}`, reason: one.reason });
    else result.reports.push(one);
  });
  return result;
}

/**
 * Reads one line of a `.jsonl` input (`origin` already names the line, `file.jsonl:12`); blank lines
 * are skipped (undefined).
 */
export function readJsonLine(line: string, origin: string): ReadResult | undefined {
  if (line.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { reports: [], problems: [{ origin, reason: `invalid JSON: ${(error as Error).message}` }] };
  }
  const one = jsonRecord(value, origin);
  return 'reason' in one ? { reports: [], problems: [{ origin, reason: one.reason }] } : { reports: [one], problems: [] };
}

import type { CorpusStore, StoredEvent, StoredReport } from '../store/store.js';
import { docToConllu } from './conllu.js';
import { csvLine } from './csv.js';

/** The export formats: reports as JSON Lines, CSV or CoNLL-U; events as PLOVER-style JSON Lines. */
export type ExportFormat = 'jsonl' | 'csv' | 'conllu' | 'plover';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['jsonl', 'csv', 'conllu', 'plover'];

/** Reports or events read per page. */
const PAGE = 200;

const CSV_HEADER = ['id', 'title', 'published', 'source', 'url', 'author', 'cluster_id', 'origin', 'chars', 'tokens'];

/** One report as a JSON line: metadata, cluster and original text; the whole Doc with `withDoc`. */
function reportJson(report: StoredReport, withDoc: boolean): string {
  const { doc, ...meta } = report;
  return JSON.stringify({ ...meta, text: doc.text, ...(withDoc ? { doc } : {}) }) + '\n';
}

/**
 * An event as a PLOVER-style record: `event_type`, `mode` (the modality), `actor` and `recipient` with
 * name and ISO 3166 alpha-3 `country`, `event_date` (the report's date), `source`, the `evidence` text
 * and its offsets in report `report_id`, and `inferred` (true when the learned paragraph model read the
 * event rather than a trigger pattern).
 */
export function ploverRecord(event: StoredEvent): Record<string, unknown> {
  const actor = (side: StoredEvent['actor']): Record<string, unknown> | null => side && { name: side.name, country: side.country };
  return {
    event_id: `khabar-${event.id}`, event_type: event.type, mode: event.modality ?? 'asserted', event_date: event.published?.slice(0, 10) ?? null,
    actor: actor(event.actor), recipient: actor(event.recipient), source: event.source, report_id: event.reportId,
    evidence: { text: event.evidence, start: event.start, end: event.end }, inferred: event.inferred,
  };
}

/**
 * Streams the corpus in a format, page by page, so memory stays bounded at any corpus size.
 * `for await (const chunk of exportCorpus(store, 'csv')) process.stdout.write(chunk)`.
 */
export async function* exportCorpus(store: CorpusStore, format: ExportFormat, options: { withDoc?: boolean } = {}): AsyncGenerator<string> {
  if (format === 'plover') {
    for (let after = 0, page = await store.events(0, PAGE); page.length > 0; after = page[page.length - 1].id, page = await store.events(after, PAGE)) {
      yield page.map((event) => JSON.stringify(ploverRecord(event)) + '\n').join('');
    }
    return;
  }
  if (format === 'csv') yield csvLine(CSV_HEADER);
  for (let after = 0, page = await store.reports(0, PAGE); page.length > 0; after = page[page.length - 1].id, page = await store.reports(after, PAGE)) {
    yield page.map((report) => {
      if (format === 'jsonl') return reportJson(report, options.withDoc ?? false);
      if (format === 'conllu') return docToConllu(report.doc, `r${report.id}`);
      return csvLine([report.id, report.title, report.published, report.source, report.url, report.author, report.clusterId, report.origin, report.doc.text.length, report.doc.layers.tokens?.length ?? 0]);
    }).join('');
  }
}

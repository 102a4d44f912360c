import { z } from 'zod';
import { exportCorpus } from '../../corpus/export/export-corpus.js';
import { exportQuery, statsResponse } from '../schemas/reports.js';
import { defineRoute } from './route.js';

const EXPORT_TYPES = { jsonl: 'application/x-ndjson', csv: 'text/csv', conllu: 'text/plain', plover: 'application/x-ndjson' } as const;

/** `GET /api/health`: the server is up. */
export const healthRoute = defineRoute({
  method: 'get', path: '/api/health', tag: 'service',
  summary: 'Liveness check',
  response: z.object({ status: z.literal('ok') }),
  async handle() {
    return { status: 'ok' as const };
  },
});

/** `GET /api/stats`: corpus-wide counts. */
export const statsRoute = defineRoute({
  method: 'get', path: '/api/stats', tag: 'service',
  summary: 'Counts of reports, entities, quotes, events and story clusters',
  response: statsResponse,
  async handle(_input, deps) {
    return { backend: deps.store.backend, ...(await deps.store.stats()) };
  },
});

/** `GET /api/export`: the whole corpus, streamed. */
export const exportRoute = defineRoute({
  method: 'get', path: '/api/export', tag: 'service',
  summary: 'Export the corpus: reports as JSON Lines, CSV or CoNLL-U; events as PLOVER-style JSON Lines',
  description: 'Streamed page by page, so any corpus size works.',
  query: exportQuery,
  response: z.string(),
  produces: [...new Set(Object.values(EXPORT_TYPES))],
  async handle({ query }, deps) {
    const chunks = exportCorpus(deps.store, query.format, { withDoc: query.doc });
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      },
      async cancel() {
        await chunks.return(undefined);
      },
    });
    const extension = query.format === 'plover' ? 'plover.jsonl' : query.format;
    return new Response(body, {
      headers: {
        'Content-Type': `${EXPORT_TYPES[query.format]}; charset=utf-8`,
        'Content-Disposition': `attachment; filename="khabar-export.${extension}"`,
        'Cache-Control': 'no-store',
      },
    });
  },
});

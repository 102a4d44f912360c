import { z } from 'zod';
import { prepareReport, type PreparedReport } from '../../corpus/ingest/prepare-report.js';
import { jsonRecord } from '../../corpus/ingest/read-json.js';
import { orNotFound } from '../errors/api-error.js';
import { BINARY_TEXT, idParams, isBinaryText } from '../schemas/common.js';
import { addReportsResponse, clusterResponse, reportInputSchema, storedReportSchema } from '../schemas/reports.js';
import { defineRoute } from './route.js';

/** Most reports per `POST /api/reports`. */
export const MAX_REPORTS_PER_REQUEST = 100;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `POST /api/reports` body: `{reports: [...]}`, or one report object on its own. */
export const addReportsBody = z.preprocess(
  (value) => (isRecord(value) && !('reports' in value) ? { reports: [value] } : value),
  z.strictObject({ reports: z.array(reportInputSchema).min(1).max(MAX_REPORTS_PER_REQUEST) }),
);

/** `POST /api/reports`: analyses and stores reports; the same text twice is stored once. */
export const addReportsRoute = defineRoute({
  method: 'post', path: '/api/reports', tag: 'reports', status: 201, write: true,
  summary: 'Add reports to the corpus',
  description: `Analyses each report and stores it with its search keys, story cluster, entities, quotes and events. Send \`{"reports": [...]}\` (at most ${MAX_REPORTS_PER_REQUEST}) or one report object. Needs \`Authorization: Bearer <token>\` when the server has KHABAR_TOKEN.`,
  body: addReportsBody,
  response: addReportsResponse,
  async handle({ body }, deps) {
    const origin = `api:${new Date().toISOString()}`;
    const results: z.infer<typeof addReportsResponse>['results'] = [];
    const ready: { index: number; report: PreparedReport }[] = [];
    body.reports.forEach((input, index) => {
      const raw = jsonRecord(input, `${origin}#${index + 1}`);
      try {
        if ('reason' in raw) throw new Error(raw.reason);
        if (isBinaryText(raw.text)) throw new Error(`text ${BINARY_TEXT}`);
        ready.push({ index, report: prepareReport(deps.pipeline, raw) });
      } catch (error) {
        results[index] = { status: 'failed', error: (error as Error).message };
      }
    });
    const outcomes = await deps.store.save(ready.map((item) => item.report));
    outcomes.forEach((outcome, i) => {
      results[ready[i].index] = outcome instanceof Error ? { status: 'failed', error: `could not be saved: ${outcome.message}` } : outcome;
    });
    return { results };
  },
});

/** `GET /api/reports/{id}`: a stored report with its whole Doc. */
export const reportRoute = defineRoute({
  method: 'get', path: '/api/reports/{id}', tag: 'reports',
  summary: 'A stored report with its analysis',
  params: idParams,
  response: storedReportSchema,
  async handle({ params }, deps) {
    return orNotFound(await deps.store.report(params.id), `no report with id ${params.id}`);
  },
});

/** `GET /api/clusters/{id}`: one story and every agency's copy of it. */
export const clusterRoute = defineRoute({
  method: 'get', path: '/api/clusters/{id}', tag: 'reports',
  summary: 'A story cluster: the reports that republish one story, earliest first',
  params: idParams,
  response: clusterResponse,
  async handle({ params }, deps) {
    return orNotFound(await deps.reads.cluster(params.id), `no story cluster with id ${params.id}`);
  },
});

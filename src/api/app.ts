import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { type Logger, pino } from 'pino';
import type { CorpusStore } from '../corpus/store/store.js';
import { dataDir } from '../lexicon/load.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import { ApiError } from './errors/api-error.js';
import { createErrorHandler } from './errors/on-error.js';
import { requestLog } from './middleware/request-log.js';
import { requireToken } from './middleware/require-token.js';
import { securityHeaders } from './middleware/security-headers.js';
import { DOCS_CSS, docsPage } from './openapi/docs-page.js';
import { openApiDocument } from './openapi/openapi-document.js';
import { API_ROUTES } from './routes/api-routes.js';
import { mountRoutes } from './routes/mount-routes.js';
import type { CorpusReads } from './store/corpus-reads.js';
import { defaultWebRoot, mountWebAssets } from './web/web-assets.js';

/** Largest request body by default: 5 MB. */
export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

/** What {@link createApp} serves and how. */
export interface AppOptions {
  store: CorpusStore;
  reads: CorpusReads;
  /** Analyses `POST /api/analyze` bodies and reports added through the API. */
  pipeline: Pipeline;
  /** Request and error logs; default silent. */
  logger?: Logger;
  /** When set, writes need `Authorization: Bearer <token>` (the serve command passes `KHABAR_TOKEN`). */
  token?: string;
  /** Default {@link DEFAULT_MAX_BODY_BYTES}. */
  maxBodyBytes?: number;
  /** The built web UI's folder (default `dist/web`), or false for the API alone. */
  webRoot?: string | false;
}

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(dataDir(), '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

const routePatterns = API_ROUTES.map((route) => ({ method: route.method.toUpperCase(), pattern: new RegExp(`^${route.path.replace(/\{\w+\}/g, '[^/]+')}$`) }));

/**
 * The Khabar HTTP app (Hono): the JSON API under `/api`, its OpenAPI document at `/openapi.json` and
 * documentation at `/docs`, and the web UI at `/`. Test it in process with `app.request('/api/search?q=...')`.
 * Every error is JSON `{error: {code, message}}` from one handler; unknown paths are 404, known paths
 * with another method 405.
 */
export function createApp(options: AppOptions): Hono {
  const logger = options.logger ?? pino({ level: 'silent' });
  const app = new Hono();
  app.use('*', requestLog(logger));
  app.use('*', securityHeaders());
  mountRoutes(app, API_ROUTES, { store: options.store, reads: options.reads, pipeline: options.pipeline, logger }, {
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    guardWrites: requireToken(options.token),
  });
  let document: Record<string, unknown> | undefined;
  const openApi = (): Record<string, unknown> => (document ??= openApiDocument(API_ROUTES, { version: packageVersion() }));
  app.get('/openapi.json', (c) => c.json(openApi()));
  app.get('/docs', (c) => c.html(docsPage(openApi())));
  app.get('/docs.css', (c) => c.body(DOCS_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' }));
  if (options.webRoot !== false) mountWebAssets(app, options.webRoot ?? defaultWebRoot());
  // answered here, not thrown, so that the middleware (security headers, request log) sees the response
  app.notFound((c) => {
    const allowed = routePatterns.filter((route) => route.pattern.test(c.req.path)).map((route) => route.method);
    const error = allowed.length > 0
      ? new ApiError('method_not_allowed', `${c.req.method} is not allowed on ${c.req.path}; use ${allowed.join(' or ')}`)
      : new ApiError('not_found', `no such endpoint: ${c.req.method} ${c.req.path} (see /docs)`);
    if (allowed.length > 0) c.header('Allow', allowed.join(', '));
    return c.json(error.toBody(), error.status);
  });
  app.onError(createErrorHandler(logger));
  return app;
}

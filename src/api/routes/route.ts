import type { Context } from 'hono';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { CorpusStore } from '../../corpus/store/store.js';
import type { Pipeline } from '../../pipeline/pipeline.js';
import type { CorpusReads } from '../store/corpus-reads.js';

/** What route handlers work with: the corpus, its extra reads, the analysis pipeline, the log. */
export interface ApiDeps {
  store: CorpusStore;
  reads: CorpusReads;
  pipeline: Pipeline;
  logger: Logger;
}

/** A route's validated input: query parameters, path parameters and JSON body, as their schemas output them. */
export interface RouteInput<Query, Params, Body> {
  query: Query;
  params: Params;
  body: Body;
}

type Schema = z.ZodType;

/**
 * One API operation, described once: its schemas validate requests and are the OpenAPI document, and
 * `handle` returns the JSON body (or a whole Response, for streams). Paths use OpenAPI's `{name}`.
 */
export interface RouteDefinition<Query extends Schema = Schema, Params extends Schema = Schema, Body extends Schema = Schema, Result extends Schema = Schema> {
  method: 'get' | 'post';
  path: string;
  /** The group in the documentation: `analysis`, `reports`, `search`, `entities`, `events`, `service`. */
  tag: string;
  summary: string;
  description?: string;
  query?: Query;
  params?: Params;
  body?: Body;
  /** The JSON response on success. */
  response: Result;
  /** Success status; default 200. */
  status?: 200 | 201;
  /** Content types of a streamed (non-JSON) response, instead of `response`. */
  produces?: string[];
  /** A write: refused without the token when `KHABAR_TOKEN` is set. */
  write?: boolean;
  handle(input: RouteInput<z.output<Query>, z.output<Params>, z.output<Body>>, deps: ApiDeps, c: Context): Promise<z.input<Result> | Response>;
}

/** A route with its schemas' types forgotten, as the app and the OpenAPI builder keep them. */
export type AnyRoute = RouteDefinition<Schema, Schema, Schema, Schema>;

/**
 * Declares a route, checking `handle` against its schemas:
 * `defineRoute({method: 'get', path: '/api/reports/{id}', params: idParams, response: storedReportSchema, ...})`.
 */
export function defineRoute<Query extends Schema, Params extends Schema, Body extends Schema, Result extends Schema>(
  route: RouteDefinition<Query, Params, Body, Result>,
): AnyRoute {
  return route as unknown as AnyRoute;
}

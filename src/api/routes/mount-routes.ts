import type { Context, Hono, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import { ApiError } from '../errors/api-error.js';
import type { AnyRoute, ApiDeps } from './route.js';

/** Options of {@link mountRoutes}. */
export interface MountOptions {
  /** Largest request body, in bytes. */
  maxBodyBytes: number;
  /** Guards write routes (see `requireToken`). */
  guardWrites: MiddlewareHandler;
}

/** Validates `value` against a schema, or throws `bad_request` naming every field at fault. */
export function validate<T extends z.ZodType>(schema: T, value: unknown, where: string): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '';
    return { path: issue.path.join('.') || keys || where, message: issue.message };
  });
  throw new ApiError('bad_request', `invalid ${where}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues);
}

/** The JSON body of a request: `application/json` required (415), well-formed (400 `invalid_json`). */
async function readJsonBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    throw new ApiError('unsupported_media_type', 'send the body as JSON with Content-Type: application/json');
  }
  const text = await c.req.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ApiError('invalid_json', `the body is not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * Mounts routes on an app: guards writes, limits body size (413), validates path, query and body
 * (400 with the fields at fault), runs the handler and answers its JSON with the route's status.
 */
export function mountRoutes(app: Hono, routes: readonly AnyRoute[], deps: ApiDeps, options: MountOptions): void {
  const tooLarge = (): never => {
    throw new ApiError('payload_too_large', `the body is larger than ${options.maxBodyBytes} bytes; send fewer or shorter reports`);
  };
  for (const route of routes) {
    const handlers: MiddlewareHandler[] = [];
    if (route.write) handlers.push(options.guardWrites);
    if (route.body) handlers.push(bodyLimit({ maxSize: options.maxBodyBytes, onError: tooLarge }));
    handlers.push(async (c) => {
      const input = {
        params: route.params ? validate(route.params, c.req.param(), 'path') : {},
        query: route.query ? validate(route.query, c.req.query(), 'query') : {},
        body: route.body ? validate(route.body, await readJsonBody(c), 'body') : undefined,
      };
      const result = await route.handle(input, deps, c);
      if (result instanceof Response) return result;
      c.header('Cache-Control', 'no-store');
      return c.json(result as object, route.status ?? 200);
    });
    app.on([route.method.toUpperCase()], [route.path.replace(/\{(\w+)\}/g, ':$1')], ...(handlers as [MiddlewareHandler]));
  }
}

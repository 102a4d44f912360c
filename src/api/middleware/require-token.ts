import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors/api-error.js';

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/**
 * Guards write routes. Without a token configured every request passes; with one (`KHABAR_TOKEN`), a
 * request must carry `Authorization: Bearer <token>`, compared in constant time, else 401 with a
 * `WWW-Authenticate` challenge.
 */
export function requireToken(token: string | undefined): MiddlewareHandler {
  if (!token) return async (_c, next) => next();
  const expected = digest(token);
  return async (c, next) => {
    const given = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (given === undefined || !timingSafeEqual(digest(given), expected)) {
      c.header('WWW-Authenticate', 'Bearer realm="khabar"');
      throw new ApiError('unauthorized', 'this server requires a token for writes: send Authorization: Bearer <the KHABAR_TOKEN value>');
    }
    await next();
  };
}

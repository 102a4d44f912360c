import { randomBytes } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';

/** A request id a client may send (`X-Request-Id`) and have echoed: short, printable, no spaces. */
const CLIENT_ID = /^[\w.:-]{1,64}$/;

/**
 * Structured request logs: one pino line per request, after it is answered —
 * `{"req": {"id", "method", "path"}, "res": {"status"}, "ms": 3.1, "msg": "request"}` — and the id
 * echoed in `X-Request-Id`. Query strings are not logged (they may hold what someone searched for).
 */
export function requestLog(logger: Logger): MiddlewareHandler {
  const prefix = randomBytes(3).toString('hex');
  let counter = 0;
  return async (c, next) => {
    const started = performance.now();
    const sent = c.req.header('x-request-id');
    const id = sent && CLIENT_ID.test(sent) ? sent : `${prefix}-${(++counter).toString(36)}`;
    await next();
    c.res.headers.set('X-Request-Id', id);
    const ms = Math.round((performance.now() - started) * 10) / 10;
    logger.info({ req: { id, method: c.req.method, path: c.req.path }, res: { status: c.res.status }, ms }, 'request');
  };
}

import type { Context, ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Logger } from 'pino';
import { CorpusError } from '../../corpus/corpus-error.js';
import { type ErrorCode, isKhabarError } from '../../doc/errors.js';
import { ApiError, type ApiErrorCode } from './api-error.js';

/** How the library's coded misuse errors read as API errors (the rest are internal). */
const KHABAR_CODES: Partial<Record<ErrorCode, ApiErrorCode>> = {
  E001: 'bad_request',
  E002: 'bad_request',
  E009: 'payload_too_large',
  E010: 'bad_request',
};

/** Status codes Hono's own exceptions may carry, as API codes. */
const HTTP_CODES: Record<number, ApiErrorCode> = { 400: 'bad_request', 401: 'unauthorized', 404: 'not_found', 405: 'method_not_allowed', 413: 'payload_too_large', 415: 'unsupported_media_type' };

/** Any thrown value as an {@link ApiError}: coded errors keep their meaning, anything else is `internal`. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (isKhabarError(error)) {
    const code = KHABAR_CODES[error.code];
    if (code) return new ApiError(code, error.message);
  }
  if (error instanceof HTTPException && HTTP_CODES[error.status]) return new ApiError(HTTP_CODES[error.status], error.message || 'the request was refused');
  if (error instanceof CorpusError) return new ApiError('unavailable', error.message);
  return new ApiError('internal', 'an internal error occurred; it has been logged');
}

/**
 * The one error handler: maps every error to its status and the JSON error body, and logs the
 * unexpected ones (status 500) with their stack. Error responses are never cached.
 */
export function createErrorHandler(logger: Logger): ErrorHandler {
  return (error: Error, c: Context) => {
    const apiError = toApiError(error);
    if (apiError.code === 'internal') logger.error({ err: error, method: c.req.method, path: c.req.path }, 'request failed');
    c.header('Cache-Control', 'no-store');
    return c.json(apiError.toBody(), apiError.status);
  };
}

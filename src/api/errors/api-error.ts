/**
 * The API's coded errors. Every code has one HTTP status; the body is always
 * `{"error": {"code": "...", "message": "...", "issues": [...]}}` with a message that says what to fix.
 */
export const API_ERROR_STATUS = {
  bad_request: 400,
  invalid_json: 400,
  unauthorized: 401,
  not_found: 404,
  method_not_allowed: 405,
  payload_too_large: 413,
  unsupported_media_type: 415,
  internal: 500,
  unavailable: 503,
} as const;

/** A code of {@link API_ERROR_STATUS}. */
export type ApiErrorCode = keyof typeof API_ERROR_STATUS;

/** One problem with a request field: where (`limit`, `reports.2.text`) and what is wrong. */
export interface ApiIssue {
  path: string;
  message: string;
}

/** The JSON body of every error response. */
export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string; issues?: ApiIssue[] };
}

/**
 * The value, or a 404 with `message` when there is none:
 * `return orNotFound(await store.report(id), \`no report with id ${id}\`)`.
 */
export function orNotFound<T>(value: T | undefined, message: string): T {
  if (value === undefined) throw new ApiError('not_found', message);
  return value;
}

/**
 * An error a route throws to answer with a 4xx or 5xx; the one `onError` handler turns it into the
 * response. `throw new ApiError('not_found', 'no report with id 12')` → 404
 * `{"error": {"code": "not_found", "message": "no report with id 12"}}`.
 */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly issues: ApiIssue[] | undefined;

  constructor(code: ApiErrorCode, message: string, issues?: ApiIssue[]) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.issues = issues;
  }

  /** The HTTP status of its code. */
  get status(): (typeof API_ERROR_STATUS)[ApiErrorCode] {
    return API_ERROR_STATUS[this.code];
  }

  /** The response body. */
  toBody(): ApiErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) } };
  }
}

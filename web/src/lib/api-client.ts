import type { DocJson } from '../../../src/api/schemas/doc.js';
import type { EntitiesResponse, EntityProfileJson } from '../../../src/api/schemas/entities.js';
import type { EventsResponse, MatrixResponse } from '../../../src/api/schemas/events.js';
import type { AddReportsResponse, ClusterResponse, StatsResponse, StoredReportJson } from '../../../src/api/schemas/reports.js';
import type { FacetsResponse, SearchResponse } from '../../../src/api/schemas/search.js';

/** An API error: its HTTP status, the API's error code and message. */
export class ApiFailure extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** Query parameters: empty and undefined values are left out. */
export type Params = Record<string, string | number | boolean | undefined>;

function withQuery(path: string, params: Params = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') query.set(key, String(value));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(path, { ...init, headers: { Accept: 'application/json', ...init.headers } });
  if (!response.ok) {
    const body = (await response.json().catch(() => undefined)) as { error?: { code?: string; message?: string } } | undefined;
    throw new ApiFailure(response.status, body?.error?.code ?? 'unknown', body?.error?.message ?? response.statusText);
  }
  return (await response.json()) as T;
}

const postJson = (body: unknown, token?: string): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  body: JSON.stringify(body),
});

/** The Khabar API, as the UI calls it (same origin). Every call takes an AbortSignal last. */
export const api = {
  stats: (signal?: AbortSignal) => request<StatsResponse>('/api/stats', { signal }),
  search: (params: Params, signal?: AbortSignal) => request<SearchResponse>(withQuery('/api/search', params), { signal }),
  latest: (params: Params, signal?: AbortSignal) => request<SearchResponse>(withQuery('/api/reports', params), { signal }),
  facets: (q: string, signal?: AbortSignal) => request<FacetsResponse>(withQuery('/api/search/facets', { q }), { signal }),
  analyze: (text: string, signal?: AbortSignal) => request<DocJson>('/api/analyze', { ...postJson({ text }), signal }),
  addReport: (text: string, token?: string) => request<AddReportsResponse>('/api/reports', postJson({ text }, token)),
  report: (id: string, signal?: AbortSignal) => request<StoredReportJson>(`/api/reports/${encodeURIComponent(id)}`, { signal }),
  cluster: (id: number, signal?: AbortSignal) => request<ClusterResponse>(`/api/clusters/${id}`, { signal }),
  entities: (params: Params, signal?: AbortSignal) => request<EntitiesResponse>(withQuery('/api/entities', params), { signal }),
  entity: (ref: string, signal?: AbortSignal) => request<EntityProfileJson>(`/api/entities/${encodeURIComponent(ref)}`, { signal }),
  events: (params: Params, signal?: AbortSignal) => request<EventsResponse>(withQuery('/api/events', params), { signal }),
  matrix: (params: Params, signal?: AbortSignal) => request<MatrixResponse>(withQuery('/api/events/matrix', params), { signal }),
};

/** What went wrong, for people: a Persian sentence, with the server's own detail for bad requests. */
export function describeFailure(error: unknown): string {
  if (error instanceof ApiFailure) {
    if (error.status === 404) return 'پیدا نشد.';
    if (error.status === 401) return 'این کار توکن نوشتن می‌خواهد.';
    if (error.status === 413) return 'متن بیش از اندازه بلند است.';
    if (error.status === 400) return `درخواست نادرست است (${error.message}).`;
    return `خطای کارگزار (${error.status}).`;
  }
  return 'ارتباط با کارگزار برقرار نشد.';
}

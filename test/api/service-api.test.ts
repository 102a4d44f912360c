import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../src/api/routes/api-routes.js';
import { statsResponse } from '../../src/api/schemas/reports.js';
import { SAMPLE_REPORTS } from '../corpus/sample-reports.js';
import { openTestApi, postJson, type TestApi } from './api-fixture.js';

describe('the service around the API', () => {
  let api: TestApi;
  const lines: Record<string, unknown>[] = [];
  beforeAll(async () => {
    const sink = new Writable({ write(chunk: Buffer, _encoding, done) { lines.push(...chunk.toString().trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)); done(); } });
    api = await openTestApi({ logger: pino({ level: 'info' }, sink) });
  });
  afterAll(async () => api?.close());

  it('documents every route in an OpenAPI 3.1 document generated from its schemas', async () => {
    const doc = await (await api.app.request('/openapi.json')).json() as { openapi: string; paths: Record<string, Record<string, { parameters: { name: string }[]; security?: unknown }>>; components: { schemas: Record<string, unknown> } };
    expect(doc.openapi).toBe('3.1.0');
    for (const route of API_ROUTES) expect(doc.paths[route.path]?.[route.method], `${route.method} ${route.path}`).toBeDefined();
    expect(doc.paths['/api/search'].get.parameters.map((p) => p.name)).toEqual(['q', 'limit', 'offset', 'from', 'to', 'source', 'entity', 'event', 'collapse']);
    expect(doc.paths['/api/reports'].post.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Doc', 'Error', 'EntityProfile', 'StoredReport']));
    expect(JSON.stringify(doc)).not.toContain('#/$defs/');
    for (const [name, schema] of Object.entries(doc.components.schemas)) expect(schema, name).not.toEqual({ $ref: `#/components/schemas/${name}` });
    const profile = doc.components.schemas.EntityProfile as { properties: { events: { items: { required: string[] } } } };
    expect(profile.properties.events.items.required).toContain('inferred');
  });

  it('serves a documentation page that lists the operations, with no inline script', async () => {
    const response = await api.app.request('/docs');
    const html = await response.text();
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(html).toContain('GET</span> <code>/api/search</code>');
    expect(html).not.toMatch(/<script|style=/);
    expect((await api.app.request('/docs.css')).status).toBe(200);
  });

  it('counts the corpus', async () => {
    expect(statsResponse.parse(await (await api.app.request('/api/stats')).json())).toEqual({ backend: 'sqlite', reports: 5, entities: 4, quotes: 3, events: 2, clusters: 1 });
    expect(await (await api.app.request('/api/health')).json()).toEqual({ status: 'ok' });
  });

  it.each([
    ['jsonl', 'application/x-ndjson', SAMPLE_REPORTS.length],
    ['csv', 'text/csv', SAMPLE_REPORTS.length + 1],
    ['plover', 'application/x-ndjson', 2],
  ])('streams the %s export', async (format, type, lines) => {
    const response = await api.app.request(`/api/export?format=${format}`);
    expect(response.headers.get('content-type')).toContain(type);
    expect(response.headers.get('content-disposition')).toContain('attachment');
    expect((await response.text()).trim().split('\n')).toHaveLength(lines);
  });

  it('marks the events the learned model inferred in the PLOVER export', async () => {
    const records = (await (await api.app.request('/api/export?format=plover')).text()).trim().split('\n').map((line) => JSON.parse(line) as { evidence: { text: string }; inferred: boolean });
    expect(records.map((record) => [record.evidence.text.includes('دیدار'), record.inferred])).toEqual([[false, false], [true, true]]);
  });

  it('sets a strict Content-Security-Policy and other security headers on every response', async () => {
    for (const path of ['/api/stats', '/docs', '/api/nothing', '/api/reports/999999', '/api/search?limit=0']) {
      const response = await api.app.request(path);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('answers unknown paths with 404 and known paths with another method with 405, as JSON', async () => {
    const missing = await api.app.request('/api/nothing');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'not_found' } });
    const wrong = await api.app.request('/api/search', postJson({ q: 'x' }));
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET');
  });

  it('logs one structured line per request, with its id echoed, and never the query string', async () => {
    const response = await api.app.request('/api/search?q=secret-word', { headers: { 'X-Request-Id': 'abc-123' } });
    expect(response.headers.get('x-request-id')).toBe('abc-123');
    const line = lines.find((l) => (l.req as { id: string } | undefined)?.id === 'abc-123') as { req: { method: string; path: string }; res: { status: number }; ms: number };
    expect(line).toMatchObject({ msg: 'request', req: { method: 'GET', path: '/api/search' }, res: { status: 200 } });
    expect(typeof line.ms).toBe('number');
    expect(JSON.stringify(lines)).not.toContain('secret-word');
    await api.app.request('/api/search', { headers: { 'X-Request-Id': 'bad id with spaces' } });
    expect(lines.some((l) => (l.req as { id: string } | undefined)?.id === 'bad id with spaces')).toBe(false);
  });
});

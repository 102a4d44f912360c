import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { facetsResponse, searchResponse } from '../../src/api/schemas/search.js';
import { SAMPLE, SAMPLE_REPORTS } from '../corpus/sample-reports.js';
import { backends } from '../corpus/store-fixture.js';
import { openTestApi, type TestApi } from './api-fixture.js';

describe.each(backends())('GET /api/search: $name', (backend) => {
  let api: TestApi;
  beforeAll(async () => { api = await openTestApi({ backend }); });
  afterAll(async () => api?.close());

  const search = async (query: Record<string, string>) => {
    const response = await api.app.request(`/api/search?${new URLSearchParams(query)}`);
    expect(response.status).toBe(200);
    return searchResponse.parse(await response.json());
  };
  const titles = (result: { hits: { title: string | null }[] }) => result.hits.map((hit) => hit.title).sort();

  it.each(['همکاریهای', 'همكاريهاي', 'همکاری های', 'همکاری‌های'])('finds the same story for %s, however the half-space is written', async (q) => {
    const result = await search({ q });
    expect(result.total).toBe(1);
    expect([SAMPLE.visit.title, SAMPLE.visitCopy.title]).toContain(result.hits[0].title);
    expect(result.hits[0].copies).toBe(2);
  });

  it('lists every copy when collapse=false, with snippets of the original text and the matches marked', async () => {
    const result = await search({ q: 'همکاری', collapse: 'false' });
    expect(titles(result)).toEqual([SAMPLE.visit.title, SAMPLE.visitCopy.title].sort());
    for (const hit of result.hits) {
      const text = SAMPLE_REPORTS.find((r) => r.title === hit.title)?.text as string;
      expect(text.slice(hit.snippet.start, hit.snippet.end)).toBe(hit.snippet.text);
      expect(hit.snippet.highlights.length).toBeGreaterThan(0);
    }
  });

  it('pages with limit and offset, and an empty query lists every story', async () => {
    const all = await search({ q: '', limit: '100' });
    expect(all.total).toBe(SAMPLE_REPORTS.length - 1);
    const first = await search({ limit: '2' });
    const second = await search({ limit: '2', offset: '2' });
    expect(first.hits).toHaveLength(2);
    expect(new Set([...first.hits, ...second.hits].map((hit) => hit.id)).size).toBe(4);
  });

  it('lists the latest stories, one per cluster, as an empty search finds them', async () => {
    const latest = searchResponse.parse(await (await api.app.request('/api/reports?limit=100')).json());
    const all = await search({ q: '', limit: '100' });
    expect(latest.total).toBe(all.total);
    expect(latest.hits.map((hit) => hit.id).sort()).toEqual(all.hits.map((hit) => hit.id).sort());
    expect(latest.hits.map((hit) => hit.published)).toEqual([...latest.hits.map((hit) => hit.published)].sort().reverse());
    const story = latest.hits.find((hit) => hit.copies === 2);
    expect(story?.title).toBe(SAMPLE.visit.title);
    expect(story?.snippet.text).toBe(SAMPLE.visit.text.split('\n')[0]);
    const page = searchResponse.parse(await (await api.app.request('/api/reports?limit=2&offset=2')).json());
    expect(page.hits.map((hit) => hit.id)).toEqual(latest.hits.slice(2, 4).map((hit) => hit.id));
  });

  it('filters by source in any spelling, by date, by entity and by event type', async () => {
    expect(titles(await search({ source: 'ميزان' }))).toEqual([SAMPLE.court.title]);
    expect(titles(await search({ from: '2024-11-01', to: '2024-11-30' }))).toEqual([SAMPLE.refinery.title, SAMPLE.football.title].sort());
    expect((await search({ entity: 'قوه قضاییه' })).hits.map((h) => h.title)).toEqual([SAMPLE.court.title]);
    expect((await search({ event: 'consult', collapse: 'false' })).total).toBe(2);
  });

  it.each([
    ['limit=0', 'limit'], ['limit=101', 'limit'], ['offset=-1', 'offset'], ['from=9/10/2024', 'from'],
    ['event=DROP%20TABLE', 'event'], ['collapse=maybe', 'collapse'], ['unknown=1', 'unknown'], [`q=${'و'.repeat(501)}`, 'q'],
  ])('refuses %s with 400 naming the parameter', async (query, field) => {
    const response = await api.app.request(`/api/search?${query}`);
    expect(response.status).toBe(400);
    const body = await response.json() as { error: { code: string; issues: { path: string }[] } };
    expect(body.error.code).toBe('bad_request');
    expect(body.error.issues.map((issue) => issue.path)).toContain(field);
  });

  it.each(['"', '(((', 'NOT', 'OR OR', '*', '-', 'AND "unclosed', '\u0000', '"\'; DROP TABLE reports; --'])('answers hostile query %j without an error', async (q) => {
    const response = await api.app.request(`/api/search?q=${encodeURIComponent(q)}`);
    expect(response.status).toBe(200);
    searchResponse.parse(await response.json());
  });
});

describe.each(backends())('GET /api/search/facets: $name', (backend) => {
  let api: TestApi;
  beforeAll(async () => { api = await openTestApi({ backend }); });
  afterAll(async () => api?.close());

  it('counts the matches by source, month and entity', async () => {
    const response = await api.app.request(`/api/search/facets?q=${encodeURIComponent('وزیر')}`);
    const facets = facetsResponse.parse(await response.json());
    expect(facets.sources).toEqual(expect.arrayContaining([{ value: 'ایرنا', count: 1 }, { value: 'ایسنا', count: 1 }]));
    expect(facets.months).toEqual([{ value: '2024-10', count: 2 }]);
    expect(facets.entities.map((e) => e.canonical)).toEqual(expect.arrayContaining(['عباس عراقچی', 'هاکان فیدان']));
  });

  it('is empty for a query with no words in it', async () => {
    const facets = facetsResponse.parse(await (await api.app.request('/api/search/facets?q=%2A%2A')).json());
    expect(facets).toEqual({ sources: [], months: [], entities: [] });
  });
});

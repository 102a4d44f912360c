import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDoc } from '../../src/doc/invariants.js';
import { loadLexicons } from '../../src/lexicon/load.js';
import { createAnalyzer } from '../../src/pipeline/analyze.js';
import type { Doc } from '../../src/doc/doc.js';
import { docSchema } from '../../src/api/schemas/doc.js';
import { addReportsResponse, clusterResponse, storedReportSchema } from '../../src/api/schemas/reports.js';
import { SAMPLE } from '../corpus/sample-reports.js';
import { backends } from '../corpus/store-fixture.js';
import { openTestApi, postJson, type TestApi } from './api-fixture.js';

describe('POST /api/analyze', () => {
  let api: TestApi;
  beforeAll(async () => { api = await openTestApi({ maxBodyBytes: 4096, pipeline: createAnalyzer(loadLexicons()), reports: [] }); });
  afterAll(async () => api?.close());

  it('returns the Doc of a report without storing it: original text, restored half-spaces, layers', async () => {
    const before = await (await api.app.request('/api/stats')).json();
    const response = await api.app.request('/api/analyze', postJson({ text: SAMPLE.visit.text, source: 'ایرنا' }));
    expect(response.status).toBe(200);
    const doc = docSchema.parse(await response.json()) as Doc;
    expect(doc.text).toBe(SAMPLE.visit.text);
    expect(doc.norm?.text).toContain('همکاری‌های');
    expect(doc.layers.sentences?.length).toBe(5);
    expect(doc.meta.source).toBe('ایرنا');
    expect(checkDoc(doc)).toEqual([]);
    expect(await (await api.app.request('/api/stats')).json()).toEqual(before);
  });

  it.each([
    ['an empty text', { text: '   ' }, 400, 'bad_request'],
    ['no text', { title: 'عنوان' }, 400, 'bad_request'],
    ['a text that is not a string', { text: 42 }, 400, 'bad_request'],
    ['an unknown field', { text: 'سلام', layers: 'all' }, 400, 'bad_request'],
    ['a body over the limit', { text: 'س'.repeat(5000) }, 413, 'payload_too_large'],
    ['a published date that is not a date', { text: 'سلام', published: 'next week' }, 400, 'bad_request'],
  ])('refuses %s', async (_name, body, status, code) => {
    const response = await api.app.request('/api/analyze', postJson(body));
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(code);
  });

  it('resolves relative dates against a published date written in Persian', async () => {
    const response = await api.app.request('/api/analyze', postJson({ text: 'سفیر دیروز احضار شد.', published: '۱۴۰۴/۰۸/۱۲' }));
    const doc = (await response.json()) as Doc;
    expect(doc.meta.published).toBe('2025-11-03');
    expect((doc.layers.entities as unknown as { canonical: string; attributes: { value?: string } }[]).find((e) => e.canonical === 'دیروز')?.attributes.value).toBe('2025-11-02');
  });

  it('refuses malformed JSON with 400 and a body that is not JSON with 415', async () => {
    const malformed = await api.app.request('/api/analyze', postJson('{"text": "سلام"'));
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: { code: string } }).error.code).toBe('invalid_json');
    const plain = await api.app.request('/api/analyze', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'سلام' });
    expect(plain.status).toBe(415);
  });

  it('refuses binary data as the command line does', async () => {
    const response = await api.app.request('/api/analyze', postJson({ text: 'PK\u0003\u0004\u0000\u0000\u0008\u0000'.repeat(20) }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain('NUL');
  });
});

describe.each(backends())('POST /api/reports and reading reports back: $name', (backend) => {
  let api: TestApi;
  beforeAll(async () => { api = await openTestApi({ backend }); });
  afterAll(async () => api?.close());

  it('adds a report once: the same text again is a duplicate', async () => {
    const body = { text: 'تیم ملی والیبال ایران در دیدار پایانی با سه بر یک پیروز شد و قهرمان آسیا شد.', title: 'قهرمانی والیبال', published: '۲۰ آبان ۱۴۰۳' };
    const counted = await api.store.termReports();
    const first = addReportsResponse.parse(await (await api.app.request('/api/reports', postJson(body))).json());
    expect(first.results[0]).toMatchObject({ status: 'added' });
    const again = addReportsResponse.parse(await (await api.app.request('/api/reports', postJson({ reports: [body] }))).json());
    expect(again.results[0]).toMatchObject({ status: 'duplicate' });
    // counted once into the corpus's document frequencies
    expect(await api.store.termReports()).toBe(counted + 1);
    expect((await api.store.termFrequency()).documentFrequency.get('والیبال')).toBe(1);
    const id = (first.results[0] as { id: number }).id;
    const stored = storedReportSchema.parse(await (await api.app.request(`/api/reports/${id}`)).json());
    expect(stored).toMatchObject({ id, title: 'قهرمانی والیبال', published: '2024-11-10' });
    expect(stored.doc.text).toBe(body.text);
  });

  it('reports each bad item of a batch by its place and still adds the rest', async () => {
    const response = await api.app.request('/api/reports', postJson({ reports: [{ text: 'خبر کوتاه دربارهٔ بارش برف در ارتفاعات البرز.' }, { text: '' }] }));
    expect(response.status).toBe(400);
    const body = await response.json() as { error: { issues: { path: string }[] } };
    expect(body.error.issues[0].path).toBe('reports.1.text');
  });

  it('marks a binary item failed and adds the others', async () => {
    const body = { reports: [{ text: 'GIF89a\u0000\u0001' }, { text: 'نخستین برف پاییزی در گردنه حیران بارید.' }] };
    const results = addReportsResponse.parse(await (await api.app.request('/api/reports', postJson(body))).json()).results;
    expect(results.map((r) => r.status)).toEqual(['failed', 'added']);
  });

  it('refuses more than 100 reports at once', async () => {
    const reports = Array.from({ length: 101 }, (_, i) => ({ text: `خبر شمارهٔ ${i}` }));
    expect((await api.app.request('/api/reports', postJson({ reports }))).status).toBe(400);
  });

  it('gives a stored report with its Doc, 404 for an unknown id and 400 for a malformed one', async () => {
    const report = storedReportSchema.parse(await (await api.app.request('/api/reports/1')).json());
    expect(report.title).toBe(SAMPLE.visit.title);
    expect(report.doc.layers.tokens?.length).toBeGreaterThan(50);
    expect((await api.app.request('/api/reports/999999')).status).toBe(404);
    for (const id of ['abc', '0', '-1', '1.5', '99999999999999999999']) expect((await api.app.request(`/api/reports/${id}`)).status).toBe(400);
  });

  it('gives a story cluster with every copy, earliest first', async () => {
    const report = storedReportSchema.parse(await (await api.app.request('/api/reports/1')).json());
    const cluster = clusterResponse.parse(await (await api.app.request(`/api/clusters/${report.clusterId}`)).json());
    expect(cluster.reports.map((r) => r.title)).toEqual([SAMPLE.visit.title, SAMPLE.visitCopy.title]);
    expect(cluster.originReportId).toBe(report.id);
    expect((await api.app.request('/api/clusters/4242')).status).toBe(404);
  });
});

describe('the write token', () => {
  let api: TestApi;
  beforeAll(async () => { api = await openTestApi({ token: 's3cret-token' }); });
  afterAll(async () => api?.close());
  const report = { text: 'بازار سهام تهران امروز با رشد شاخص کل همراه بود.' };

  it('is required for writes when set: none or a wrong one is 401 with a challenge', async () => {
    for (const headers of [{}, { Authorization: 'Bearer wrong' }, { Authorization: 's3cret-token' }, { Authorization: 'Bearer s3cret-token extra' }] as Record<string, string>[]) {
      const response = await api.app.request('/api/reports', postJson(report, headers));
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toContain('Bearer');
    }
  });

  it('lets writes through with the right one, and is never needed for reads or analysis', async () => {
    expect((await api.app.request('/api/reports', postJson(report, { Authorization: 'Bearer s3cret-token' }))).status).toBe(201);
    expect((await api.app.request('/api/search?q=بورس')).status).toBe(200);
    expect((await api.app.request('/api/analyze', postJson(report))).status).toBe(200);
  });
});

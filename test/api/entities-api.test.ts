import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entitiesResponse, entityProfileSchema } from '../../src/api/schemas/entities.js';
import { eventsResponse, matrixResponse } from '../../src/api/schemas/events.js';
import { backends } from '../corpus/store-fixture.js';
import { openTestApi, postJson, type TestApi } from './api-fixture.js';

describe.each(backends())('entities and events: $name', (backend) => {
  let api: TestApi;
  beforeAll(async () => { api = await openTestApi({ backend }); });
  afterAll(async () => api?.close());
  const get = async (path: string) => {
    const response = await api.app.request(encodeURI(path));
    expect(response.status, path).toBe(200);
    return response.json();
  };

  it('lists entities most mentioned first, by type and by the start of a name in any spelling', async () => {
    const all = entitiesResponse.parse(await get('/api/entities')).entities;
    expect(all.map((e) => e.mentions)).toEqual([...all.map((e) => e.mentions)].sort((a, b) => b - a));
    expect(entitiesResponse.parse(await get('/api/entities?type=person')).entities.map((e) => e.canonical).sort()).toEqual(['عباس عراقچی', 'هاکان فیدان']);
    expect(entitiesResponse.parse(await get('/api/entities?q=آنكا')).entities.map((e) => e.canonical)).toEqual(['آنکارا']);
  });

  it('gives the same profile by id, by name in another spelling, and by a role held', async () => {
    const byName = entityProfileSchema.parse(await get('/api/entities/هاكان فيدان'));
    const byId = entityProfileSchema.parse(await get(`/api/entities/${byName.id}`));
    const byRole = entityProfileSchema.parse(await get('/api/entities/وزیر خارجه ترکیه'));
    expect(byId).toEqual(byName);
    expect(byRole.id).toBe(byName.id);
    expect(byName).toMatchObject({ canonical: 'هاکان فیدان', type: 'person', country: 'TUR' });
    expect(byName.quotes[0].text).toContain('آماده است');
    expect(byName.events.map((e) => [e.type, e.role, e.other, e.inferred])).toEqual([['CONSULT', 'recipient', 'عباس عراقچی', true], ['CONSULT', 'recipient', 'عباس عراقچی', false]]);
    expect(byName.coMentions.map((c) => c.canonical)).toContain('عباس عراقچی');
  });

  it('is 404 for an unknown entity, 400 for an overlong name', async () => {
    expect((await api.app.request(encodeURI('/api/entities/نام ناشناخته'))).status).toBe(404);
    expect((await api.app.request('/api/entities/987654'))).toHaveProperty('status', 404);
    expect((await api.app.request(`/api/entities/${'ن'.repeat(301)}`)).status).toBe(400);
  });

  it('filters events by type, country, entity and date, a page at a time', async () => {
    const all = eventsResponse.parse(await get('/api/events'));
    expect(all.events.map((e) => [e.type, e.actor?.name, e.recipient?.name, e.recipient?.country])).toEqual([
      ['CONSULT', 'عباس عراقچی', 'هاکان فیدان', 'TUR'], ['CONSULT', 'عباس عراقچی', 'هاکان فیدان', 'TUR'],
    ]);
    expect(all.events.map((e) => [e.evidence.includes('دیدار'), e.inferred])).toEqual([[false, false], [true, true]]);
    expect(all.next).toBeNull();
    const first = eventsResponse.parse(await get('/api/events?limit=1'));
    const second = eventsResponse.parse(await get(`/api/events?limit=1&after=${first.next}`));
    expect([first.events[0].id, second.events[0].id]).toEqual(all.events.map((e) => e.id));
    expect(eventsResponse.parse(await get('/api/events?country=tur')).events).toHaveLength(2);
    expect(eventsResponse.parse(await get('/api/events?actorCountry=TUR')).events).toHaveLength(0);
    expect(eventsResponse.parse(await get('/api/events?entity=عباس عراقچی&type=consult')).events).toHaveLength(2);
    expect(eventsResponse.parse(await get('/api/events?to=2024-10-09')).events).toHaveLength(1);
    expect(eventsResponse.parse(await get('/api/events?type=ASSAULT')).events).toHaveLength(0);
    for (const bad of ['country=Turkey', 'modality=maybe', 'limit=501', 'after=x']) expect((await api.app.request(`/api/events?${bad}`)).status).toBe(400);
  });

  it('remembers a profile until a report is added, then gives the new one', async () => {
    const before = entityProfileSchema.parse(await get('/api/entities/آنکارا'));
    expect(entityProfileSchema.parse(await get('/api/entities/آنکارا'))).toEqual(before);
    const added = await api.app.request('/api/reports', postJson({ text: 'هیئتی از آنکارا برای گفت‌وگو درباره صادرات گاز به تهران آمد.', published: '2024-12-05' }));
    expect(added.status).toBe(201);
    const after = entityProfileSchema.parse(await get('/api/entities/آنکارا'));
    expect(after.timeline.at(-1)).toEqual({ date: '2024-12-05', mentions: 1, reports: 1 });
    expect(after.coMentionReports).toBe(before.coMentionReports + 1);
  });

  it('counts events from country to country', async () => {
    expect(matrixResponse.parse(await get('/api/events/matrix'))).toEqual({ cells: [{ actor: 'IRN', recipient: 'TUR', count: 2 }] });
    expect(matrixResponse.parse(await get('/api/events/matrix?type=SANCTION'))).toEqual({ cells: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { checkDoc } from '../../doc/invariants.js';
import { loadLexicons } from '../../lexicon/load.js';
import { docWithEntities, type TestEntity } from '../clauses/test-doc.js';
import type { KhabarEvent } from './event-layer.js';
import { createEventsStage } from './events-stage.js';

const lexicons = loadLexicons();
const stage = createEventsStage(lexicons, lexicons.report!.eventPatterns);

const iran: TestEntity = { id: 'e1', type: 'PER', canonical: 'مینا رستمی', mentions: [{ text: 'مینا رستمی' }], attributes: { country: 'IRN', roles: [{ role: 'وزیر امور خارجه', country: 'IRN' }] } };
const turkey: TestEntity = { id: 'e2', type: 'PER', canonical: 'کمال آیدین', mentions: [{ text: 'همتای ترکیه‌ای', kind: 'role' }], attributes: { country: 'TUR', roles: [{ role: 'وزیر امور خارجه', country: 'TUR' }] } };
const russia: TestEntity = { id: 'e3', type: 'LOC', canonical: 'روسیه', mentions: [{ text: 'روسیه' }], attributes: { subtype: 'country', country: 'RUS' } };
const army: TestEntity = { id: 'e4', type: 'ORG', canonical: 'ارتش اسرائیل', mentions: [{ text: 'ارتش اسرائیل' }], attributes: { subtype: 'military', country: 'ISR' } };
const lebanon: TestEntity = { id: 'e5', type: 'LOC', canonical: 'لبنان', mentions: [{ text: 'لبنان' }], attributes: { subtype: 'country', country: 'LBN' } };

function eventsOf(text: string, entities: TestEntity[]): KhabarEvent[] {
  const doc = stage.run(docWithEntities(lexicons, text, entities));
  expect(checkDoc(doc)).toEqual([]);
  return (doc.layers.events ?? []) as KhabarEvent[];
}

describe('events', () => {
  it('codes a meeting with its actor and the recipient after با', () => {
    const [event] = eventsOf('مینا رستمی امروز با همتای ترکیه‌ای خود در تهران دیدار کرد.', [iran, turkey]);
    expect(event).toMatchObject({ type: 'CONSULT', modality: 'asserted', actor: { entity: 'e1', country: 'IRN', sector: 'GOV' }, recipient: { entity: 'e2', country: 'TUR', sector: 'GOV' } });
  });

  it.each([
    ['past', 'مینا رستمی با همتای ترکیه‌ای دیدار کرده است.', 'asserted'],
    ['negated', 'مینا رستمی با همتای ترکیه‌ای دیدار نکرد.', 'negated'],
    ['future', 'مینا رستمی هفته آینده با همتای ترکیه‌ای دیدار خواهد کرد.', 'planned'],
    ['قرار است', 'قرار است مینا رستمی با همتای ترکیه‌ای دیدار کند.', 'planned'],
    ['conditional', 'اگر مینا رستمی با همتای ترکیه‌ای دیدار کند، توافق نزدیک است.', 'hypothetical'],
  ])('matches every tense by lemma and reads modality: %s', (_, text, modality) => {
    const events = eventsOf(text, [iran, turkey]);
    expect(events.map((e) => [e.type, e.modality])).toEqual([['CONSULT', modality]]);
  });

  it('finds the recipient before را for a condemnation: the author of the condemned attack', () => {
    const events = eventsOf('روسیه حمله ارتش اسرائیل به لبنان را محکوم کرد.', [russia, army, lebanon]);
    expect(events.find((e) => e.type === 'ACCUSE')).toMatchObject({ actor: { country: 'RUS', sector: 'GOV' }, recipient: { country: 'ISR' } });
  });

  it('reads an attack with its target', () => {
    const [event] = eventsOf('ارتش اسرائیل به جنوب لبنان حمله کرد.', [army, lebanon]);
    expect(event).toMatchObject({ type: 'ASSAULT', actor: { entity: 'e4', country: 'ISR', sector: 'MIL' }, recipient: { entity: 'e5', country: 'LBN' } });
  });

  it('does not take the future auxiliary for the verb خواستن', () => {
    expect(eventsOf('روسیه گزارش خود را منتشر خواهد کرد.', [russia])).toEqual([]);
  });

  it('matches a compound trigger however its half-spaces are written', () => {
    for (const text of ['مینا رستمی با همتای ترکیه‌ای گفت و گو کرد.', 'مینا رستمی با همتای ترکیه‌ای گفتگو کرد.']) {
      expect(eventsOf(text, [iran, turkey]).map((e) => e.type)).toEqual(['CONSULT']);
    }
  });

  it('takes the actor from the clause after که, not the one who reports it', () => {
    const [event] = eventsOf('روسیه اعلام کرد که ارتش اسرائیل به لبنان حمله کرده است.', [russia, army, lebanon]);
    expect(event).toMatchObject({ type: 'ASSAULT', actor: { country: 'ISR' }, recipient: { country: 'LBN' } });
  });

  it('codes parties named only by a demonym, one event per coordinated party', () => {
    const events = eventsOf('جنگنده‌های آمریکایی و انگلیسی چند منطقه در جنوب لبنان را بمباران کردند.', [lebanon]);
    expect(events.map((e) => [e.type, e.actor?.country, e.recipient?.country])).toEqual([['ASSAULT', 'USA', 'LBN'], ['ASSAULT', 'GBR', 'LBN']]);
  });

  it('reads دو طرف as both sides of the last meeting', () => {
    const events = eventsOf('مینا رستمی با همتای ترکیه‌ای دیدار کرد. دو طرف درباره تجارت مرزی رایزنی کردند.', [iran, turkey]);
    expect(events.map((e) => [e.type, e.actor?.country, e.recipient?.country])).toEqual([['CONSULT', 'IRN', 'TUR'], ['CONSULT', 'IRN', 'TUR']]);
  });

  it('reads noun phrases that name their author after the noun, and only those', () => {
    expect(eventsOf('مینا رستمی از حمایت روسیه از لبنان سخن گفت.', [iran, russia, lebanon]).map((e) => [e.type, e.actor?.country, e.recipient?.country])).toEqual([['SUPPORT', 'RUS', 'LBN']]);
    expect(eventsOf('مینا رستمی گفت حمله به لبنان ادامه دارد.', [iran, lebanon])).toEqual([]);
  });

  it('blames an attack with no author named on the last attacker', () => {
    const events = eventsOf('ارتش اسرائیل به لبنان حمله کرد. روسیه حمله به لبنان را محکوم کرد.', [army, russia, lebanon]);
    expect(events.find((e) => e.type === 'ACCUSE')).toMatchObject({ actor: { country: 'RUS' }, recipient: { country: 'ISR' } });
  });

  it('gives a home-country act with an unnamed recipient the home country, unless it is abroad', () => {
    expect(eventsOf('مینا رستمی از استانداران خواست گزارش بدهند.', [iran])[0]).toMatchObject({ type: 'REQUEST', recipient: { country: 'IRN' } });
    expect(eventsOf('مینا رستمی از کشورهای غربی خواست گزارش بدهند.', [iran])[0].recipient).toBeUndefined();
  });

  it('gives an official of an international body no country', () => {
    const envoy: TestEntity = { id: 'e6', type: 'PER', canonical: 'یان برگ', mentions: [{ text: 'یان برگ' }], attributes: { country: 'IRN', roles: [{ role: 'نماینده سازمان جهانی بهداشت در ایران', country: 'IRN' }] } };
    const [event] = eventsOf('یان برگ با مینا رستمی دیدار کرد.', [envoy, iran]);
    expect(event).toMatchObject({ type: 'CONSULT', actor: { entity: 'e6', sector: 'IGO' }, recipient: { country: 'IRN' } });
    expect(event.actor?.country).toBeUndefined();
  });

  it('takes no event from a participle used as an adjective', () => {
    expect(eventsOf('مینا رستمی تفاهم‌نامه‌های امضا شده در آنکارا را بررسی کرد.', [iran])).toEqual([]);
  });

  it('drops an event whose actor cannot be found', () => {
    expect(eventsOf('چند ساختمان در جنوب لبنان هدف قرار گرفت.', [lebanon]).filter((e) => !e.actor)).toEqual([]);
  });
});

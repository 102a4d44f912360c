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

  it('finds the recipient before را for a condemnation', () => {
    const [event] = eventsOf('روسیه حمله ارتش اسرائیل به لبنان را محکوم کرد.', [russia, army, lebanon]);
    expect(event).toMatchObject({ type: 'ACCUSE', actor: { country: 'RUS', sector: 'GOV' } });
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
});

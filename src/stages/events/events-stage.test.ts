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

const court: TestEntity = { id: 'e7', type: 'ORG', canonical: 'دیوان داوری لاهه', mentions: [{ text: 'دیوان داوری لاهه' }], attributes: { subtype: 'international' } };
const usa: TestEntity = { id: 'e8', type: 'LOC', canonical: 'آمریکا', mentions: [{ text: 'آمریکا' }, { text: 'آمریکا', nth: 1 }], attributes: { subtype: 'country', country: 'USA' } };

/** Quotes laid down by hand: each `[text, speaker]` is the span of the first occurrence of `text`. */
type TestQuote = [string, string];

function eventsOf(text: string, entities: TestEntity[], quotes: TestQuote[] = []): KhabarEvent[] {
  const doc = docWithEntities(lexicons, text, entities);
  doc.layers.quotes = quotes.map(([said, speaker], i) => {
    const start = text.indexOf(said);
    return { id: `q${i + 1}`, start, end: start + said.length, speaker, cue: { start, end: start, lemma: 'گفت' }, kind: 'direct' };
  });
  stage.run(doc);
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

  it('reads an accusation from what a speaker says about the other side (issue 5)', () => {
    const text = 'مینا رستمی گفت: آمارهایی که روسیه منتشر می‌کند جعلی است.';
    const events = eventsOf(text, [iran, russia], [['آمارهایی که روسیه منتشر می‌کند جعلی است', 'e1']]);
    expect(events.map((e) => [e.type, e.actor?.country, e.recipient?.country, e.modality])).toEqual([['ACCUSE', 'IRN', 'RUS', 'asserted']]);
    // the same words outside a quote are nobody's speech act
    expect(eventsOf('آمارهایی که روسیه منتشر می‌کند جعلی است.', [russia])).toEqual([]);
  });

  it('reads a threat made under a condition as asserted, aimed at the subject of the condition', () => {
    const text = 'مینا رستمی گفت: اگر روسیه این قرارداد را لغو کند، پاسخ قاطع خواهیم داد.';
    const events = eventsOf(text, [iran, russia], [['اگر روسیه این قرارداد را لغو کند، پاسخ قاطع خواهیم داد', 'e1']]);
    expect(events.map((e) => [e.type, e.actor?.country, e.recipient?.country, e.modality])).toEqual([['THREATEN', 'IRN', 'RUS', 'asserted']]);
  });

  it('reads a claim about the other side as an accusation, not a claim about the claimant\'s own act', () => {
    expect(eventsOf('روسیه مدعی شد که لبنان در مذاکرات کارشکنی کرده است.', [russia, lebanon]).map((e) => [e.type, e.actor?.country, e.recipient?.country])).toEqual([['ACCUSE', 'RUS', 'LBN']]);
    expect(eventsOf('ارتش اسرائیل مدعی شد که انبارهای لبنان را هدف قرار داده است.', [army, lebanon]).map((e) => e.type)).toEqual(['ASSAULT']);
  });

  it('answers a rejected claim: the recipient is the claimant of an earlier sentence', () => {
    const events = eventsOf('روسیه مدعی شد که لبنان در مذاکرات کارشکنی کرده است. مینا رستمی این ادعا را رد کرد.', [russia, lebanon, iran]);
    expect(events.find((e) => e.type === 'REJECT')).toMatchObject({ actor: { country: 'IRN' }, recipient: { country: 'RUS' } });
  });

  it('remembers the other side for a warning that names no one', () => {
    const events = eventsOf('ارتش اسرائیل به لبنان حمله کرد. مینا رستمی هشدار داد که این وضع ادامه نخواهد یافت.', [army, lebanon, iran]);
    expect(events.find((e) => e.type === 'THREATEN')).toMatchObject({ actor: { country: 'IRN' }, recipient: { country: 'LBN' } });
  });

  it('finds an organization named again by its head word after a preposition', () => {
    const text = 'آمریکا از دیوان داوری لاهه خارج شد. مینا رستمی گفت از دیوان درخواست کردیم که به پرونده آمریکا رسیدگی کند.';
    const events = eventsOf(text, [usa, court, iran], [['از دیوان درخواست کردیم که به پرونده آمریکا رسیدگی کند', 'e1']]);
    expect(events.find((e) => e.type === 'REQUEST')).toMatchObject({ actor: { country: 'IRN' }, recipient: { entity: 'e7', sector: 'IGO' } });
  });

  it('codes an arrest told in the passive at home: the one who reports it, unnamed defendants of the home country', () => {
    const text = 'مینا رستمی گفت: در این عملیات هفت متهم دستگیر شدند.';
    const [event] = eventsOf(text, [iran], [['در این عملیات هفت متهم دستگیر شدند', 'e1']]);
    expect(event).toMatchObject({ type: 'COERCE', actor: { entity: 'e1', country: 'IRN' }, recipient: { country: 'IRN' } });
  });

  it('takes no event from readiness without a condition', () => {
    expect(eventsOf('روسیه آماده است با لبنان همکاری کند.', [russia, lebanon])).toEqual([]);
  });
});

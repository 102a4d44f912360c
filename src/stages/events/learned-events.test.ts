import { describe, expect, it } from 'vitest';
import { checkDoc } from '../../doc/invariants.js';
import { KhabarError } from '../../doc/errors.js';
import { loadLexicons } from '../../lexicon/load.js';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';
import { sentenceView } from '../clauses/sentence-view.js';
import { docWithEntities, type TestEntity } from '../clauses/test-doc.js';
import { PLOVER_TYPES, type KhabarEvent, type PloverType } from './event-layer.js';
import { anchorSideFeatures, type EventModel, formatEventModel, pairFeatures, parseEventModel, ruleUse, typeFeatures } from './event-model.js';
import { modelPicks, typeAnchor } from './event-model-scoring.js';
import { createEventsStage } from './events-stage.js';
import { paragraphFacts, paragraphLemmas } from './paragraph-facts.js';

const lexicons = loadLexicons();

const minister: TestEntity = { id: 'e1', type: 'PER', canonical: 'مینا رستمی', mentions: [{ text: 'مینا رستمی' }], attributes: { country: 'IRN', roles: [{ role: 'وزیر امور خارجه', country: 'IRN' }] } };
const usa: TestEntity = { id: 'e2', type: 'LOC', canonical: 'آمریکا', mentions: [{ text: 'آمریکا' }], attributes: { subtype: 'country', country: 'USA' } };
const turkey: TestEntity = { id: 'e3', type: 'PER', canonical: 'کمال آیدین', mentions: [{ text: 'همتای ترکیه‌ای', kind: 'role' }], attributes: { country: 'TUR', roles: [{ role: 'وزیر امور خارجه', country: 'TUR' }] } };

/** A hand-made model: `bias` (-3 for a type not given) and lemma weights per type, side weights as given. */
function model(types: Record<string, Partial<Record<PloverType, number>>>, sides: Record<string, number>, threshold = 0.5, floor = 0): EventModel {
  const rows = new Map<string, Float64Array>();
  const all: Record<string, Partial<Record<PloverType, number>>> = { bias: {}, ...types };
  for (const [feature, weights] of Object.entries(all)) rows.set(feature, Float64Array.from(PLOVER_TYPES.map((t) => weights[t] ?? (feature === 'bias' ? -3 : 0))));
  return { threshold, floor, types: rows, sides: new Map(Object.entries(sides)) };
}

function eventsOf(text: string, entities: TestEntity[], m: EventModel): KhabarEvent[] {
  const doc = docWithEntities(lexicons, text, entities);
  createEventsStage(lexicons, lexicons.report!.eventPatterns, { model: m }).run(doc);
  expect(checkDoc(doc)).toEqual([]);
  return (doc.layers.events ?? []) as KhabarEvent[];
}

const PRESSURE = 'مینا رستمی گفت که آمریکا با این تصمیم تنگه را بر کشتی‌ها نمی‌بندد.';

describe('learned paragraph events', () => {
  it('adds the type the model reads where no pattern matched, with the sides it ranks first and the word that speaks for it', () => {
    const m = model({ bias: { COERCE: -2, ASSAULT: -9 }, 'l:تنگه': { COERCE: 3 } }, { 'COERCE|ab:homeY': 1, 'COERCE|ab:Xhome': 2 });
    const inferred = eventsOf(PRESSURE, [minister, usa], m).filter((e) => e.inferred);
    expect(inferred).toHaveLength(1);
    const [event] = inferred;
    expect(event).toMatchObject({ type: 'COERCE', inferred: true, actor: { country: 'USA', entity: 'e2' }, recipient: { country: 'IRN', entity: 'e1' } });
    expect(PRESSURE.slice(event.trigger.start, event.trigger.end)).toBe('تنگه');
    expect(event.trigger.lemma).toBe('تنگه');
    expect(PRESSURE.slice(event.start, event.end)).toContain('تنگه');
  });

  it('never sets a side against itself: one country on both sides takes another of its parties, else the country alone', () => {
    const m = model({ bias: { COERCE: -2 }, 'l:تنگه': { COERCE: 3 } }, { 'COERCE|ab:homehome': 9 });
    const [alone] = eventsOf(PRESSURE, [minister, usa], m).filter((e) => e.inferred);
    expect(alone.actor).toMatchObject({ entity: 'e1', country: 'IRN' });
    expect(alone.recipient).toEqual({ country: 'IRN' });
    const navy: TestEntity = { id: 'e4', type: 'ORG', canonical: 'نیروی دریایی سپاه', mentions: [{ text: 'نیروی دریایی سپاه' }], attributes: { country: 'IRN' } };
    const text = 'مینا رستمی گفت که نیروی دریایی سپاه تنگه را بر کشتی‌ها نمی‌بندد.';
    const [other] = eventsOf(text, [minister, navy], m).filter((e) => e.inferred);
    expect(other.actor?.entity).toBe('e1');
    expect(other.recipient).toMatchObject({ entity: 'e4', country: 'IRN' });
  });

  it('aims an armed side\'s attack at no side of its own country, unless the report names an armed group of it', () => {
    const m = model({ bias: { ASSAULT: -2 }, 'l:ساحل': { ASSAULT: 3 } }, { 'ASSAULT|ab:homehome': 9 });
    const commander: TestEntity = { id: 'e5', type: 'PER', canonical: 'بهرام کاوه', mentions: [{ text: 'بهرام کاوه' }], attributes: { country: 'IRN', roles: [{ role: 'فرمانده نیروی دریایی ارتش', country: 'IRN' }] } };
    const navy: TestEntity = { id: 'e6', type: 'ORG', canonical: 'نیروی دریایی ارتش', mentions: [{ text: 'نیروی دریایی ارتش' }], attributes: { subtype: 'military', country: 'IRN' } };
    const warning = 'بهرام کاوه گفت هر شناوری به ساحل نزدیک شود با پاسخ نیروی دریایی ارتش روبه‌رو خواهد شد.';
    const [own] = eventsOf(warning, [commander, navy], m).filter((e) => e.inferred);
    expect(own.actor).toMatchObject({ entity: 'e5', country: 'IRN', sector: 'MIL' });
    expect(own.recipient).toBeUndefined();
    const rebels: TestEntity = { id: 'e7', type: 'ORG', canonical: 'جبهه رهایی کرانه', mentions: [{ text: 'جبهه رهایی کرانه' }], attributes: { subtype: 'armed-group', country: 'IRN' } };
    const war = 'جبهه رهایی کرانه دیروز اعلام موجودیت کرد.\nبهرام کاوه گفت هر شناوری به ساحل نزدیک شود با پاسخ نیروی دریایی ارتش روبه‌رو خواهد شد.';
    const [home] = eventsOf(war, [commander, navy, rebels], m).filter((e) => e.inferred && e.type === 'ASSAULT');
    expect(home.recipient).toMatchObject({ entity: 'e7', country: 'IRN', sector: 'REB' });
  });

  it('aims a rejection of a press report no side wrote at no one', () => {
    const m = model({ bias: { REJECT: 5 }, 'l:سفر': { REJECT: 1 } }, { 'REJECT|ab:homeY': 9 });
    const press = eventsOf('مینا رستمی گفت گزارش‌های برخی رسانه‌ها درباره سفر هیئت آمریکا «بی‌اساس» است.', [minister, usa], m).filter((e) => e.type === 'REJECT');
    expect(press.map((e) => [e.inferred, e.actor?.country, e.recipient?.country])).toEqual([[true, 'IRN', undefined]]);
    const claim = eventsOf('مینا رستمی گفت سفر هیئت آمریکا به منطقه «بی‌اساس» است.', [minister, usa], m).filter((e) => e.type === 'REJECT');
    expect(claim.map((e) => [e.inferred, e.actor?.country, e.recipient?.country])).toEqual([[true, 'IRN', 'USA']]);
  });

  it('points at a word that can carry an event, never at a name however much it weighs', () => {
    const m = model({ bias: { COERCE: -2 }, 'l:آمریکا': { COERCE: 5 }, 'l:تنگه': { COERCE: 3 } }, { 'COERCE|ab:Xhome': 2 });
    const [event] = eventsOf(PRESSURE, [minister, usa], m).filter((e) => e.inferred);
    expect(PRESSURE.slice(event.trigger.start, event.trigger.end)).toBe('تنگه');
  });

  it('reads the modality from the verb of the clause the word sits in', () => {
    const m = model({ bias: { COERCE: -2 }, 'l:تنگه': { COERCE: 3 } }, { 'COERCE|ab:Xhome': 1 });
    const [event] = eventsOf(PRESSURE, [minister, usa], m).filter((e) => e.inferred);
    expect(event.modality).toBe('negated');
  });

  it('reads a word in the object of a denial as a denied act, never an asserted one (`اتهام ... حمله ... را رد کرد`)', () => {
    const m = model({ bias: { ASSAULT: -2 }, 'l:حمله': { ASSAULT: 3 } }, { 'ASSAULT|ab:homeY': 1 });
    const text = 'مینا رستمی اتهام دست داشتن در حمله به سفارت آمریکا را رد کرد.';
    const [event] = eventsOf(text, [minister, usa], m).filter((e) => e.inferred);
    expect(event).toMatchObject({ type: 'ASSAULT', actor: { country: 'IRN' }, recipient: { country: 'USA' }, modality: 'negated' });
  });

  it('puts a person or body first as the side of its country, and the home country has no entity when none is named', () => {
    const m = model({ bias: { COERCE: -2 }, 'l:تنگه': { COERCE: 3 } }, { 'COERCE|ab:XY': -5, 'COERCE|ab:homeY': 5 });
    const [event] = eventsOf(PRESSURE, [minister, usa], m).filter((e) => e.inferred);
    expect(event.actor).toMatchObject({ entity: 'e1', country: 'IRN', sector: 'GOV' });
    expect(event.recipient).toMatchObject({ entity: 'e2', country: 'USA' });
  });

  it('adds nothing below the threshold, and never a type the pattern table already read in the paragraph', () => {
    expect(eventsOf(PRESSURE, [minister, usa], model({ bias: { COERCE: -2 }, 'l:تنگه': { COERCE: 1 } }, {})).filter((e) => e.inferred)).toEqual([]);
    const meeting = 'مینا رستمی امروز با همتای ترکیه‌ای خود در تهران دیدار کرد.';
    const events = eventsOf(meeting, [minister, turkey], model({ bias: { CONSULT: 5 } }, {}));
    expect(events.map((e) => e.type)).toEqual(['CONSULT']);
    expect(events[0].inferred).toBeUndefined();
  });

  it('drops the table\'s events of a type the model finds below its floor in their paragraph, and only in that paragraph', () => {
    const meeting = 'مینا رستمی امروز با همتای ترکیه‌ای خود در تهران دیدار کرد.';
    const doubted = model({ bias: { CONSULT: -2 }, 'l:تهران': { CONSULT: -5 } }, {}, 0.5, 0.05);
    expect(eventsOf(meeting, [minister, turkey], model({ bias: { CONSULT: -2 }, 'l:تهران': { CONSULT: -5 } }, {})).map((e) => e.type)).toEqual(['CONSULT']);
    expect(eventsOf(meeting, [minister, turkey], doubted)).toEqual([]);
    const twice = `${meeting}\n\nمینا رستمی فردا با همتای ترکیه‌ای خود در آنکارا دیدار می‌کند.`;
    const twiceNamed = (e: TestEntity): TestEntity => ({ ...e, mentions: [...e.mentions, { ...e.mentions[0], nth: 1 }] });
    const kept = eventsOf(twice, [twiceNamed(minister), twiceNamed(turkey)], doubted);
    expect(kept.map((e) => [e.type, twice.slice(e.start, e.end).includes('آنکارا'), e.id])).toEqual([['CONSULT', true, 'v1']]);
  });

  it('leaves a news agency out of the paragraph\'s countries: it tells, it takes no part', () => {
    const outlet: TestEntity = { id: 'e5', type: 'ORG', canonical: 'شبکه ساحل', mentions: [{ text: 'شبکه ساحل' }], attributes: { subtype: 'news-agency', country: 'LBN' } };
    const doc = docWithEntities(lexicons, 'به گزارش شبکه ساحل، آمریکا تنگه را بر کشتی‌ها بست.', [outlet, usa]);
    const [p] = paragraphFacts(sentenceView(doc), []);
    expect(p.order).toEqual(['USA']);
    expect(p.entityTypes.has('ORG:news-agency')).toBe(true);
  });

  it('sees the types of the triggers the table read but kept no event of (`read:T`)', () => {
    const unplaced = 'دو طرف امروز دیدار کردند. مینا رستمی از این خبر داد.';
    const doc = docWithEntities(lexicons, unplaced, [minister]);
    const read = new Set<string>();
    createEventsStage(lexicons, lexicons.report!.eventPatterns, { trace: (c) => read.add(`${c.paragraph}|${c.type}`) }).run(doc);
    expect(doc.layers.events).toEqual([]);
    const [p] = paragraphFacts(sentenceView(doc), [], read);
    expect([...p.readTypes]).toEqual(['CONSULT']);
    expect(typeFeatures(p)).toContain('read:CONSULT');
    const m = model({ bias: { CONSULT: -3 }, 'l:دیدار': { CONSULT: 0.5 }, 'read:CONSULT': { CONSULT: 4 } }, { 'CONSULT|ab:homehome': 1 });
    expect(eventsOf(unplaced, [minister], m).map((e) => [e.type, e.inferred])).toEqual([['CONSULT', true]]);
  });

  it('keeps the layer in text order with ids numbered along it', () => {
    const text = `مینا رستمی امروز با همتای ترکیه‌ای خود در تهران دیدار کرد.\n${PRESSURE}`;
    const events = eventsOf(text, [minister, usa, turkey], model({ bias: { COERCE: -2 }, 'l:تنگه': { COERCE: 3 } }, { 'COERCE|ab:Xhome': 1 }));
    expect(events.map((e) => [e.type, e.inferred ?? false])).toEqual([['CONSULT', false], ['COERCE', true]]);
    expect(events.map((e) => e.id)).toEqual(['v1', 'v2']);
  });

  it('sees a paragraph through its lemmas, its countries and how they are mentioned, and who speaks in it', () => {
    const doc = docWithEntities(lexicons, 'مینا رستمی امروز با همتای ترکیه‌ای خود در تهران دیدار کرد.', [minister, turkey]);
    const [p] = paragraphFacts(sentenceView(doc), []);
    expect(paragraphLemmas(p)).toEqual(expect.arrayContaining(['دیدار_کرد', 'همتا+ترکیه']));
    expect(p.order).toEqual(['IRN', 'TUR']);
    expect(p.firstAgent).toBe('IRN');
    expect([...p.countries.get('TUR')!.kinds]).toEqual(['role']);
    expect(p.countries.get('TUR')!.context.has('role:وزیر')).toBe(true);
    expect(pairFeatures(p, 'CONSULT', 'IRN', 'TUR', 'IRN')).toEqual(expect.arrayContaining(['ab:homeY', 'ord:ab', 'af:true', 'CONSULT|ab:homeY']));
    expect(modelPicks(model({ bias: { AGREE: 5 } }, { 'AGREE|b:Y': 1, 'AGREE|a:home': 1 }), p, 'IRN')).toEqual([{ type: 'AGREE', sides: ['IRN', 'TUR'] }]);
  });

  it('adds no event with a side left empty, but a deployment without a recipient or where a body of no country is named, and none where no country is', () => {
    const doc = docWithEntities(lexicons, 'مینا رستمی امروز با همتای ترکیه‌ای خود در تهران دیدار کرد.', [minister, turkey]);
    const [p] = paragraphFacts(sentenceView(doc), []);
    const emptyRecipient = { 'a:home': 1, 'b:null': 2 };
    expect(modelPicks(model({ bias: { ACCUSE: 5 } }, emptyRecipient), p, 'IRN')).toEqual([]);
    expect(modelPicks(model({ bias: { AID: 5 } }, { 'a:null': 2, 'b:Y': 1 }), p, 'IRN')).toEqual([]);
    expect(modelPicks(model({ bias: { MOBILIZE: 5 } }, emptyRecipient), p, 'IRN')).toEqual([{ type: 'MOBILIZE', sides: ['IRN', null] }]);
    const unnamed = docWithEntities(lexicons, 'نیروهای مسلح امروز رزمایشی بزرگ در کرانه‌های جنوبی برگزار کردند.', []);
    const [none] = paragraphFacts(sentenceView(unnamed), []);
    expect(modelPicks(model({ bias: { MOBILIZE: 5 } }, emptyRecipient), none, 'IRN')).toEqual([]);
    const agency: TestEntity = { id: 'e8', type: 'ORG', canonical: 'برنامه جهانی غذا', mentions: [{ text: 'برنامه جهانی غذا' }], attributes: { subtype: 'international' } };
    const country: TestEntity = { id: 'e9', type: 'LOC', canonical: 'ترکیه', mentions: [{ text: 'ترکیه' }], attributes: { subtype: 'country', country: 'TUR' } };
    const relief = docWithEntities(lexicons, 'برنامه جهانی غذا امروز محموله‌ای به ترکیه فرستاد.', [agency, country]);
    const [q] = paragraphFacts(sentenceView(relief), []);
    expect(modelPicks(model({ bias: { AID: 5 } }, { 'a:null': 2, 'b:Y': 1 }), q, 'IRN')).toEqual([{ type: 'AID', sides: [null, 'TUR'] }]);
  });
});

describe('the sides in the sentence an event points at', () => {
  it('ranks the sides by how the sentence of the type\'s strongest word names them, not by the paragraph alone', () => {
    const iran: TestEntity = { id: 'e6', type: 'LOC', canonical: 'ایران', mentions: [{ text: 'ایران' }], attributes: { subtype: 'country', country: 'IRN' } };
    const text = 'مینا رستمی امروز با همتای ترکیه‌ای خود در تهران دیدار کرد. آمریکا ایران را به نقض توافق متهم کرد.';
    const doc = docWithEntities(lexicons, text, [minister, turkey, usa, iran]);
    const [p] = paragraphFacts(sentenceView(doc), []);
    const m = model({ bias: { ACCUSE: 5 }, 'l:متهم': { ACCUSE: 2 } }, { 'ACCUSE|ax1:true': 2, 'ACCUSE|bxr:true': 2, 'ACCUSE|ax:out': -1, 'ACCUSE|bx:out': -1 });
    const anchor = typeAnchor(m, p, 'ACCUSE')!;
    expect(text.slice(doc.layers.tokens![anchor.first].start, doc.layers.tokens![anchor.first].end)).toBe('متهم');
    expect(anchorSideFeatures(p, 'a', 'USA', anchor)).toEqual(expect.arrayContaining(['ax:before', 'ax1:true', 'axp:-|before']));
    expect(anchorSideFeatures(p, 'b', 'IRN', anchor)).toEqual(expect.arrayContaining(['bx:before', 'bx1:false', 'bxr:true']));
    expect(anchorSideFeatures(p, 'b', 'TUR', anchor)).toContain('bx:out');
    expect(modelPicks(m, p, 'IRN')).toEqual([{ type: 'ACCUSE', sides: ['USA', 'IRN'] }]);
  });
});

describe('the sides of the table events as the side part sees them', () => {
  it('marks the countries the table read as actor or recipient, and its pairs', () => {
    const doc = docWithEntities(lexicons, 'مینا رستمی امروز با همتای ترکیه‌ای خود در تهران دیدار کرد.', [minister, turkey]);
    const consult = { id: 'v1', start: 0, end: 10, type: 'CONSULT', trigger: { start: 0, end: 5, lemma: 'دیدار' }, actor: { country: 'IRN' }, recipient: { country: 'TUR' }, modality: 'asserted' } as KhabarEvent;
    const [p] = paragraphFacts(sentenceView(doc), [consult]);
    expect([ruleUse(p, 'IRN'), ruleUse(p, 'TUR'), ruleUse(p, null)]).toEqual(['a', 'b', '']);
    expect(pairFeatures(p, 'AGREE', 'IRN', 'TUR', 'IRN')).toEqual(expect.arrayContaining(['au:a', 'bu:b', 'rp:1']));
    expect(pairFeatures(p, 'AGREE', 'TUR', 'IRN', 'IRN')).toEqual(expect.arrayContaining(['au:b', 'bu:a', 'rp:0']));
  });
});

describe('event model file', () => {
  it('writes and reads back the same weights, rounded to four decimals, and leaves zero rows out', () => {
    const m = model({ bias: { COERCE: -1.23456 }, 'l:صفر': {} }, { 'AID|a:home': 0.5, zero: 0 }, 0.45, 0.05);
    const text = formatEventModel(m, ['a note']);
    expect(text.startsWith('# a note\nthreshold\t0.45\nfloor\t0.05\n')).toBe(true);
    const back = parseEventModel(text);
    expect(back.threshold).toBe(0.45);
    expect(back.floor).toBe(0.05);
    expect(parseEventModel('threshold\t0.45\n').floor).toBe(0);
    expect(back.types.get('bias')?.[PLOVER_TYPES.indexOf('COERCE')]).toBe(-1.2346);
    expect(back.types.has('l:صفر')).toBe(false);
    expect([...back.sides]).toEqual([['AID|a:home', 0.5]]);
  });

  it.each([['type\tbias\t1 2 3'], ['side\tx\tabc'], ['threshold\tnone'], ['floor\t'], ['weights\tx\t1']])('refuses a malformed line: %s', (line) => {
    expect(() => parseEventModel(line)).toThrow(KhabarError);
  });

  it('ships with the analyzer, which marks what it adds and leaves it out on request', () => {
    expect(lexicons.report?.eventModel?.types.size).toBeGreaterThan(100);
    const off = analyze(createAnalyzer(lexicons, { learnedEvents: false }), PRESSURE);
    expect(((off.layers.events ?? []) as KhabarEvent[]).some((e) => e.inferred)).toBe(false);
  });
});

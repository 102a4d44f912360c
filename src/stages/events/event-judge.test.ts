import { describe, expect, it } from 'vitest';
import { checkDoc } from '../../doc/invariants.js';
import { KhabarError } from '../../doc/errors.js';
import { loadLexicons } from '../../lexicon/load.js';
import { docWithEntities, type TestEntity } from '../clauses/test-doc.js';
import { PLOVER_TYPES, type KhabarEvent, type PloverType } from './event-layer.js';
import { type EventJudge, formatEventJudge, judgeDecisions, judgedEvent, judgeFeatures, parseEventJudge } from './event-judge.js';
import type { EventModel } from './event-model.js';
import { createEventsStage } from './events-stage.js';
import { sentenceView } from '../clauses/sentence-view.js';
import { type KeyedWord, paragraphFacts } from './paragraph-facts.js';

const lexicons = loadLexicons();

const minister: TestEntity = { id: 'e1', type: 'PER', canonical: 'مینا رستمی', mentions: [{ text: 'مینا رستمی' }], attributes: { country: 'IRN', roles: [{ role: 'وزیر امور خارجه', country: 'IRN' }] } };
const turkey: TestEntity = { id: 'e3', type: 'PER', canonical: 'کمال آیدین', mentions: [{ text: 'همتای ترکیه‌ای', kind: 'role' }], attributes: { country: 'TUR', roles: [{ role: 'وزیر امور خارجه', country: 'TUR' }] } };
const MEETING = 'مینا رستمی امروز با همتای ترکیه‌ای خود در تهران دیدار کرد.';

/** A paragraph model that reads nothing of its own and drops nothing: only the judge decides. */
function quietModel(): EventModel {
  return { threshold: 0.99, floor: 0, types: new Map([['bias', Float64Array.from(PLOVER_TYPES.map(() => -9))]]), sides: new Map() };
}

function eventsOf(text: string, entities: TestEntity[], judge?: EventJudge): KhabarEvent[] {
  const doc = docWithEntities(lexicons, text, entities);
  createEventsStage(lexicons, lexicons.report!.eventPatterns, { model: quietModel(), ...(judge ? { judge } : {}) }).run(doc);
  expect(checkDoc(doc)).toEqual([]);
  return (doc.layers.events ?? []) as KhabarEvent[];
}

describe('the judgement of each event', () => {
  it('drops a table event the judge finds unlikely, by what it reads of that event alone', () => {
    expect(eventsOf(MEETING, [minister, turkey]).map((e) => e.type)).toEqual(['CONSULT']);
    const sure: EventJudge = { threshold: 0.5, weights: new Map([['bias', 2]]) };
    expect(eventsOf(MEETING, [minister, turkey], sure).map((e) => e.type)).toEqual(['CONSULT']);
    const doubtsMeetings: EventJudge = { threshold: 0.5, weights: new Map([['bias', 2], ['ty:CONSULT|t', -5]]) };
    expect(eventsOf(MEETING, [minister, turkey], doubtsMeetings)).toEqual([]);
    const doubtsThreats: EventJudge = { threshold: 0.5, weights: new Map([['bias', 2], ['ty:THREATEN|t', -5]]) };
    expect(eventsOf(MEETING, [minister, turkey], doubtsThreats).map((e) => e.type)).toEqual(['CONSULT']);
  });

  it('reads an event\'s trigger, sides, modality and how many events of its type and pair the paragraph has', () => {
    const doc = docWithEntities(lexicons, MEETING, [minister, turkey]);
    const [p] = paragraphFacts(sentenceView(doc), []);
    const features = judgeFeatures(p, { type: 'CONSULT' as PloverType, actor: 'IRN', recipient: 'TUR', inferred: false, lemma: 'دیدار کرد', modality: 'asserted', quote: false, actorNamed: true, recipientNamed: true, actorSector: 'GOV', recipientSector: 'GOV' }, 0.35, ['IRN', 'TUR'], 2, 1, 'IRN');
    expect(features).toEqual(expect.arrayContaining(['src:t', 'ty:CONSULT|t', 'p:0.3', 'rk:both|t', 'ab:homeX', 'n:2|t', 'dup:1', 'lem:دیدار کرد|CONSULT', 'mod:asserted', 'q:false', 'as:GOV']));
    // and pairs of them with the type: the ranker agreeing on a table meeting, both sides named, a quoted or unquoted act
    expect(features).toEqual(expect.arrayContaining(['rk:both|CONSULT|t', 'ab:homeX|both', 'nb:truetrue|CONSULT', 'mq:asserted|false|CONSULT', 'sec:GOV>GOV|CONSULT', 'dup:1|CONSULT']));
    const other = judgeFeatures(p, { type: 'CONSULT' as PloverType, actor: 'TUR', recipient: null, inferred: true, actorNamed: true, recipientNamed: false }, 0.6, ['IRN', 'TUR'], 1, 1, 'IRN');
    expect(other).toEqual(expect.arrayContaining(['src:m', 'rk:none|m', 'ab:Xnull', 'bn:false']));
    expect(other.some((f) => f.startsWith('mod:'))).toBe(false);
  });

  it('reads the word a model\'s event points at: how its clause holds it (its own verb, a verb of saying, none), that verb\'s modality, whether the sides are named in its sentence', () => {
    const shapes = (text: string): string[] => {
      const doc = docWithEntities(lexicons, text, []);
      const [p] = paragraphFacts(sentenceView(doc), []);
      return p.keyed.map((k) => `${k.key}:${k.shape}:${k.modality}`);
    };
    expect(shapes('دو همسایه پیمان همکاری را امضا کردند.')).toEqual(expect.arrayContaining(['پیمان:later:asserted', 'امضا:light:asserted', 'امضا_کرد:own:asserted']));
    expect(shapes('سخنگوی دولت از درخواست تازه همسایه خبر داد.')).toEqual(expect.arrayContaining(['درخواست:said:asserted']));
    expect(shapes('نشست سالانه سران منطقه در پایتخت')).toEqual(expect.arrayContaining(['نشست:none:asserted']));
    expect(shapes('اگر مرزبانان به روستا حمله کنند پاسخ سختی خواهند گرفت.')).toEqual(expect.arrayContaining(['حمله:light:hypothetical']));
    expect(shapes('مرزبانان به روستا حمله نکردند.')).toEqual(expect.arrayContaining(['حمله_کرد:own:negated']));
    const doc = docWithEntities(lexicons, 'سخنگوی دولت از درخواست تازه همسایه خبر داد.', []);
    const [p] = paragraphFacts(sentenceView(doc), []);
    const word = p.keyed.find((k) => k.key === 'درخواست') as KeyedWord;
    const told = judgedEvent({ type: 'REQUEST', inferred: true, modality: 'asserted', trigger: { start: 0, end: 0, lemma: '' } }, p, word);
    const features = judgeFeatures(p, told, 0.5, [null, null], 1, 1, 'IRN');
    expect(features).toEqual(expect.arrayContaining(['lem:درخواست|REQUEST', 'kw:said', 'kw:said|REQUEST', 'km:asserted']));
    const iraq: TestEntity = { id: 'e4', type: 'LOC', canonical: 'عراق', mentions: [{ text: 'عراق' }], attributes: { subtype: 'country', country: 'IRQ' } };
    const turkeyCountry: TestEntity = { id: 'e5', type: 'LOC', canonical: 'ترکیه', mentions: [{ text: 'ترکیه' }], attributes: { subtype: 'country', country: 'TUR' } };
    const two = docWithEntities(lexicons, 'ترکیه امروز نشستی فوری برگزار کرد. سخنگوی دولت از درخواست تازه عراق خبر داد.', [iraq, turkeyCountry]);
    const [q] = paragraphFacts(sentenceView(two), []);
    const asked = q.keyed.find((k) => k.key === 'درخواست') as KeyedWord;
    const sides = (actor: string, recipient: string): string[] => judgeFeatures(q, judgedEvent({ type: 'REQUEST', actor: { country: actor }, recipient: { country: recipient }, inferred: true, modality: 'asserted', trigger: { start: 0, end: 0, lemma: '' } }, q, asked), 0.5, [null, null], 1, 1, 'IRN');
    expect(sides('TUR', 'IRQ')).toEqual(expect.arrayContaining(['ks:ny', 'ks:ny|REQUEST', 'kt:false', 'kq:false', 'rd:false|REQUEST']));
    expect(sides('IRQ', 'TUR')).toContain('ks:yn');
    const table = judgeFeatures(p, judgedEvent({ type: 'REQUEST', modality: 'asserted', trigger: { start: 0, end: 0, lemma: 'درخواست' } }, p), 0.5, [null, null], 1, 1, 'IRN');
    expect(table.some((f) => /^k[wmstq]:/.test(f))).toBe(false);
  });

  it('keeps an alternative with the ranker\'s pair in place of a table event only where it is likelier and above the threshold', () => {
    // events 0 and 1, then an alternative to 0 and one to 1
    expect(judgeDecisions([0.6, 0.3, 0.7, 0.2], [undefined, undefined, 0, 1], 0.5)).toEqual([false, false, true, false]);
    expect(judgeDecisions([0.6, 0.3, 0.55, 0.55], [undefined, undefined, 0, 1], 0.5)).toEqual([true, false, false, true]);
    expect(judgeDecisions([0.9, 0.1], [undefined, 0], 0.5)).toEqual([true, false]);
  });

  it('replaces a table event by its alternative the judge prefers: the same trigger and span, the ranker\'s sides', () => {
    // the quiet model's ranker has no weights: it puts the first pair, no actor and no recipient, first
    const [kept] = eventsOf(MEETING, [minister, turkey], { threshold: 0.5, weights: new Map([['bias', 2]]) });
    expect([kept.actor?.country, kept.recipient?.country]).toEqual(['IRN', 'TUR']);
    const prefersRanker: EventJudge = { threshold: 0.5, weights: new Map([['bias', 2], ['alt:both', 1]]) };
    const [replaced, ...more] = eventsOf(MEETING, [minister, turkey], prefersRanker);
    expect(more).toEqual([]);
    expect(replaced).toMatchObject({ type: 'CONSULT', trigger: kept.trigger, start: kept.start, end: kept.end });
    expect([replaced.actor, replaced.recipient]).toEqual([undefined, undefined]);
  });

  it('writes and reads back its file, and refuses a malformed line', () => {
    const judge: EventJudge = { threshold: 0.2, weights: new Map([['bias', 0.5], ['lem:دیدار کرد|CONSULT', -1.25], ['tiny', 0.00001]]) };
    const text = formatEventJudge(judge, ['a note']);
    expect(text).toBe('# a note\nthreshold\t0.2\nbias\t0.5\nlem:دیدار کرد|CONSULT\t-1.25\n');
    expect(parseEventJudge(text)).toEqual({ threshold: 0.2, weights: new Map([['bias', 0.5], ['lem:دیدار کرد|CONSULT', -1.25]]) });
    expect(() => parseEventJudge('bias\tmany\n')).toThrow(KhabarError);
    expect(() => parseEventJudge('bias\n')).toThrow(KhabarError);
  });
});

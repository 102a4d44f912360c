import { describe, expect, it } from 'vitest';
import { checkDoc } from '../../doc/invariants.js';
import { loadLexicons } from '../../lexicon/load.js';
import { docWithEntities, type TestEntity } from '../clauses/test-doc.js';
import type { KhabarEvent } from './event-layer.js';
import { createEventsStage } from './events-stage.js';

// Families of triggers added in round 10 of the pattern table, and the ways of reading them (noun endings on a
// gap row's head or a phrase's first word, a preverb put back, the copula as بود), one sentence each.

const lexicons = loadLexicons();
const stage = createEventsStage(lexicons, lexicons.report!.eventPatterns);

const minister: TestEntity = { id: 'e1', type: 'PER', canonical: 'مینا رستمی', mentions: [{ text: 'مینا رستمی' }], attributes: { country: 'IRN', roles: [{ role: 'وزیر امور خارجه', country: 'IRN' }] } };
const counterpart: TestEntity = { id: 'e2', type: 'PER', canonical: 'کمال آیدین', mentions: [{ text: 'همتای ترکیه‌ای' }], attributes: { country: 'TUR', roles: [{ role: 'وزیر امور خارجه', country: 'TUR' }] } };
const country = (id: string, name: string, code: string): TestEntity => ({ id, type: 'LOC', canonical: name, mentions: [{ text: name }], attributes: { subtype: 'country', country: code } });
const russia = country('e3', 'روسیه', 'RUS');
const usa = country('e4', 'آمریکا', 'USA');
const lebanon = country('e5', 'لبنان', 'LBN');
const turkey = country('e6', 'ترکیه', 'TUR');
const iran = country('e7', 'ایران', 'IRN');
const army: TestEntity = { id: 'e8', type: 'ORG', canonical: 'ارتش اسرائیل', mentions: [{ text: 'ارتش اسرائیل' }], attributes: { subtype: 'military', country: 'ISR' } };

function eventsOf(text: string, entities: TestEntity[]): KhabarEvent[] {
  const doc = docWithEntities(lexicons, text, entities);
  stage.run(doc);
  expect(checkDoc(doc)).toEqual([]);
  return (doc.layers.events ?? []) as KhabarEvent[];
}

/** Each event as `type actor→recipient` (countries). */
function coded(events: KhabarEvent[]): string[] {
  return events.map((e) => `${e.type} ${e.actor?.country ?? '-'}→${e.recipient?.country ?? '-'}`);
}

describe('trigger coverage, events round 10', () => {
  it.each([
    ['a message conveyed is a consultation', 'مینا رستمی پیام روسیه را به همتای ترکیه‌ای منتقل کرد.', [minister, counterpart, russia], 'CONSULT IRN→TUR'],
    ['an act called by a head word with an indefinite ending (تهدیدی for تهدید * خواند)', 'مینا رستمی حضور ناوگان آمریکا را تهدیدی برای امنیت منطقه توصیف کرد.', [minister, usa], 'ACCUSE IRN→USA'],
    ['an act called theft', 'مینا رستمی تحریم‌های آمریکا را «دزدی آشکار» خواند.', [minister, usa], 'ACCUSE IRN→USA'],
    ['a charge called unfair is rejected, not an accusation: the object wins over the predicate', 'مینا رستمی اتهامات روسیه را «غیرمنصفانه» خواند.', [minister, russia], 'REJECT IRN→RUS'],
    ['a participle of rejection before anything rejected (با رد)', 'مینا رستمی با رد هرگونه حضور نظامی روسیه در منطقه گفت که گفت‌وگو ادامه دارد.', [minister, russia], 'REJECT IRN→RUS'],
    ['a warning in formal register (برحذر داشت)', 'آمریکا روسیه را از ارسال سلاح به منطقه برحذر داشت.', [usa, russia], 'THREATEN USA→RUS'],
    ['a right to respond reserved', 'لبنان حق پاسخ به حملات آمریکا را برای خود محفوظ دانست.', [lebanon, usa], 'THREATEN LBN→USA'],
    ['an extradition asked for', 'مینا رستمی استرداد دو متهم فراری را از ترکیه درخواست کرد.', [minister, turkey], 'REQUEST IRN→TUR'],
    ['cooperation halted is a sanction', 'روسیه همکاری علمی خود با ایران را متوقف کرد.', [russia, iran], 'SANCTION RUS→IRN'],
    ['respect shown is support', 'روسیه به تمامیت ارضی لبنان احترام می‌گذارد.', [russia, lebanon], 'SUPPORT RUS→LBN'],
    ['trade increased is cooperation', 'ترکیه واردات گاز از ایران را افزایش خواهد داد.', [turkey, iran], 'COOPERATE TUR→IRN'],
    ['goods delivered are trade, not aid', 'ایران روزانه ۲۰ میلیون مترمکعب گاز به ترکیه تحویل خواهد داد.', [iran, turkey], 'COOPERATE IRN→TUR'],
    ['a killing read with its preverb put back (درآورده → درآورد)', 'ارتش اسرائیل سه سرباز لبنان را از پای درآورد.', [army, lebanon], 'ASSAULT ISR→LBN'],
    ['a target struck (را هدف گرفت)', 'ارتش اسرائیل مواضع ارتش لبنان را هدف گرفت.', [army, lebanon], 'ASSAULT ISR→LBN'],
    ['an objection to a ruling read with the copula (معترض است) is an appeal', 'روسیه به حکم دادگاه لبنان معترض است.', [russia, lebanon], 'REQUEST RUS→LBN'],
    ['an appeal to a higher court within the legal term', 'مینا رستمی گفت ظرف مهلت قانونی به دادگاه تجدیدنظر اعتراض خواهد کرد.', [minister], 'REQUEST IRN→IRN'],
    ['an appeal to an appeals committee (استیناف) is a request, not a protest', 'مینا رستمی گفت به کمیته استیناف دادگاه ورزش اعتراض خواهد کرد.', [minister], 'REQUEST IRN→IRN'],
    ['an ambassador recalled is a sanction, not a request', 'روسیه سفیر خود را از لبنان فراخواند.', [russia, lebanon], 'SANCTION RUS→LBN'],
    ['a threat to act (تهدید به ... کرد) is read as the threat', 'آمریکا روسیه را تهدید به تحریم کرد.', [usa, russia], 'THREATEN USA→RUS'],
    ['forces withdrawn (نیروهای ... خارج کرد)', 'آمریکا نیروهای خود را از لبنان خارج کرد.', [usa, lebanon], 'RETREAT USA→LBN'],
    ['condolences are support', 'مینا رستمی به همتای ترکیه‌ای تسلیت گفت.', [minister, counterpart], 'SUPPORT IRN→TUR'],
    ['relations strengthened are cooperation', 'ایران روابط اقتصادی خود با روسیه را تقویت کرد.', [iran, russia], 'COOPERATE IRN→RUS'],
    ['a contract finalised', 'قرارداد خرید گندم میان ایران و روسیه نهایی شد.', [iran, russia], 'AGREE IRN→RUS'],
  ])('%s', (_, text, entities, expected) => {
    expect(coded(eventsOf(text, entities as TestEntity[]))).toContain(expected);
  });

  it('reads a joint act whose phrase opens with a plural noun (رزمایش‌های مشترک for =رزمایش مشترک)', () => {
    expect(coded(eventsOf('ایران رزمایش‌های مشترک با روسیه را در دریای خزر آغاز کرد.', [iran, russia]))).toContain('COOPERATE IRN→RUS');
  });

  const hezbollah: TestEntity = { id: 'e9', type: 'ORG', canonical: 'حزب‌الله لبنان', mentions: [{ text: 'حزب‌الله لبنان' }], attributes: { subtype: 'armed-group', country: 'LBN' } };
  const israel = country('e10', 'اسرائیل', 'ISR');

  it.each([
    ['fighters of a movement act as it', 'حزب‌الله لبنان اعلام کرد که رزمندگان این جنبش یک پایگاه نظامی اسرائیل را هدف قرار دادند.', [hezbollah, israel], 'ASSAULT LBN→ISR'],
    ['a country after the nouns and adjectives of the object is their genitive, not the subject', 'حزب‌الله لبنان اعلام کرد که یک پایگاه نظامی اسرائیل در جنوب را هدف قرار داده است.', [hezbollah, israel], 'ASSAULT LBN→ISR'],
    ['a country after the nouns and adjectives that open the clause is the subject\'s own', 'رسانه‌های دولتی روسیه آمریکا را به دخالت متهم کردند.', [russia, usa], 'ACCUSE RUS→USA'],
    ['a side named by no name has no apposition: the body after it is the object', 'حزب‌الله لبنان اعلام کرد که رزمندگان این جنبش پایگاه ارتش اسرائیل را هدف قرار دادند.', [hezbollah, army], 'ASSAULT LBN→ISR'],
  ])('%s', (_, text, entities, expected) => {
    expect(coded(eventsOf(text, entities as TestEntity[]))).toContain(expected);
  });

  it('takes the actor of a clause after که from the saying clause a contrast opens, not from the sentence\'s start', () => {
    const events = eventsOf('ترکیه و آمریکا قصد دارند پیش‌نویس را به رأی بگذارند، اما روسیه اعلام کرده است که به آن رأی منفی خواهد داد.', [turkey, usa, russia]);
    expect(events.map((e) => e.actor?.country)).toContain('RUS');
    expect(events.map((e) => e.actor?.country)).not.toContain('TUR');
  });

  it('does not let a gap row reach across the colon before what is said', () => {
    // `حکم * اعتراض کرد` would join حکم before the colon to the objection after it
    const events = eventsOf('مینا رستمی درباره حکم گفت: روسیه به سیاست‌های آمریکا اعتراض خواهد کرد.', [minister, russia, usa]);
    expect(events.map((e) => e.type)).not.toContain('REQUEST');
  });
});

// Families added in the twentieth session, one sentence each.
describe('trigger coverage, twentieth session', () => {
  const gasCompany: TestEntity = { id: 'e11', type: 'ORG', canonical: 'شرکت ملی گاز ایران', mentions: [{ text: 'شرکت ملی گاز ایران' }], attributes: { country: 'IRN' } };
  const turkmenistan = country('e12', 'ترکمنستان', 'TKM');
  const armenia = country('e13', 'ارمنستان', 'ARM');

  it('reads a gas swap as a cooperation with the gas\'s source and where it goes', () => {
    const events = coded(eventsOf('شرکت ملی گاز ایران از امضای قرارداد سوآپ گاز ترکمنستان به ارمنستان خبر داد.', [gasCompany, turkmenistan, armenia]));
    expect(events).toContain('COOPERATE IRN→TKM');
    expect(events).toContain('COOPERATE IRN→ARM');
  });
});

import { describe, expect, it } from 'vitest';
import { checkDoc } from '../../doc/invariants.js';
import { loadLexicons } from '../../lexicon/load.js';
import { docWithEntities, quotesOver, type TestEntity } from '../clauses/test-doc.js';
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
  doc.layers.quotes = quotesOver(text, quotes, 'گفت');
  stage.run(doc);
  expect(checkDoc(doc)).toEqual([]);
  return (doc.layers.events ?? []) as KhabarEvent[];
}

describe('events', () => {
  it('reads a future whose preverb is glued to the auxiliary (درخواهد آورد) as the preverb verb\'s, planned, and never as a request', () => {
    const events = eventsOf('روسیه همکاری با مینا رستمی را به حالت تعلیق درخواهد آورد.', [russia, iran]);
    expect(events.map((event) => [event.type, event.modality, event.actor?.country, event.recipient?.country])).toEqual([['SANCTION', 'planned', 'RUS', 'IRN']]);
  });

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

  it('reads no verb inside an organization\'s name, even one a longer mention holds', () => {
    const company: TestEntity = { id: 'e9', type: 'ORG', canonical: 'شرکت کشت و صنعت کارون', mentions: [{ text: 'شرکت کشت و صنعت کارون' }], attributes: { country: 'IRN' } };
    const workers: TestEntity = { id: 'e10', type: 'PER', canonical: 'کارگران شرکت کشت و صنعت کارون', mentions: [{ text: 'کارگران شرکت کشت و صنعت کارون', kind: 'role' }], attributes: { country: 'IRN' } };
    const text = 'صدها نفر از کارگران شرکت کشت و صنعت کارون صبح امروز تجمع کردند.';
    expect(eventsOf(text, [company]).map((e) => e.type)).not.toContain('ASSAULT');
    expect(eventsOf(text, [workers, company]).map((e) => e.type)).not.toContain('ASSAULT');
  });

  it('reads a past stem standing as a noun in a noun phrase as no act, and keeps the verb that has its را', () => {
    const iranLoc: TestEntity = { id: 'e9', type: 'LOC', canonical: 'ایران', mentions: [{ text: 'ایران' }], attributes: { subtype: 'country', country: 'IRN' } };
    expect(eventsOf('وزیر کشاورزی ایران گفت فصل کشت پاییزه امسال دیرتر آغاز می‌شود.', [iranLoc]).map((e) => e.type)).not.toContain('ASSAULT');
    // a sentence that ends on the verb with no stop after it (a headline) is read as well
    expect(() => eventsOf('ارتش اسرائیل دو نفر کشت', [army])).not.toThrow();
    expect(eventsOf('فصل کشت', [])).toEqual([]);
    const [killed] = eventsOf('ارتش اسرائیل دو جوان لبنانی را در لبنان کشت.', [army, lebanon]);
    expect(killed).toMatchObject({ type: 'ASSAULT', actor: { country: 'ISR' }, recipient: { country: 'LBN' } });
  });

  it('takes a town struck as the object before را, also after an attack named in a phrase of how', () => {
    const sanaa: TestEntity = { id: 'e9', type: 'LOC', canonical: 'صنعا', mentions: [{ text: 'صنعا' }], attributes: { subtype: 'city', country: 'YEM' } };
    for (const text of ['جنگنده‌های آمریکایی دیشب صنعا را بمباران کردند.', 'جنگنده‌های آمریکایی دیشب با ده حمله هوایی بندر صنعا را هدف قرار دادند.']) {
      const [event] = eventsOf(text, [sanaa]).filter((e) => e.type === 'ASSAULT');
      expect(event).toMatchObject({ actor: { country: 'USA' }, recipient: { country: 'YEM' } });
    }
  });

  it('reads whom a request asks from the subject of its که clause, each of two countries named', () => {
    const france: TestEntity = { id: 'e9', type: 'LOC', canonical: 'فرانسه', mentions: [{ text: 'فرانسه' }], attributes: { subtype: 'country', country: 'FRA' } };
    const america: TestEntity = { ...usa, mentions: [{ text: 'آمریکا' }] };
    const events = eventsOf('مینا رستمی خواستار آن شد که کشورهای ضامن، به‌ویژه آمریکا و فرانسه، به تعهدات خود عمل کنند.', [iran, america, france]);
    expect(events.filter((e) => e.type === 'REQUEST').map((e) => e.recipient?.country)).toEqual(['USA', 'FRA']);
  });

  it('codes an officer of a national security council with his country, not as an international body\'s', () => {
    const secretary: TestEntity = { id: 'e9', type: 'PER', canonical: 'رستم کاوه', mentions: [{ text: 'رستم کاوه' }], attributes: { country: 'UKR', roles: [{ role: 'دبیر', organizationName: 'شورای امنیت ملی و دفاع اوکراین', country: 'UKR' }] } };
    const [event] = eventsOf('رستم کاوه روسیه را به وقت‌کشی متهم کرد.', [secretary, russia]);
    expect(event).toMatchObject({ type: 'ACCUSE', actor: { country: 'UKR', sector: 'GOV' }, recipient: { country: 'RUS' } });
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

  it('reads intelligence put at a foreign service\'s disposal as a contact with it, and nothing else so given', () => {
    const spy: TestEntity = { id: 'e20', type: 'PER', canonical: 'کاوه نیک‌نام', mentions: [{ text: 'کاوه نیک‌نام' }], attributes: { country: 'IRN' } };
    const service: TestEntity = { id: 'e21', type: 'ORG', canonical: 'سازمان اطلاعات روسیه', mentions: [{ text: 'سازمان اطلاعات روسیه' }], attributes: { country: 'RUS' } };
    const sides = (events: KhabarEvent[]) => events.map((e) => [e.type, e.actor?.country, e.recipient?.country]);
    expect(sides(eventsOf('کاوه نیک‌نام نقشه‌های یک پالایشگاه و اطلاعات کارکنان آن را در اختیار سازمان اطلاعات روسیه قرار داده بود.', [spy, service]))).toEqual([['CONSULT', 'IRN', 'RUS']]);
    expect(sides(eventsOf('کاوه نیک‌نام یک خانه در تهران را در اختیار سازمان اطلاعات روسیه قرار داد.', [spy, service]))).toEqual([]);
    // intelligence offered is not given, and a reporter telling of someone unnamed gave nothing
    expect(sides(eventsOf('کاوه نیک‌نام گفت آماده است اطلاعات این پرونده را در اختیار سازمان اطلاعات روسیه قرار دهد.', [spy, service]))).toEqual([]);
    const told = 'این فرد اطلاعات یک پالایشگاه را در اختیار سازمان اطلاعات روسیه قرار داده است';
    expect(sides(eventsOf(`کاوه نیک‌نام گفت ${told}.`, [spy, service], [[told, 'e20']]))).toEqual([]);
  });

  it('reads a failing laid at a side\'s door (ناشی از * دانست) as an accusation of the side in its gap', () => {
    const minister: TestEntity = { id: 'e22', type: 'PER', canonical: 'بهرام کاظمی', mentions: [{ text: 'بهرام کاظمی' }], attributes: { country: 'IRN' } };
    const bank: TestEntity = { id: 'e23', type: 'ORG', canonical: 'بانک مرکزی', mentions: [{ text: 'بانک مرکزی' }], attributes: { country: 'IRN' } };
    const events = eventsOf('بهرام کاظمی کندی پرداخت مطالبات کشاورزان را ناشی از کمبود منابع بانک مرکزی دانست.', [minister, bank]);
    expect(events.map((e) => [e.type, e.actor?.entity, e.recipient?.entity])).toEqual([['ACCUSE', 'e22', 'e23']]);
  });

  it('codes parties named only by a demonym, one event per coordinated party', () => {
    const events = eventsOf('جنگنده‌های آمریکایی و انگلیسی چند منطقه در جنوب لبنان را بمباران کردند.', [lebanon]);
    expect(events.map((e) => [e.type, e.actor?.country, e.recipient?.country])).toEqual([['ASSAULT', 'USA', 'LBN'], ['ASSAULT', 'GBR', 'LBN']]);
  });

  it('codes parties named only by a demonym after an adverbial lead and its comma', () => {
    const events = eventsOf('چند ساعت بعد از این حمله، جنگنده‌های آمریکایی و انگلیسی چند منطقه در جنوب لبنان را بمباران کردند.', [lebanon]);
    expect(events.map((e) => [e.type, e.actor?.country, e.recipient?.country])).toEqual([['ASSAULT', 'USA', 'LBN'], ['ASSAULT', 'GBR', 'LBN']]);
  });

  it('reads دو طرف as both sides of the last meeting', () => {
    const events = eventsOf('مینا رستمی با همتای ترکیه‌ای دیدار کرد. دو طرف درباره تجارت مرزی رایزنی کردند.', [iran, turkey]);
    expect(events.map((e) => [e.type, e.actor?.country, e.recipient?.country])).toEqual([['CONSULT', 'IRN', 'TUR'], ['CONSULT', 'IRN', 'TUR']]);
  });

  it('puts first the side of دو طرف that tells it, else the home country', () => {
    const aydin = (times: number): TestEntity => ({ id: 'e2b', type: 'PER', canonical: 'کمال آیدین', mentions: Array.from({ length: times }, (_, nth) => ({ text: 'کمال آیدین', nth })), attributes: { country: 'TUR', roles: [{ role: 'وزیر امور خارجه', country: 'TUR' }] } });
    const acts = (text: string, times: number): unknown[] => eventsOf(text, [iran, aydin(times)]).filter((e) => e.type === 'AGREE').map((e) => [e.actor?.country, e.recipient?.country]);
    expect(acts('مینا رستمی با کمال آیدین دیدار کرد. کمال آیدین گفت که دو طرف درباره تجارت مرزی توافق کردند.', 2)).toEqual([['TUR', 'IRN']]);
    expect(acts('مینا رستمی با کمال آیدین دیدار کرد. دو طرف درباره تجارت مرزی توافق کردند.', 1)).toEqual([['IRN', 'TUR']]);
  });

  it('reads noun phrases that name their author after the noun, and only those', () => {
    expect(eventsOf('مینا رستمی از حمایت روسیه از لبنان سخن گفت.', [iran, russia, lebanon]).map((e) => [e.type, e.actor?.country, e.recipient?.country])).toEqual([['SUPPORT', 'RUS', 'LBN']]);
    expect(eventsOf('مینا رستمی گفت حمله به لبنان ادامه دارد.', [iran, lebanon])).toEqual([]);
  });

  it('reads one of a country\'s drones, told by the other side, as that country attacking', () => {
    const lebaneseArmy: TestEntity = { id: 'e4b', type: 'ORG', canonical: 'ارتش لبنان', mentions: [{ text: 'ارتش لبنان' }], attributes: { subtype: 'military', country: 'LBN' } };
    const attacks = (text: string): unknown[] => eventsOf(text, [lebaneseArmy]).filter((e) => e.type === 'ASSAULT').map((e) => [e.actor?.country, e.recipient?.country]);
    expect(attacks('ارتش لبنان اعلام کرد که یکی از پهپادهای اسرائیلی یک خودروی امدادی را هدف قرار داد.')).toEqual([['ISR', 'LBN']]);
    expect(attacks('ارتش لبنان اعلام کرد که یک پهپاد اسرائیلی یک خودروی امدادی را هدف قرار داد.')).toEqual([['ISR', 'LBN']]);
    // what is said with no که after the verb of saying is a clause of its own
    expect(attacks('ارتش لبنان اعلام کرد یک پهپاد اسرائیلی یک خودروی امدادی را هدف قرار داد.')).toEqual([['ISR', 'LBN']]);
  });

  it('reads an attack told by a source, with no subject of its own named, as the last attacker\'s, not the source\'s', () => {
    const sources: TestEntity = { id: 'e4c', type: 'PER', canonical: 'منابع محلی', mentions: [{ text: 'منابع محلی' }], attributes: { country: 'LBN' } };
    const said = 'حملات هوایی خانه‌هایی در حومه شهر را هدف قرار داد';
    const events = eventsOf(`ارتش اسرائیل به لبنان حمله کرد. به گفته منابع محلی، ${said}.`, [army, lebanon, sources], [[said, 'e4c']]);
    expect(events.filter((e) => e.type === 'ASSAULT').map((e) => e.actor?.country)).toEqual(['ISR', 'ISR']);
  });

  it('takes the subject of what a news agency tells, not the agency, as the actor', () => {
    const reuters: TestEntity = { id: 'e4d', type: 'ORG', canonical: 'رویترز', mentions: [{ text: 'رویترز' }], attributes: { subtype: 'news-agency', country: 'GBR' } };
    const france: TestEntity = { id: 'e4e', type: 'LOC', canonical: 'فرانسه', mentions: [{ text: 'فرانسه' }], attributes: { subtype: 'country', country: 'FRA' } };
    const iranState: TestEntity = { id: 'e4f', type: 'LOC', canonical: 'ایران', mentions: [{ text: 'ایران' }], attributes: { subtype: 'country', country: 'IRN' } };
    const events = eventsOf('رویترز نوشت که فرانسه پیش‌نویس قطعنامه‌ای را آماده کرده است که ایران را به نقض تعهدات متهم می‌کند.', [reuters, france, iranState]);
    expect(events.filter((e) => e.type === 'ACCUSE').map((e) => [e.actor?.country, e.recipient?.country])).toEqual([['FRA', 'IRN']]);
  });

  it('aims a state\'s threat at the international body its words after the verb name before any other state', () => {
    const troika: TestEntity = { id: 'e4g', type: 'ORG', canonical: 'تروئیکای اروپایی', mentions: [{ text: 'تروئیکای اروپایی' }], attributes: { subtype: 'international' } };
    const france: TestEntity = { id: 'e4h', type: 'LOC', canonical: 'فرانسه', mentions: [{ text: 'فرانسه' }], attributes: { subtype: 'country', country: 'FRA' } };
    const threats = (text: string, entities: TestEntity[]): unknown[] => eventsOf(text, [iran, ...entities]).filter((e) => e.type === 'THREATEN').map((e) => e.recipient?.entity ?? e.recipient?.country ?? null);
    expect(threats('مینا رستمی اظهارات وزیر خارجه فرانسه را مداخله‌جویانه خواند و هشدار داد که هرگونه اقدام تروئیکای اروپایی برای فعال‌سازی سازوکار ماشه پاسخ داده خواهد شد.', [france, troika])).toEqual(['e4g']);
  });

  it('reads a bare دولت of no country as the government of the country the report is about', () => {
    const speaker: TestEntity = { id: 'e4i', type: 'PER', canonical: 'محمدباقر قالیباف', mentions: [{ text: 'محمدباقر قالیباف' }], attributes: { country: 'IRN' } };
    const government: TestEntity = { id: 'e4j', type: 'LOC', canonical: 'دولت', mentions: [{ text: 'دولت' }], attributes: {} };
    const events = eventsOf('محمدباقر قالیباف از دولت خواست اعتبارات طرح‌های عمرانی را زودتر تخصیص دهد.', [speaker, government]);
    expect(events.filter((e) => e.type === 'REQUEST').map((e) => [e.actor?.country, e.recipient?.entity, e.recipient?.country])).toEqual([['IRN', 'e4j', 'IRN']]);
  });

  it('asks the body a letter is addressed to, past the letter\'s adjective', () => {
    const club: TestEntity = { id: 'e4k', type: 'ORG', canonical: 'باشگاه پرسپولیس', mentions: [{ text: 'باشگاه پرسپولیس' }], attributes: { country: 'IRN' } };
    const afc: TestEntity = { id: 'e4l', type: 'ORG', canonical: 'کنفدراسیون فوتبال آسیا', mentions: [{ text: 'کنفدراسیون فوتبال آسیا' }], attributes: { subtype: 'international' } };
    const asked = (text: string): unknown[] => eventsOf(text, [club, afc]).filter((e) => e.type === 'REQUEST').map((e) => e.recipient?.entity ?? e.recipient?.country ?? null);
    expect(asked('باشگاه پرسپولیس در نامه‌ای رسمی به کنفدراسیون فوتبال آسیا خواستار بازگشت این دیدار به تهران شد.')).toEqual(['e4l']);
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

  it('reads a reply or counter-measures a side will meet (با واکنش/اقدامات متقابل ... روبرو/مواجه خواهد شد) as a threat to it', () => {
    const reply = 'مینا رستمی گفت: هرگونه تعرض روسیه به آب‌های ما با واکنش سخت ما روبرو خواهد شد.';
    const replied = eventsOf(reply, [iran, russia], [['هرگونه تعرض روسیه به آب‌های ما با واکنش سخت ما روبرو خواهد شد', 'e1']]);
    expect(replied.map((e) => [e.type, e.actor?.country, e.recipient?.country])).toContainEqual(['THREATEN', 'IRN', 'RUS']);
    const measures = 'مینا رستمی گفت: روسیه در صورت ادامه این سیاست با اقدامات متقابل مواجه خواهد شد.';
    const measured = eventsOf(measures, [iran, russia], [['روسیه در صورت ادامه این سیاست با اقدامات متقابل مواجه خواهد شد', 'e1']]);
    expect(measured.map((e) => [e.type, e.actor?.country, e.recipient?.country, e.modality])).toContainEqual(['SANCTION', 'IRN', 'RUS', 'hypothetical']);
    const points = 'مینا رستمی گفت: روسیه در صورت تکرار این تخلف با کسر امتیاز روبرو خواهد شد.';
    const deducted = eventsOf(points, [iran, russia], [['روسیه در صورت تکرار این تخلف با کسر امتیاز روبرو خواهد شد', 'e1']]);
    expect(deducted.map((e) => [e.type, e.actor?.country, e.recipient?.country, e.modality])).toContainEqual(['COERCE', 'IRN', 'RUS', 'hypothetical']);
  });

  it('reads a price a side will pay (بهای سنگینی خواهند پرداخت) as a threat to it, and a price paid as none', () => {
    const price = 'مینا رستمی گفت: روسیه بهای سنگینی برای این اقدام خواهد پرداخت.';
    const threatened = eventsOf(price, [iran, russia], [['روسیه بهای سنگینی برای این اقدام خواهد پرداخت', 'e1']]);
    expect(threatened.map((e) => [e.type, e.actor?.country, e.recipient?.country])).toContainEqual(['THREATEN', 'IRN', 'RUS']);
    const paid = 'مینا رستمی گفت: روسیه بهای سنگینی برای این اقدام پرداخت.';
    expect(eventsOf(paid, [iran, russia], [['روسیه بهای سنگینی برای این اقدام پرداخت', 'e1']]).map((e) => e.type)).not.toContain('THREATEN');
  });

  it('reads a reply promised to an attack as a hypothetical attack as well as a threat', () => {
    const text = 'مینا رستمی گفت: اگر روسیه به نیروهای ما حمله کند، پاسخ قاطع خواهیم داد.';
    const events = eventsOf(text, [iran, russia], [['اگر روسیه به نیروهای ما حمله کند، پاسخ قاطع خواهیم داد', 'e1']]);
    expect(events.map((e) => [e.type, e.actor?.country, e.recipient?.country, e.modality])).toContainEqual(['ASSAULT', 'IRN', 'RUS', 'hypothetical']);
    expect(events.map((e) => e.type)).toContain('THREATEN');
  });

  it('reads a protest promised under a condition as a hypothetical protest', () => {
    const text = 'مینا رستمی گفت: اگر تا پایان هفته پاسخی نگیریم، اعتصاب به همه استان‌ها گسترش پیدا می‌کند.';
    const events = eventsOf(text, [iran], [['اگر تا پایان هفته پاسخی نگیریم، اعتصاب به همه استان‌ها گسترش پیدا می‌کند', 'e1']]);
    expect(events.map((e) => [e.type, e.actor?.country, e.recipient?.country, e.modality])).toContainEqual(['PROTEST', 'IRN', 'IRN', 'hypothetical']);
    const calm = 'مینا رستمی گفت: اگر تا پایان هفته پاسخی نگیریم، مذاکرات را متوقف می‌کنیم.';
    expect(eventsOf(calm, [iran], [['اگر تا پایان هفته پاسخی نگیریم، مذاکرات را متوقف می‌کنیم', 'e1']]).filter((e) => e.type === 'PROTEST')).toEqual([]);
  });

  it('makes the speaker the author of `ما` after a noun of an act', () => {
    const text = 'مینا رستمی گفت: همکاری‌های دفاعی ما با روسیه علیه هیچ کشوری نیست.';
    const events = eventsOf(text, [iran, russia], [['همکاری‌های دفاعی ما با روسیه علیه هیچ کشوری نیست', 'e1']]);
    expect(events.map((e) => [e.type, e.actor?.country, e.recipient?.country])).toEqual([['COOPERATE', 'IRN', 'RUS']]);
    expect(eventsOf('همکاری‌های دفاعی ما با روسیه علیه هیچ کشوری نیست.', [russia]).filter((e) => e.type === 'COOPERATE')).toEqual([]);
  });

  it('aims an act at a list of three countries as one side with no country when the report names them as a bloc', () => {
    const france: TestEntity = { id: 'e30', type: 'LOC', canonical: 'فرانسه', mentions: [{ text: 'فرانسه' }], attributes: { subtype: 'country', country: 'FRA' } };
    const germany: TestEntity = { id: 'e31', type: 'LOC', canonical: 'آلمان', mentions: [{ text: 'آلمان' }], attributes: { subtype: 'country', country: 'DEU' } };
    const text = 'روسیه فرانسه، آلمان و لبنان را به نقض تعهدات متهم کرد. این سه کشور اروپایی هنوز پاسخی نداده‌اند.';
    expect(eventsOf(text, [russia, france, germany, lebanon]).map((e) => [e.type, e.actor?.country, e.recipient?.country])).toEqual([['ACCUSE', 'RUS', undefined]]);
    // named as no bloc, each is a side of its own
    const alone = 'روسیه فرانسه، آلمان و لبنان را به نقض تعهدات متهم کرد.';
    expect(eventsOf(alone, [russia, france, germany, lebanon]).map((e) => e.recipient?.country)).toEqual(['FRA', 'DEU', 'LBN']);
    // two countries stay two sides
    expect(eventsOf('روسیه آلمان و لبنان را به نقض تعهدات متهم کرد.', [russia, germany, lebanon]).map((e) => e.recipient?.country)).toEqual(['DEU', 'LBN']);
  });

  it('reads the author of a noun the entity stage glued to the name after it', () => {
    const glued: TestEntity = { id: 'e32', type: 'ORG', canonical: 'دعوای جمهوری لبنان', mentions: [{ text: 'دعوای جمهوری لبنان' }], attributes: { country: 'LBN' } };
    const text = 'دیوان امروز رسیدگی به دعوای جمهوری لبنان علیه روسیه را آغاز کرد.';
    expect(eventsOf(text, [glued, russia]).map((e) => [e.type, e.actor?.country, e.recipient?.country])).toEqual([['ACCUSE', 'LBN', 'RUS']]);
  });

  it('aims a threat at a side of its own paragraph, else at home for an actor at home', () => {
    const sweden: TestEntity = { id: 'e33', type: 'ORG', canonical: 'وزارت خارجه سوئد', mentions: [{ text: 'وزارت خارجه سوئد' }], attributes: { country: 'SWE' } };
    const text = 'وزارت خارجه سوئد در بیانیه‌ای این حکم را رد کرد.\nمینا رستمی هشدار داد که دستگاه قضا با هر کس که معیشت مردم را تهدید کند، برخورد خواهد کرد.';
    expect(eventsOf(text, [sweden, iran]).find((e) => e.type === 'THREATEN')).toMatchObject({ actor: { country: 'IRN' }, recipient: { country: 'IRN' } });
    // within the paragraph the other side is still found
    const one = 'وزارت خارجه سوئد در بیانیه‌ای این حکم را رد کرد. مینا رستمی هشدار داد که این وضع ادامه نخواهد یافت.';
    expect(eventsOf(one, [sweden, iran]).find((e) => e.type === 'THREATEN')).toMatchObject({ recipient: { country: 'SWE' } });
  });

  it('takes no subject after the object\'s را', () => {
    const text = 'وزارت خزانه‌داری اعلام کرد که دو شرکت مستقر در لبنان را به اتهام انتقال محموله‌های نفت روسیه به فهرست تحریم‌ها افزوده است.';
    const treasury: TestEntity = { id: 'e34', type: 'ORG', canonical: 'وزارت خزانه‌داری', mentions: [{ text: 'وزارت خزانه‌داری' }], attributes: { country: 'USA' } };
    expect(eventsOf(text, [treasury, lebanon, russia]).map((e) => [e.type, e.actor?.country, e.recipient?.country])).toEqual([['SANCTION', 'USA', 'LBN']]);
  });

  it('reads firms sanctioned in two countries as one sanction per country, never the sanctioning country', () => {
    const treasury: TestEntity = { id: 'e34', type: 'ORG', canonical: 'وزارت خزانه‌داری', mentions: [{ text: 'وزارت خزانه‌داری' }], attributes: { country: 'USA' } };
    const text = 'وزارت خزانه‌داری دیروز یک بانک خصوصی در لبنان و سه شرکت بیمه ثبت‌شده در روسیه و آمریکا را تحریم کرد.';
    const america: TestEntity = { id: 'e8', type: 'LOC', canonical: 'آمریکا', mentions: [{ text: 'آمریکا' }], attributes: { subtype: 'country', country: 'USA' } };
    const sides = eventsOf(text, [treasury, lebanon, russia, america]).map((e) => [e.type, e.actor?.country, e.recipient?.country]);
    expect(sides).toEqual([['SANCTION', 'USA', 'LBN'], ['SANCTION', 'USA', 'RUS']]);
  });

  it('reads خواستار as a request however long what is asked, and its verb\'s negation when near', () => {
    const long = 'مینا رستمی خواستار توقف جنگ و آغاز مذاکرات میان طرفین درگیری با میانجیگری کشورهای منطقه و نهادهای بین‌المللی شد.';
    expect(eventsOf(long, [iran]).map((e) => [e.type, e.actor?.country, e.modality])).toEqual([['REQUEST', 'IRN', 'asserted']]);
    expect(eventsOf('مینا رستمی خواستار توقف جنگ در لبنان نشد.', [iran, lebanon]).map((e) => [e.type, e.modality])).toEqual([['REQUEST', 'negated']]);
  });

  it('lets the protesters demand what they protest for', () => {
    const text = 'صدها نفر از بازنشستگان با تجمع مقابل ساختمان مجلس، خواستار اجرای کامل قانون همسان‌سازی حقوق و افزایش مستمری متناسب با نرخ تورم شدند.';
    expect(eventsOf(text, []).map((e) => [e.type, e.actor?.country])).toContainEqual(['REQUEST', 'IRN']);
  });

  it('takes the agent of a passive after از سوی, and reads no aid in arms handed to own forces', () => {
    const text = 'محموله‌ای شامل ۵۰ هزار کیت تشخیص هفته آینده از سوی روسیه به لبنان تحویل داده می‌شود.';
    expect(eventsOf(text, [russia, lebanon]).map((e) => [e.type, e.actor?.country, e.recipient?.country])).toEqual([['AID', 'RUS', 'LBN']]);
    const airDefence: TestEntity = { id: 'e35', type: 'ORG', canonical: 'قرارگاه پدافند هوایی', mentions: [{ text: 'قرارگاه پدافند هوایی' }], attributes: { subtype: 'military', country: 'RUS' } };
    expect(eventsOf('سامانه‌های جدید از سوی روسیه به قرارگاه پدافند هوایی تحویل داده شد.', [russia, airDefence]).filter((e) => e.type === 'AID')).toEqual([]);
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

  const iraq: TestEntity = { id: 'e9', type: 'LOC', canonical: 'عراق', mentions: [{ text: 'عراق' }], attributes: { subtype: 'country', country: 'IRQ' } };
  const china: TestEntity = { id: 'e10', type: 'LOC', canonical: 'چین', mentions: [{ text: 'چین' }], attributes: { subtype: 'country', country: 'CHN' } };
  const sides = (events: KhabarEvent[]) => events.map((e) => [e.type, e.actor?.country, e.recipient?.country]);

  it('reads an act announced with از ... خبر داد: the announcer acts, each other country in the phrase receives', () => {
    const text = 'مینا رستمی از امضای قرارداد انتقال برق روسیه به عراق خبر داد.';
    expect(sides(eventsOf(text, [iran, russia, iraq]))).toEqual([['AGREE', 'IRN', 'RUS'], ['AGREE', 'IRN', 'IRQ']]);
    // the same noun not announced is no event (`با امضای ۴۰ نماینده`)
    expect(eventsOf('طرح با امضای روسیه و عراق به مجلس رسید.', [russia, iraq])).toEqual([]);
  });

  it('reads an act done together with every other country of the sentence', () => {
    const text = 'رزمایش دریایی مشترک با حضور ناوگان‌های روسیه و چین و ایران آغاز شد.';
    const events = eventsOf(text, [russia, china, { id: 'e11', type: 'LOC', canonical: 'ایران', mentions: [{ text: 'ایران' }], attributes: { subtype: 'country', country: 'IRN' } }]);
    expect(sides(events)).toEqual([['COOPERATE', 'RUS', 'CHN'], ['COOPERATE', 'RUS', 'IRN']]);
  });

  it('shares a light verb left out before و with the next compound', () => {
    const text = 'روسیه سفیر لبنان را احضار و اعتراض خود را به او ابلاغ کرد.';
    expect(sides(eventsOf(text, [russia, lebanon]))).toEqual([['ACCUSE', 'RUS', 'LBN']]);
  });

  it('takes the subject inside the quote a verb sits in', () => {
    const text = 'مینا رستمی گفت: «روسیه حمله به لبنان را محکوم می‌کند.»';
    const events = eventsOf(text, [iran, russia, lebanon], [['روسیه حمله به لبنان را محکوم می‌کند.', 'e1']]);
    expect(events.find((e) => e.type === 'ACCUSE')?.actor?.country).toBe('RUS');
  });

  it('reads the passive and the formal light verbs of the table\'s rows', () => {
    expect(sides(eventsOf('روسیه توسط اتحادیه اروپا تحریم شد.', [russia]))).toEqual([]);
    expect(sides(eventsOf('ارتش اسرائیل دو شهروند لبنان را بازداشت نمود.', [army, lebanon]))).toEqual([['COERCE', 'ISR', 'LBN']]);
    expect(sides(eventsOf('روسیه توسط ارتش اسرائیل تحریم شد.', [russia, army]))).toEqual([['SANCTION', 'ISR', 'RUS']]);
  });

  it('reads a team sent with relief as aid, troops as a deployment', () => {
    expect(sides(eventsOf('روسیه تیم‌های امدادی را به لبنان اعزام کرد.', [russia, lebanon]))).toEqual([['AID', 'RUS', 'LBN']]);
    expect(sides(eventsOf('روسیه نیروهای ویژه را به لبنان اعزام کرد.', [russia, lebanon]))).toEqual([['MOBILIZE', 'RUS', undefined]]);
  });

  it('takes where forces are sent for no recipient of a deployment, and keeps it for aid', () => {
    expect(sides(eventsOf('روسیه شش بمب‌افکن را برای بازدارندگی به لبنان اعزام کرده است.', [russia, lebanon]))).toEqual([['MOBILIZE', 'RUS', undefined]]);
    expect(sides(eventsOf('روسیه محموله‌ای دارویی به لبنان ارسال کرد.', [russia, lebanon]))).toEqual([['AID', 'RUS', 'LBN']]);
  });

  it('gives an agreement signed with no side named the sides of the last meeting', () => {
    const events = eventsOf('مینا رستمی با همتای ترکیه‌ای خود دیدار کرد. سند همکاری بلندمدت در این سفر امضا نشد.', [iran, turkey]);
    expect(events.find((e) => e.type === 'AGREE')).toMatchObject({ modality: 'negated', actor: { country: 'IRN' }, recipient: { country: 'TUR' } });
    expect(eventsOf('سند همکاری بلندمدت در این سفر امضا نشد.', []).filter((e) => e.type === 'AGREE')).toEqual([]);
  });

  it('reads سپاه and امیر in a body\'s name as words: a football club named سپاهان is no armed force', () => {
    const club: TestEntity = { id: 'e6', type: 'ORG', canonical: 'باشگاه سپاهان', mentions: [{ text: 'باشگاه سپاهان' }], attributes: { country: 'IRN' } };
    const corps: TestEntity = { id: 'e6', type: 'ORG', canonical: 'سپاه پاسداران', mentions: [{ text: 'سپاه پاسداران' }], attributes: { country: 'IRN' } };
    expect(eventsOf('باشگاه سپاهان از ترکیه درخواست کرد که دیدار را به تعویق بیندازد.', [club]).map((e) => [e.type, e.actor?.country, e.actor?.sector ?? null])).toEqual([['REQUEST', 'IRN', null]]);
    expect(eventsOf('سپاه پاسداران از ترکیه درخواست کرد که دیدار را به تعویق بیندازد.', [corps])[0]?.actor?.sector).toBe('MIL');
  });

  it('codes no event when neither side has a country, unless one is an international body', () => {
    const stranger: TestEntity = { id: 'e6', type: 'PER', canonical: 'یک دیپلمات خارجی', mentions: [{ text: 'یک دیپلمات خارجی' }] };
    expect(eventsOf('یک دیپلمات خارجی از طرفین خواست آتش‌بس را رعایت کنند.', [stranger])).toEqual([]);
    const envoy: TestEntity = { id: 'e6', type: 'PER', canonical: 'یان برگ', mentions: [{ text: 'یان برگ' }], attributes: { roles: [{ role: 'دبیرکل سازمان ملل' }] } };
    expect(eventsOf('یان برگ از طرفین خواست آتش‌بس را رعایت کنند.', [envoy])).toMatchObject([{ type: 'REQUEST', actor: { entity: 'e6', sector: 'IGO' } }]);
  });

  it('reads an act named by its noun and carried by a verb of doing, with its recipient inside the phrase', () => {
    const union: TestEntity = { id: 'e11', type: 'ORG', canonical: 'اتحادیه اروپا', mentions: [{ text: 'اتحادیه اروپا' }], attributes: { subtype: 'international' } };
    expect(sides(eventsOf('اتحادیه اروپا تحریم‌های تازه‌ای علیه بانک‌های روسیه وضع کرد.', [union, russia]))).toEqual([['SANCTION', undefined, 'RUS']]);
    expect(sides(eventsOf('ارتش اسرائیل شامگاه دیروز حملات هوایی سنگینی به جنوب لبنان انجام داد.', [army, lebanon]))).toEqual([['ASSAULT', 'ISR', 'LBN']]);
    // a noun governed by a preposition is not what the verb carries
    expect(eventsOf('ارتش اسرائیل در پاسخ به حملات لبنان رزمایشی بزرگ برگزار کرد.', [army, lebanon]).filter((e) => e.type === 'ASSAULT')).toEqual([]);
  });

  it('reads every verb of calling an act what it is from any one row, and a proposal not accepted as a rejection', () => {
    const usa: TestEntity = { id: 'e8', type: 'LOC', canonical: 'آمریکا', mentions: [{ text: 'آمریکا' }], attributes: { subtype: 'country', country: 'USA' } };
    expect(sides(eventsOf('روسیه اقدام آمریکا را غیرقانونی توصیف کرد.', [russia, usa]))).toEqual([['ACCUSE', 'RUS', 'USA']]);
    expect(sides(eventsOf('روسیه اقدام آمریکا را غیرقانونی قلمداد کرد.', [russia, usa]))).toEqual([['ACCUSE', 'RUS', 'USA']]);
    expect(eventsOf('لبنان پیشنهاد آمریکا را نپذیرفت.', [lebanon, usa])).toMatchObject([{ type: 'REJECT', modality: 'asserted', actor: { country: 'LBN' }, recipient: { country: 'USA' } }]);
  });

  it('rejects the side a که clause after a verb of accepting names, an international body too, not another country of the sentence', () => {
    const turkeyState: TestEntity = { id: 'e8a', type: 'LOC', canonical: 'ترکیه', mentions: [{ text: 'ترکیه' }], attributes: { subtype: 'country', country: 'TUR' } };
    const union: TestEntity = { id: 'e8b', type: 'ORG', canonical: 'اتحادیه اروپا', mentions: [{ text: 'اتحادیه اروپا' }], attributes: { subtype: 'international' } };
    const syria: TestEntity = { id: 'e8c', type: 'LOC', canonical: 'سوریه', mentions: [{ text: 'سوریه' }], attributes: { subtype: 'country', country: 'SYR' } };
    const rejected = (text: string, entities: TestEntity[]): unknown[] => eventsOf(text, entities).filter((e) => e.type === 'REJECT').map((e) => [e.actor?.country, e.recipient?.entity ?? e.recipient?.country ?? null]);
    expect(rejected('ترکیه نمی‌پذیرد که اتحادیه اروپا درباره آینده سوریه تصمیم بگیرد.', [turkeyState, union, syria])).toEqual([['TUR', 'e8b']]);
    // with no side named in the clause, none is rejected (not the country the sentence names before it)
    expect(rejected('ترکیه با اشاره به سوریه اعلام کرد که نمی‌پذیرد که مرزهای منطقه تغییر کند.', [turkeyState, syria])).toEqual([['TUR', null]]);
  });

  it('aims a claim at the other side at home when no other country is in sight, never at a news agency', () => {
    const sudanArmy: TestEntity = { id: 'e12', type: 'ORG', canonical: 'ارتش سودان', mentions: [{ text: 'ارتش سودان' }], attributes: { subtype: 'military', country: 'SDN' } };
    const rebels: TestEntity = { id: 'e13', type: 'ORG', canonical: 'نیروهای پشتیبانی', mentions: [{ text: 'نیروهای پشتیبانی' }], attributes: { country: 'SDN' } };
    const agency: TestEntity = { id: 'e14', type: 'ORG', canonical: 'رویترز', mentions: [{ text: 'رویترز' }], attributes: { subtype: 'news-agency', country: 'GBR' } };
    const events = eventsOf('به گزارش رویترز، ارتش سودان مدعی شد که نیروهای پشتیبانی انبار غذای شهر را آتش زده‌اند.', [agency, sudanArmy, rebels]);
    expect(sides(events)).toEqual([['ACCUSE', 'SDN', 'SDN']]);
  });

  it('gives a verb joined by و the subject of the act before it, and reads no act someone must do or a message handed over', () => {
    const jenin: TestEntity = { id: 'e15', type: 'LOC', canonical: 'جنین', mentions: [{ text: 'جنین' }], attributes: { subtype: 'city', country: 'PSE' } };
    const channel: TestEntity = { id: 'e16', type: 'ORG', canonical: 'شبکه المنار', mentions: [{ text: 'شبکه المنار' }], attributes: { subtype: 'news-agency', country: 'LBN' } };
    const arrests = eventsOf('شبکه المنار گزارش داد که ارتش اسرائیل به شهر جنین یورش برد و ۳۰ تن را بازداشت کرد.', [channel, army, jenin]).filter((e) => e.type === 'COERCE');
    expect(arrests.map((e) => e.actor?.country)).toEqual(['ISR']);
    expect(eventsOf('روسیه و لبنان باید از آتش‌بس حمایت کنند.', [russia, lebanon])).toEqual([]);
    expect(eventsOf('وزیر روسیه پیام کتبی رئیس‌جمهور را به مقامات لبنان تحویل داد.', [russia, lebanon]).filter((e) => e.type === 'AID')).toEqual([]);
  });

  it('reads a warning of danger as no threat, and a warning that promises an act as one', () => {
    expect(eventsOf('مینا رستمی هشدار داد که آب آلوده مهم‌ترین عامل بیماری است.', [iran])).toEqual([]);
    const america: TestEntity = { id: 'e8', type: 'LOC', canonical: 'آمریکا', mentions: [{ text: 'آمریکا' }], attributes: { subtype: 'country', country: 'USA' } };
    expect(sides(eventsOf('مینا رستمی به آمریکا هشدار داد که هرگونه تجاوز پاسخ قاطع خواهد گرفت.', [iran, america]))).toContainEqual(['THREATEN', 'IRN', 'USA']);
    expect(sides(eventsOf('مینا رستمی هشدار داد که هرگونه تجاوز آمریکا پاسخ قاطع خواهد گرفت.', [iran, america]))).toContainEqual(['THREATEN', 'IRN', 'USA']);
  });

  it('aims a sanction on firms with no country at the country its reason names, and reads the first of coordinated objects as no subject', () => {
    const treasury: TestEntity = { id: 'e17', type: 'ORG', canonical: 'وزارت خزانه‌داری آمریکا', mentions: [{ text: 'وزارت خزانه‌داری آمریکا' }], attributes: { subtype: 'ministry', country: 'USA' } };
    const firm: TestEntity = { id: 'e18', type: 'ORG', canonical: 'شرکت دریانوردان', mentions: [{ text: 'شرکت دریانوردان' }] };
    const events = eventsOf('وزارت خزانه‌داری آمریکا اعلام کرد که شرکت دریانوردان و ۶ نفتکش را به اتهام حمل نفت روسیه در فهرست تحریم‌ها قرار داده است.', [treasury, firm, russia]);
    expect(sides(events)).toContainEqual(['SANCTION', 'USA', 'RUS']);
  });

  it('reads names joined by و before را as objects, not subjects', () => {
    const israel: TestEntity = { id: 'e19', type: 'LOC', canonical: 'اسرائیل', mentions: [{ text: 'اسرائیل' }], attributes: { subtype: 'country', country: 'ISR' } };
    const events = eventsOf('مینا رستمی گفت دادگاه حقوقی تهران آمریکا و اسرائیل را به پرداخت غرامت محکوم کرده است.', [iran, { ...usa, mentions: [{ text: 'آمریکا' }] }, israel]);
    expect(sides(events).filter(([type]) => type === 'COERCE')).toEqual([['COERCE', 'IRN', 'USA'], ['COERCE', 'IRN', 'ISR']]);
  });

  it('aims a military\'s warning at no side of its own country, and keeps a foreign one', () => {
    const commander: TestEntity = { id: 'e30', type: 'PER', canonical: 'بهرام کاوه', mentions: [{ text: 'بهرام کاوه' }], attributes: { country: 'IRN', roles: [{ role: 'فرمانده نیروی دریایی ارتش', country: 'IRN' }] } };
    const navy: TestEntity = { id: 'e31', type: 'ORG', canonical: 'نیروی دریایی ارتش', mentions: [{ text: 'نیروی دریایی ارتش' }], attributes: { subtype: 'military', country: 'IRN' } };
    const own = eventsOf('بهرام کاوه هشدار داد که هر متجاوزی با پاسخ قاطع نیروی دریایی ارتش روبه‌رو خواهد شد.', [commander, navy]).filter((e) => e.type === 'THREATEN');
    expect(own.map((e) => [e.actor?.country, e.recipient?.country])).toEqual([['IRN', undefined]]);
    const america: TestEntity = { ...usa, mentions: [{ text: 'آمریکا' }] };
    expect(sides(eventsOf('بهرام کاوه به آمریکا هشدار داد که هر تجاوزی پاسخ قاطع خواهد گرفت.', [commander, america]))).toContainEqual(['THREATEN', 'IRN', 'USA']);
  });

  it('aims a request of both sides at the last two sides named', () => {
    const envoy: TestEntity = { id: 'e19', type: 'PER', canonical: 'یان برگ', mentions: [{ text: 'یان برگ' }], attributes: { roles: [{ role: 'فرستاده سازمان ملل' }] } };
    const events = eventsOf('ارتش اسرائیل به مواضع حزب‌الله حمله کرد. یان برگ از طرفین خواست آتش‌بس را رعایت کنند.', [army, { id: 'e20', type: 'ORG', canonical: 'حزب‌الله', mentions: [{ text: 'حزب‌الله' }], attributes: { country: 'LBN' } }, envoy]);
    expect(sides(events.filter((e) => e.type === 'REQUEST')).map((row) => row[2]).sort()).toEqual(['ISR', 'LBN']);
  });

  it('aims a request of both sides of a war at home at its army and armed group, past the officials named since', () => {
    const envoy: TestEntity = { id: 'e19', type: 'PER', canonical: 'یان برگ', mentions: [{ text: 'یان برگ' }], attributes: { roles: [{ role: 'فرستاده سازمان ملل' }] } };
    const army: TestEntity = { id: 'e84', type: 'ORG', canonical: 'ارتش سودان', mentions: [{ text: 'ارتش سودان' }], attributes: { subtype: 'military', country: 'SDN' } };
    const rebels: TestEntity = { id: 'e85', type: 'ORG', canonical: 'نیروهای واکنش سریع', mentions: [{ text: 'نیروهای واکنش سریع' }], attributes: { subtype: 'armed-group', country: 'SDN' } };
    const minister: TestEntity = { id: 'e86', type: 'PER', canonical: 'سلیم عادل', mentions: [{ text: 'سلیم عادل' }], attributes: { country: 'EGY', roles: [{ role: 'وزیر خارجه', country: 'EGY' }] } };
    const text = 'نیروهای واکنش سریع به مواضع ارتش سودان حمله کردند. سلیم عادل وزیر خارجه مصر این حمله را محکوم کرد. یان برگ از طرفین درگیر خواست آتش‌بس را رعایت کنند.';
    const asked = eventsOf(text, [army, rebels, minister, envoy]).filter((e) => e.type === 'REQUEST');
    expect(asked.map((e) => e.recipient?.entity).sort()).toEqual(['e84', 'e85']);
  });

  it.each([['از همه طرف‌ها'], ['از طرف‌های درگیر'], ['از هر دو طرف']])('aims a request %s at the two sides of different countries named last', (asked) => {
    const envoy: TestEntity = { id: 'e19', type: 'PER', canonical: 'یان برگ', mentions: [{ text: 'یان برگ' }], attributes: { roles: [{ role: 'فرستاده سازمان ملل' }] } };
    const hezbollah: TestEntity = { id: 'e20', type: 'ORG', canonical: 'حزب‌الله', mentions: [{ text: 'حزب‌الله' }], attributes: { country: 'LBN' } };
    const premier: TestEntity = { id: 'e21', type: 'PER', canonical: 'کریم داوود', mentions: [{ text: 'کریم داوود' }], attributes: { country: 'LBN' } };
    const text = `ارتش اسرائیل به مواضع حزب‌الله حمله کرد و کریم داوود این حمله را محکوم کرد. یان برگ ${asked} خواست آتش‌بس را رعایت کنند.`;
    const events = eventsOf(text, [army, hezbollah, premier, envoy]);
    expect(sides(events.filter((e) => e.type === 'REQUEST')).map((row) => row[2]).sort()).toEqual(['ISR', 'LBN']);
  });

  it('req22: reads both sides asked (از دو طرف، دو طرف را) as asked, not acting, and takes them from the sentence that names them', () => {
    const envoy: TestEntity = { id: 'e19', type: 'PER', canonical: 'یان برگ', mentions: [{ text: 'یان برگ' }], attributes: { roles: [{ role: 'فرستاده سازمان ملل' }] } };
    const turkeyLoc: TestEntity = { id: 'e25', type: 'LOC', canonical: 'ترکیه', mentions: [{ text: 'ترکیه' }], attributes: { subtype: 'country', country: 'TUR' } };
    const asked = (text: string, entities: TestEntity[]): string[][] => eventsOf(text, entities).filter((e) => e.type === 'REQUEST').map((e) => [e.actor?.entity ?? '-', e.recipient?.country ?? '-']).sort();
    // after a meeting the report told, the two sides of it are not who asks
    expect(asked('مینا رستمی با همتای ترکیه‌ای دیدار کرد. یان برگ با ابراز نگرانی از تنش میان ترکیه و روسیه، از هر دو طرف خواست اختلافات خود را از راه گفت‌وگو حل کنند.', [iran, turkey, envoy, turkeyLoc, russia])).toEqual([['e19', 'RUS'], ['e19', 'TUR']]);
    expect(asked('یان برگ در تماس‌های جداگانه با مینا رستمی و همتای ترکیه‌ای، دو طرف را به خویشتن‌داری فراخواند.', [envoy, iran, turkey])).toEqual([['e19', 'IRN'], ['e19', 'TUR']]);
  });

  it('req22: aims a request of از آنها at both sides its sentence named before it', () => {
    const envoy: TestEntity = { id: 'e19', type: 'PER', canonical: 'یان برگ', mentions: [{ text: 'یان برگ' }], attributes: { roles: [{ role: 'فرستاده سازمان ملل' }] } };
    const hezbollah: TestEntity = { id: 'e20', type: 'ORG', canonical: 'حزب‌الله', mentions: [{ text: 'حزب‌الله' }], attributes: { country: 'LBN' } };
    const text = 'ارتش اسرائیل به مواضع حزب‌الله حمله کرد. یان برگ گفت ناظران سازمان ملل با هر دو طرف در تماس هستند و از آنها خواسته‌اند خویشتن‌داری کنند.';
    const asked = eventsOf(text, [army, hezbollah, envoy]).filter((e) => e.type === 'REQUEST');
    expect(asked.map((e) => e.recipient?.country).sort()).toEqual(['ISR', 'LBN']);
  });

  it('req22: reads این سازمان asking both sides as the relief body named before, not the armed force named since', () => {
    const programme: TestEntity = { id: 'e26', type: 'ORG', canonical: 'برنامه جهانی غذا', mentions: [{ text: 'برنامه جهانی غذا' }], attributes: { subtype: 'international' } };
    const army: TestEntity = { id: 'e84', type: 'ORG', canonical: 'ارتش سودان', mentions: [{ text: 'ارتش سودان' }], attributes: { subtype: 'military', country: 'SDN' } };
    const rebels: TestEntity = { id: 'e85', type: 'ORG', canonical: 'نیروهای واکنش سریع', mentions: [{ text: 'نیروهای واکنش سریع' }, { text: 'نیروهای واکنش سریع', nth: 1 }], attributes: { subtype: 'armed-group', country: 'SDN' } };
    const text = 'ارتش سودان با نیروهای واکنش سریع می‌جنگد. برنامه جهانی غذا اعلام کرد کامیون‌های آرد یک هفته است در پاسگاه‌های نیروهای واکنش سریع مانده‌اند. این سازمان از طرفین خواست راه کامیون‌ها را باز کنند.';
    const asked = eventsOf(text, [army, rebels, programme]).filter((e) => e.type === 'REQUEST');
    expect(asked.map((e) => [e.actor?.entity, e.recipient?.entity]).sort()).toEqual([['e26', 'e84'], ['e26', 'e85']]);
  });

  it('issue 5 (lost12): aims a request of both sides, with no two bodies named, at the countries of the fight: one country twice in a war at home', () => {
    const chief: TestEntity = { id: 'e22', type: 'PER', canonical: 'یان برگ', mentions: [{ text: 'یان برگ' }], attributes: { roles: [{ role: 'مدیرکل سازمان جهانی بهداشت' }] } };
    const sudan: TestEntity = { id: 'e23', type: 'LOC', canonical: 'سودان', mentions: [{ text: 'سودان' }], attributes: { subtype: 'country', country: 'SDN' } };
    const text = 'بیمارستان‌های سودان در مناطق جنگی از کار افتاده‌اند. یان برگ از «همه طرف‌های درگیر» خواست راه کاروان‌های دارو را باز کنند.';
    expect(sides(eventsOf(text, [sudan, chief]).filter((e) => e.type === 'REQUEST')).map((row) => row[2])).toEqual(['SDN', 'SDN']);
  });

  it('issue 5 (review12): reads no invitation in a call on both sides to an act (دعوت ... از X به آتش‌بس)', () => {
    const council: TestEntity = { id: 'e22', type: 'ORG', canonical: 'شورای امنیت', mentions: [{ text: 'شورای امنیت' }], attributes: { subtype: 'international' } };
    const army: TestEntity = { id: 'e23', type: 'ORG', canonical: 'ارتش یمن', mentions: [{ text: 'ارتش یمن' }], attributes: { subtype: 'military', country: 'YEM' } };
    const text = 'به رغم دعوت شورای امنیت از ارتش یمن به آتش‌بس فوری، درگیری‌ها ادامه یافت.';
    expect(eventsOf(text, [council, army]).filter((e) => e.type === 'CONSULT' && !e.inferred)).toEqual([]);
    const invited = 'دعوت شورای امنیت از ارتش یمن به نشست ژنو دیروز تحویل شد.';
    expect(eventsOf(invited, [council, army]).filter((e) => e.type === 'CONSULT' && !e.inferred)).toHaveLength(1);
  });

  it('issue 5 (review12): asks no country named in passing for both sides of a quarrel at home', () => {
    const governor: TestEntity = { id: 'e22', type: 'PER', canonical: 'فرماندار اراک', mentions: [{ text: 'فرماندار اراک' }], attributes: { country: 'IRN', roles: [{ role: 'فرماندار', country: 'IRN' }] } };
    const iraq: TestEntity = { id: 'e23', type: 'LOC', canonical: 'عراق', mentions: [{ text: 'عراق' }], attributes: { subtype: 'country', country: 'IRQ' } };
    const text = 'این کارخانه بیشتر محصول خود را به عراق می‌فروشد. در پی اعتصاب کارگران، فرماندار اراک از طرفین خواست به گفت‌وگو ادامه دهند.';
    expect(sides(eventsOf(text, [iraq, governor]).filter((e) => e.type === 'REQUEST')).map((row) => row[2])).not.toContain('IRQ');
  });

  it('issue 5 (lost12): reads an invitation handed over as a contact by the inviter, aimed at whom it invites after از', () => {
    const inviter: TestEntity = { id: 'e24', type: 'PER', canonical: 'کمال آیدین', mentions: [{ text: 'کمال آیدین' }], attributes: { country: 'TUR', roles: [{ role: 'رئیس‌جمهور', country: 'TUR' }] } };
    const text = 'سفیر ترکیه دعوت‌نامه رسمی کمال آیدین از مینا رستمی برای سفر به آنکارا را به وزارت خارجه تحویل داد.';
    expect(sides(eventsOf(text, [inviter, iran]).filter((e) => e.type === 'CONSULT'))).toEqual([['CONSULT', 'TUR', 'IRN']]);
  });

  it('issue 5 (lost14): reads an invitation accepted as a visit to come, from the inviter to who accepts it', () => {
    const inviter: TestEntity = { id: 'e24', type: 'PER', canonical: 'کمال آیدین', mentions: [{ text: 'کمال آیدین' }], attributes: { country: 'TUR', roles: [{ role: 'رئیس‌جمهور', country: 'TUR' }] } };
    const accepted = eventsOf('مینا رستمی دیروز دعوت کمال آیدین برای سفر به آنکارا را پذیرفت.', [iran, inviter]).filter((e) => e.type === 'CONSULT');
    expect(sides(accepted)).toEqual([['CONSULT', 'TUR', 'IRN']]);
    expect(accepted[0].modality).toBe('planned');
    // an invitation declined or only told of names no visit to come
    expect(eventsOf('مینا رستمی دعوت کمال آیدین برای سفر به آنکارا را نپذیرفت.', [iran, inviter]).filter((e) => e.type === 'CONSULT' && e.modality === 'planned')).toEqual([]);
    expect(eventsOf('مینا رستمی درباره دعوت کمال آیدین برای سفر به آنکارا سخن گفت.', [iran, inviter]).filter((e) => e.type === 'CONSULT')).toEqual([]);
  });

  it('issue 5 (lost14): reads the attack whose responsibility a side takes, however long the phrase naming it', () => {
    const hezbollah: TestEntity = { id: 'e25', type: 'ORG', canonical: 'حزب‌الله لبنان', mentions: [{ text: 'حزب‌الله لبنان' }], attributes: { subtype: 'armed-group', country: 'LBN' } };
    const text = 'ارتش اسرائیل دیروز به جنوب لبنان حمله کرد. حزب‌الله لبنان امروز مسئولیت حمله موشکی به یک پایگاه نظامی در نزدیکی مرز شمالی را بر عهده گرفت.';
    expect(sides(eventsOf(text, [army, lebanon, hezbollah]).filter((e) => e.type === 'ASSAULT'))).toEqual([['ASSAULT', 'ISR', 'LBN'], ['ASSAULT', 'LBN', 'ISR']]);
  });

  it('issue 5 (lost14): aims a threat of a side that attacked last at the side its attack struck', () => {
    const hezbollah: TestEntity = { id: 'e25', type: 'ORG', canonical: 'حزب‌الله لبنان', mentions: [{ text: 'حزب‌الله لبنان' }, { text: 'حزب‌الله', nth: 1 }], attributes: { subtype: 'armed-group', country: 'LBN' } };
    const text = 'حزب‌الله لبنان امروز یک پایگاه ارتش اسرائیل را با موشک هدف قرار داد.\n\nحزب‌الله هشدار داد هرگونه تجاوز تازه به روستاهای مرزی بی‌پاسخ نخواهد ماند.';
    expect(sides(eventsOf(text, [army, hezbollah]).filter((e) => e.type === 'THREATEN'))).toEqual([['THREATEN', 'LBN', 'ISR']]);
  });

  it('issue 5 (lost14): reads این سازمان as the last body named when none was named with سازمان, no news agency', () => {
    const wfp: TestEntity = { id: 'e26', type: 'ORG', canonical: 'برنامه جهانی غذا', mentions: [{ text: 'برنامه جهانی غذا' }], attributes: { subtype: 'international' } };
    const agency: TestEntity = { id: 'e27', type: 'ORG', canonical: 'خبرگزاری ایسنا', mentions: [{ text: 'ایسنا' }], attributes: { subtype: 'news-agency', country: 'IRN' } };
    const sudanArmy: TestEntity = { id: 'e28', type: 'ORG', canonical: 'ارتش سودان', mentions: [{ text: 'ارتش سودان' }], attributes: { subtype: 'military', country: 'SDN' } };
    const text = 'برنامه جهانی غذا به ایسنا اعلام کرد کاروان‌های امدادی سه روز است متوقف مانده‌اند. این سازمان از ارتش سودان خواست راه کاروان‌ها را باز کند.';
    const [request] = eventsOf(text, [wfp, agency, sudanArmy]).filter((e) => e.type === 'REQUEST');
    expect(request).toMatchObject({ actor: { entity: 'e26' }, recipient: { country: 'SDN' } });
  });

  it('places a person with no country by the words of their mention, else at home', () => {
    const worker: TestEntity = { id: 'e6', type: 'PER', canonical: 'یکی از رانندگان معترض', mentions: [{ text: 'یکی از رانندگان معترض' }] };
    expect(sides(eventsOf('یکی از رانندگان معترض از دولت خواست کرایه‌ها را افزایش دهد.', [worker]))).toEqual([['REQUEST', 'IRN', 'IRN']]);
    const officer: TestEntity = { id: 'e7', type: 'PER', canonical: 'یک افسر ارتش اردن', mentions: [{ text: 'یک افسر ارتش اردن' }] };
    const jordan: TestEntity = { id: 'e8', type: 'LOC', canonical: 'اردن', mentions: [{ text: 'اردن' }], attributes: { subtype: 'country', country: 'JOR' } };
    const syria: TestEntity = { id: 'e9', type: 'LOC', canonical: 'سوریه', mentions: [{ text: 'سوریه' }], attributes: { subtype: 'country', country: 'SYR' } };
    expect(sides(eventsOf('یک افسر ارتش اردن سوریه را مقصر دانست.', [officer, jordan, syria]))).toEqual([['ACCUSE', 'JOR', 'SYR']]);
    const visitor: TestEntity = { id: 'e10', type: 'PER', canonical: 'یک تبعه اروپایی', mentions: [{ text: 'یک تبعه اروپایی' }] };
    expect(eventsOf('یک تبعه اروپایی از دادگاه درخواست کرد حکم را لغو کند.', [visitor])).toEqual([]);
  });

  it('aims a claim at the other side named in what is claimed, never at a city', () => {
    const beirut: TestEntity = { id: 'e12', type: 'LOC', canonical: 'بیروت', mentions: [{ text: 'بیروت' }], attributes: { subtype: 'city', country: 'LBN' } };
    const events = eventsOf('ارتش اسرائیل مستقر در بیروت مدعی شد که روسیه به مذاکرات پایبند نیست.', [army, beirut, russia]);
    expect(sides(events)).toEqual([['ACCUSE', 'ISR', 'RUS']]);
  });

  it('reads a reply to a claim as its rejection, aimed at the claimant', () => {
    const text = 'روسیه مدعی شد که لبنان در مذاکرات کارشکنی کرده است. مینا رستمی در واکنش به این ادعا گفت مذاکرات ادامه دارد.';
    expect(eventsOf(text, [russia, lebanon, iran]).find((e) => e.type === 'REJECT')).toMatchObject({ actor: { country: 'IRN' }, recipient: { country: 'RUS' } });
  });
});


describe('parties the entity stage missed or misread', () => {
  const sides = (events: KhabarEvent[]) => events.map((e) => [e.type, e.actor?.country, e.recipient?.country]);
  const somalia: TestEntity = { id: 'e20', type: 'LOC', canonical: 'سومالی', mentions: [{ text: 'سومالی' }], attributes: { subtype: 'country', country: 'SOM' } };
  const kenyanArmy: TestEntity = { id: 'e21', type: 'ORG', canonical: 'ارتش کنیا', mentions: [{ text: 'ارتش کنیا' }, { text: 'ارتش کنیا', nth: 1 }], attributes: { subtype: 'military', country: 'KEN' } };

  it('reads an organization-shaped phrase as a party coded by the country after it, and by it when named again', () => {
    const text = 'شبه‌نظامیان الشباب سومالی به پایگاه ارتش کنیا حمله کردند. ارتش کنیا با شبه‌نظامیان الشباب مذاکره کرد.';
    expect(sides(eventsOf(text, [somalia, kenyanArmy]))).toEqual([['ASSAULT', 'SOM', 'KEN'], ['CONSULT', 'KEN', 'SOM']]);
  });

  it('gives a spokesman of such a group with no country of his own the group\'s country', () => {
    const spokesman: TestEntity = { id: 'e22', type: 'PER', canonical: 'سخنگوی شبه‌نظامیان الشباب', mentions: [{ text: 'سخنگوی شبه‌نظامیان الشباب', kind: 'role' }], attributes: { roles: [{ role: 'سخنگو شبه‌نظامیان الشباب' }] } };
    const text = 'شبه‌نظامیان الشباب سومالی به پایگاه ارتش کنیا حمله کردند. سخنگوی شبه‌نظامیان الشباب ارتش کنیا را تهدید کرد.';
    expect(sides(eventsOf(text, [somalia, kenyanArmy, spokesman]))).toContainEqual(['THREATEN', 'SOM', 'KEN']);
  });

  it('skips an appositive between commas that closes an object phrase', () => {
    const hezbollah: TestEntity = { id: 'e23', type: 'ORG', canonical: 'حزب‌الله', mentions: [{ text: 'حزب‌الله' }], attributes: { country: 'LBN' } };
    const army: TestEntity = { id: 'e24', type: 'ORG', canonical: 'ارتش اسرائیل', mentions: [{ text: 'ارتش اسرائیل' }], attributes: { subtype: 'military', country: 'ISR' } };
    const text = 'ارتش اسرائیل مواضع حزب‌الله در شهر صور، بندری در جنوب، را هدف قرار داد.';
    expect(sides(eventsOf(text, [army, hezbollah]))).toEqual([['ASSAULT', 'ISR', 'LBN']]);
  });

  it('reads an organization named by its head word alone as the one named before with that head', () => {
    const homeArmy: TestEntity = { id: 'e25', type: 'ORG', canonical: 'ارتش جمهوری اسلامی ایران', mentions: [{ text: 'ارتش', nth: 1 }], attributes: { subtype: 'military', country: 'IRN' } };
    const russia: TestEntity = { id: 'e26', type: 'LOC', canonical: 'روسیه', mentions: [{ text: 'روسیه' }], attributes: { subtype: 'country', country: 'RUS' } };
    const text = 'ارتش کنیا در مرز مستقر شد. روسیه به مواضع ارتش حمله کرد.';
    expect(sides(eventsOf(text, [{ ...kenyanArmy, mentions: [{ text: 'ارتش کنیا' }] }, homeArmy, russia]))).toContainEqual(['ASSAULT', 'RUS', 'KEN']);
  });

  it('aims a withdrawal from a town at no one', () => {
    const kherson: TestEntity = { id: 'e27', type: 'LOC', canonical: 'خرسون', mentions: [{ text: 'خرسون' }], attributes: { subtype: 'city', country: 'UKR' } };
    const russia: TestEntity = { id: 'e28', type: 'LOC', canonical: 'روسیه', mentions: [{ text: 'روسیه' }], attributes: { subtype: 'country', country: 'RUS' } };
    expect(sides(eventsOf('روسیه از شهر خرسون عقب‌نشینی کرد.', [russia, kherson]))).toEqual([['RETREAT', 'RUS', undefined]]);
  });
});

describe('sides, requests and places', () => {
  const sides = (events: KhabarEvent[]) => events.map((e) => [e.type, e.actor?.country, e.recipient?.country]);
  const iraq: TestEntity = { id: 'e30', type: 'LOC', canonical: 'عراق', mentions: [{ text: 'عراق' }], attributes: { subtype: 'country', country: 'IRQ' } };
  const syria: TestEntity = { id: 'e31', type: 'LOC', canonical: 'سوریه', mentions: [{ text: 'سوریه' }], attributes: { subtype: 'country', country: 'SYR' } };
  const minister: TestEntity = { id: 'e32', type: 'PER', canonical: 'نادر کاظمی', mentions: [{ text: 'نادر کاظمی' }], attributes: { country: 'IRN', roles: [{ role: 'وزیر نیرو', country: 'IRN' }] } };

  it('takes the two sides of `میان X و Y` near the trigger as the sides of the act', () => {
    const text = 'نادر کاظمی گفت قرارداد انتقال برق میان عراق و سوریه امضا شد.';
    expect(sides(eventsOf(text, [minister, iraq, syria]))).toEqual([['AGREE', 'IRQ', 'SYR']]);
  });

  it('codes no agreement with no other side', () => {
    expect(eventsOf('نادر کاظمی گفت: ما این پیشنهاد را می‌پذیریم.', [minister])).toEqual([]);
  });

  it('codes no event for the act someone is asked to do', () => {
    const events = eventsOf('نادر کاظمی از عراق خواست با سوریه گفت‌وگو کند.', [minister, iraq, syria]);
    expect(sides(events)).toEqual([['REQUEST', 'IRN', 'IRQ']]);
  });

  it('keeps a town where an arrest is made out of its recipient', () => {
    const basra: TestEntity = { id: 'e33', type: 'LOC', canonical: 'بصره', mentions: [{ text: 'بصره' }], attributes: { subtype: 'city', country: 'IRQ' } };
    const police: TestEntity = { id: 'e34', type: 'ORG', canonical: 'پلیس سوریه', mentions: [{ text: 'پلیس سوریه' }], attributes: { country: 'SYR' } };
    const events = eventsOf('پلیس سوریه سه راننده در بصره را بازداشت کرد.', [police, basra]);
    expect(events.map((e) => e.recipient?.country ?? null)).not.toContain('IRQ');
  });
});

describe('threats made as conditions', () => {
  const sides = (events: KhabarEvent[]) => events.map((e) => [e.type, e.actor?.country, e.recipient?.country, e.modality]);
  const oman: TestEntity = { id: 'e40', type: 'LOC', canonical: 'عمان', mentions: [{ text: 'عمان' }], attributes: { subtype: 'country', country: 'OMN' } };
  const minister: TestEntity = { id: 'e41', type: 'PER', canonical: 'نادر کاظمی', mentions: [{ text: 'نادر کاظمی' }], attributes: { country: 'IRN', roles: [{ role: 'وزیر نیرو', country: 'IRN' }] } };

  it('reads a future main clause after a condition set by another side as a threat against it', () => {
    const text = 'نادر کاظمی گفت: اگر عمان قرارداد را اجرا نکند، پرونده را به داوری خواهیم برد.';
    expect(sides(eventsOf(text, [minister, oman]))).toContainEqual(['THREATEN', 'IRN', 'OMN', 'asserted']);
  });

  it('reads an unmet demand at home as a threat against the home country', () => {
    const text = 'نادر کاظمی گفت اگر تا پایان ماه بودجه پرداخت نشود، طرح‌ها متوقف خواهد شد.';
    expect(sides(eventsOf(text, [minister]))).toContainEqual(['THREATEN', 'IRN', 'IRN', 'asserted']);
  });

  it('reads a present main clause after an unmet condition as a threat too', () => {
    const text = 'نادر کاظمی گفت: اگر تا پایان هفته پاسخی نگیریم، اعتصاب به همه استان‌ها گسترش پیدا می‌کند.';
    expect(sides(eventsOf(text, [minister]))).toContainEqual(['THREATEN', 'IRN', 'IRN', 'asserted']);
    expect(eventsOf('نادر کاظمی گفت: اگر عمان قرارداد را اجرا کند، صادرات گسترش پیدا می‌کند.', [minister, oman]).filter((e) => e.type === 'THREATEN')).toEqual([]);
  });

  it('reads no threat in an offer or in a condition with no future', () => {
    expect(eventsOf('نادر کاظمی گفت: در صورتی که عمان درخواست کند، کارشناسان خود را به آنجا خواهیم فرستاد.', [minister, oman]).filter((e) => e.type === 'THREATEN')).toEqual([]);
    expect(eventsOf('نادر کاظمی گفت: اگر عمان قرارداد را اجرا نکند، ذخایر ما کافی است.', [minister, oman]).filter((e) => e.type === 'THREATEN')).toEqual([]);
  });
});

describe('obligations told of another party', () => {
  const sides = (events: KhabarEvent[]) => events.map((e) => [e.type, e.actor?.entity, e.recipient?.entity ?? e.recipient?.country]);
  const unionist: TestEntity = { id: 'e50', type: 'PER', canonical: 'رضا نوری', mentions: [{ text: 'رضا نوری' }], attributes: { country: 'IRN' } };
  const ministry: TestEntity = { id: 'e51', type: 'ORG', canonical: 'وزارت نیرو', mentions: [{ text: 'وزارت نیرو' }], attributes: { subtype: 'ministry', country: 'IRN' } };

  it('reads `X باید ...` in what someone says as their request of X', () => {
    expect(sides(eventsOf('رضا نوری گفت: قطعی برق به کارخانه‌ها آسیب زده و وزارت نیرو باید برنامه‌ای فوری ارائه کند.', [unionist, ministry]))).toEqual([['REQUEST', 'e50', 'e51']]);
    expect(sides(eventsOf('رضا نوری گفت: دولت باید پیش از تابستان تصمیم بگیرد.', [unionist]))).toEqual([['REQUEST', 'e50', 'IRN']]);
  });

  it('reads no request of a pair, of `ما`, or outside what is said', () => {
    expect(eventsOf('رضا نوری گفت: مجلس و دولت باید در کنار هم کار کنند.', [unionist])).toEqual([]);
    expect(eventsOf('رضا نوری گفت: ما باید از اشتباهات درس بگیریم.', [unionist])).toEqual([]);
    expect(eventsOf('وزارت نیرو باید برنامه‌ای ارائه کند.', [ministry])).toEqual([]);
  });
});

describe('failures told of someone', () => {
  const sides = (events: KhabarEvent[]) => events.map((e) => [e.type, e.actor?.entity, e.recipient?.entity, e.recipient?.country]);
  const deputy: TestEntity = { id: 'e60', type: 'PER', canonical: 'لیلا صدری', mentions: [{ text: 'لیلا صدری' }], attributes: { country: 'IRN' } };
  const body: TestEntity = { id: 'e61', type: 'ORG', canonical: 'سازمان جهانی گردشگری', mentions: [{ text: 'سازمان جهانی گردشگری' }] };
  const ministry: TestEntity = { id: 'e62', type: 'ORG', canonical: 'وزارت نیرو', mentions: [{ text: 'وزارت نیرو' }] };

  it('reads a failure told of a named body as an accusation of it, a home body when it names no country', () => {
    expect(sides(eventsOf('لیلا صدری گفت: وزارت نیرو هیچ برنامه‌ای برای سدها ارائه نکرده است.', [deputy, ministry]))).toEqual([['ACCUSE', 'e60', 'e62', 'IRN']]);
    expect(sides(eventsOf('لیلا صدری گفت: وزارت نیرو نتوانسته وعده‌های خود را عملی کند.', [deputy, ministry]))).toEqual([['ACCUSE', 'e60', 'e62', 'IRN']]);
  });

  it('reads no accusation in a deed done, outside what is said, and no home for an international body', () => {
    expect(eventsOf('لیلا صدری گفت: وزارت نیرو برنامه‌ای برای سدها ارائه کرده است.', [deputy, ministry])).toEqual([]);
    expect(eventsOf('وزارت نیرو هیچ برنامه‌ای ارائه نکرده است.', [ministry])).toEqual([]);
    expect(sides(eventsOf('لیلا صدری گفت: سازمان جهانی گردشگری به وعده‌اش عمل نکرده است.', [deputy, body]))).toEqual([['ACCUSE', 'e60', 'e61', undefined]]);
  });
});

describe('subjects and objects', () => {
  const sides = (events: KhabarEvent[]) => events.map((e) => [e.type, e.actor?.entity, e.recipient?.entity]);
  const commission: TestEntity = { id: 'e70', type: 'ORG', canonical: 'کمیسیون انرژی مجلس', mentions: [{ text: 'کمیسیون انرژی مجلس' }], attributes: { country: 'IRN' } };
  const council: TestEntity = { id: 'e71', type: 'ORG', canonical: 'شورای اروپا', mentions: [{ text: 'شورای اروپا' }] };
  const guard: TestEntity = { id: 'e72', type: 'ORG', canonical: 'گارد ساحلی', mentions: [{ text: 'گارد ساحلی' }], attributes: { country: 'IRN' } };

  it('reads `این کمیسیون` as the body last named with that head word, and a genitive after a noun as no subject', () => {
    const text = 'بیانیه کمیسیون انرژی مجلس منتشر شد. این کمیسیون تصمیم شورای اروپا درباره نفت را «اقدامی غیرقانونی» خواند.';
    expect(sides(eventsOf(text, [commission, council]))).toEqual([['ACCUSE', 'e70', 'e71']]);
  });

  it('takes no object followed by the place it is in for the subject', () => {
    const consul: TestEntity = { id: 'e74', type: 'PER', canonical: 'کنسول نروژ', mentions: [{ text: 'کنسول نروژ' }], attributes: { country: 'NOR' } };
    const bandar: TestEntity = { id: 'e75', type: 'LOC', canonical: 'بندرعباس', mentions: [{ text: 'بندرعباس' }], attributes: { subtype: 'city', country: 'IRN' } };
    const text = 'گارد ساحلی اعلام کرد که کنسول نروژ در بندرعباس را احضار کرده است.';
    expect(sides(eventsOf(text, [guard, consul, bandar]))).toEqual([['ACCUSE', 'e72', 'e74']]);
  });
});

describe('opposed sides and foreign objects', () => {
  const sides = (events: KhabarEvent[]) => events.map((e) => [e.type, e.actor?.country, e.recipient?.country ?? null]);
  const oslo: TestEntity = { id: 'e80', type: 'LOC', canonical: 'اسلو', mentions: [{ text: 'اسلو' }], attributes: { subtype: 'city', country: 'NOR' } };
  const ministry: TestEntity = { id: 'e81', type: 'ORG', canonical: 'وزارت خارجه نروژ', mentions: [{ text: 'وزارت خارجه نروژ' }], attributes: { country: 'NOR' } };
  const iran: TestEntity = { id: 'e82', type: 'LOC', canonical: 'ایران', mentions: [{ text: 'ایران' }], attributes: { subtype: 'country', country: 'IRN' } };
  const envoy: TestEntity = { id: 'e83', type: 'PER', canonical: 'مینا رستمی', mentions: [{ text: 'مینا رستمی' }], attributes: { country: 'IRN' } };

  it('never accuses a town: the other side is looked for instead', () => {
    const text = 'ایران یک تبعه نروژ را به زندان محکوم کرد. وزارت خارجه نروژ اعلام کرد که اسلو این حکم را ناعادلانه می‌داند.';
    expect(sides(eventsOf(text, [iran, ministry, oslo])).filter((e) => e[0] === 'ACCUSE')).toEqual([['ACCUSE', 'NOR', 'IRN']]);
  });

  it('reads a verb-less criticism of something foreign as aimed abroad, not at home', () => {
    const events = eventsOf('مینا رستمی با انتقاد از نامه سه کشور اروپایی به شورای امنیت گفت این اقدام نادرست است.', [envoy]);
    expect(sides(events)).toEqual([['ACCUSE', 'IRN', null]]);
  });
});

describe('capitals', () => {
  const paris: TestEntity = { id: 'e90', type: 'LOC', canonical: 'پاریس', mentions: [{ text: 'پاریس' }], attributes: { subtype: 'city', country: 'FRA' } };
  const lyon: TestEntity = { id: 'e91', type: 'LOC', canonical: 'لیون', mentions: [{ text: 'لیون' }], attributes: { subtype: 'city', country: 'FRA' } };
  const iran: TestEntity = { id: 'e92', type: 'LOC', canonical: 'ایران', mentions: [{ text: 'ایران' }], attributes: { subtype: 'country', country: 'IRN' } };

  it('lets a capital that is the subject of its clause act for its country, and no other city', () => {
    expect(eventsOf('پاریس روز گذشته ایران را تحریم کرد.', [paris, iran]).map((e) => [e.type, e.actor?.country, e.recipient?.country])).toEqual([['SANCTION', 'FRA', 'IRN']]);
    expect(eventsOf('لیون روز گذشته ایران را تحریم کرد.', [lyon, iran]).filter((e) => e.actor?.country === 'FRA')).toEqual([]);
  });
});

describe('aid with its recipient named elsewhere in the sentence', () => {
  it('gives aid with no recipient marked to the party of another country the sentence names', () => {
    const ministry: TestEntity = { id: 'e95', type: 'ORG', canonical: 'وزارت بهداشت', mentions: [{ text: 'وزارت بهداشت' }], attributes: { country: 'IRN' } };
    const iraqGov: TestEntity = { id: 'e96', type: 'ORG', canonical: 'دولت عراق', mentions: [{ text: 'دولت عراق' }], attributes: { country: 'IRQ' } };
    const events = eventsOf('وزارت بهداشت در صورت درخواست دولت عراق، تیم‌های درمانی به استان‌های سیل‌زده اعزام می‌کند.', [ministry, iraqGov]);
    expect(events.map((e) => [e.type, e.actor?.country, e.recipient?.country, e.modality])).toEqual([['AID', 'IRN', 'IRQ', 'hypothetical']]);
  });
});

describe('organizations of این کشور', () => {
  it('gives a body named with `این کشور` that country, whatever the body was linked to', () => {
    const russia: TestEntity = { id: 'e97', type: 'LOC', canonical: 'روسیه', mentions: [{ text: 'روسیه' }], attributes: { subtype: 'country', country: 'RUS' } };
    const homeMinistry: TestEntity = { id: 'e98', type: 'ORG', canonical: 'وزارت امور خارجه', mentions: [{ text: 'وزارت خارجه' }], attributes: { country: 'IRN' } };
    const usa: TestEntity = { id: 'e99', type: 'LOC', canonical: 'آمریکا', mentions: [{ text: 'آمریکا' }], attributes: { subtype: 'country', country: 'USA' } };
    const text = 'مقامات روسیه دیروز جلسه داشتند. وزارت خارجه این کشور روز دوشنبه آمریکا را به نقض تعهدات متهم کرد.';
    expect(eventsOf(text, [russia, homeMinistry, usa]).map((e) => [e.type, e.actor?.country, e.recipient?.country])).toEqual([['ACCUSE', 'RUS', 'USA']]);
  });
});

describe('motions against a named person', () => {
  const minister: TestEntity = { id: 'e70', type: 'PER', canonical: 'بهرام نیکو', mentions: [{ text: 'بهرام نیکو' }], attributes: { country: 'IRN', roles: [{ role: 'وزیر صنعت', country: 'IRN' }] } };
  const deputy: TestEntity = { id: 'e71', type: 'PER', canonical: 'سارا امینی', mentions: [{ text: 'سارا امینی' }], attributes: { country: 'IRN' } };
  const sides = (events: KhabarEvent[]) => events.map((e) => [e.type, e.actor?.entity ?? null, e.actor?.country, e.recipient?.entity]);

  it('reads an impeachment tabled against the person named after it as a threat by the report\'s country and the dismissal it threatens', () => {
    const events = eventsOf('طرح استیضاح بهرام نیکو با امضای ۳۰ نماینده در مجلس اعلام وصول شد.', [minister]);
    expect(sides(events)).toEqual([['THREATEN', null, 'IRN', 'e70'], ['COERCE', null, 'IRN', 'e70']]);
    expect(events.map((e) => e.modality)).toEqual(['asserted', 'hypothetical']);
  });

  it('reads no threat in an impeachment named with no one after it', () => {
    expect(eventsOf('سارا امینی طرح استیضاح را عجولانه دانست و گفت استیضاح حق نمایندگان است.', [deputy])).toEqual([]);
  });
});

describe('arrears paid', () => {
  const governor: TestEntity = { id: 'e72', type: 'PER', canonical: 'حامد کرمی', mentions: [{ text: 'حامد کرمی' }], attributes: { country: 'IRN', roles: [{ role: 'فرماندار', country: 'IRN' }] } };
  const sides = (events: KhabarEvent[]) => events.map((e) => [e.type, e.modality, e.actor?.entity, e.recipient?.country]);

  it('reads arrears to be paid, as announced, as a concession at home; a payment of anything else is none', () => {
    expect(sides(eventsOf('حامد کرمی اعلام کرد که سه ماه از حقوق معوق معلمان تا هفته آینده پرداخت خواهد شد.', [governor]))).toEqual([['CONCEDE', 'planned', 'e72', 'IRN']]);
    expect(eventsOf('حامد کرمی اعلام کرد که هزینه ساخت پل تا هفته آینده پرداخت خواهد شد.', [governor])).toEqual([]);
  });
});

describe('acts accepted', () => {
  const sides = (events: KhabarEvent[]) => events.map((e) => [e.type, e.actor?.country, e.recipient?.country]);
  const ankara: TestEntity = { id: 'e73', type: 'LOC', canonical: 'ترکیه', mentions: [{ text: 'ترکیه' }], attributes: { subtype: 'country', country: 'TUR' } };
  const iraq: TestEntity = { id: 'e74', type: 'LOC', canonical: 'عراق', mentions: [{ text: 'عراق' }], attributes: { subtype: 'country', country: 'IRQ' } };

  it('reads an act another side accepts to do as conceded to the party of another country inside it', () => {
    expect(sides(eventsOf('ترکیه پذیرفته است سهم آب عراق را در تابستان افزایش دهد.', [ankara, iraq]))).toEqual([['CONCEDE', 'TUR', 'IRQ']]);
  });

  it('reads no concession when nothing is done after the verb of accepting', () => {
    expect(sides(eventsOf('ترکیه پیشنهاد عراق را پذیرفت.', [ankara, iraq])).map(([type]) => type)).not.toContain('CONCEDE');
  });
});

describe('agreements to an act', () => {
  const ministry: TestEntity = { id: 'e75', type: 'ORG', canonical: 'وزارت کشاورزی ارمنستان', mentions: [{ text: 'وزارت کشاورزی ارمنستان' }], attributes: { country: 'ARM' } };
  const iranLoc: TestEntity = { id: 'e76', type: 'LOC', canonical: 'ایران', mentions: [{ text: 'ایران' }], attributes: { subtype: 'country', country: 'IRN' } };
  const sides = (events: KhabarEvent[]) => events.map((e) => [e.type, e.modality, e.actor?.country, e.recipient?.country]);

  it('gives an agreement with no side after با the party of another country inside its clause', () => {
    expect(sides(eventsOf('وزارت کشاورزی ارمنستان با فروش گندم به ایران موافقت کرد.', [ministry, iranLoc]))).toEqual([['AGREE', 'asserted', 'ARM', 'IRN']]);
  });

  it('keeps no agreement when no other side is named in its clause', () => {
    expect(eventsOf('وزارت کشاورزی ارمنستان با فروش گندم موافقت کرد و ایران از آن استقبال کرد.', [ministry, iranLoc]).filter((e) => e.type === 'AGREE')).toEqual([]);
  });
});

describe('members acting for their body', () => {
  const council: TestEntity = { id: 'e77', type: 'ORG', canonical: 'شورای شهر کرج', mentions: [{ text: 'شورای شهر کرج' }], attributes: { country: 'IRN' } };
  const sides = (events: KhabarEvent[]) => events.map((e) => [e.type, e.actor?.entity, e.recipient?.country]);

  it('reads the members of a body after a partitive از as the body acting', () => {
    expect(sides(eventsOf('دو نفر از اعضای شورای شهر کرج با کارگران معترض گفت‌وگو کردند.', [council]))).toEqual([['CONSULT', 'e77', 'IRN']]);
  });

  it('still reads a body after a preposition that is no partitive as no subject', () => {
    expect(eventsOf('کارگران پس از نامه اعضای شورای شهر کرج با نمایندگان گفت‌وگو کردند.', [council]).map((e) => e.actor?.entity)).not.toContain('e77');
  });
});

describe('acts promised by a threat whose condition follows its verb', () => {
  const commander: TestEntity = { id: 'e78', type: 'PER', canonical: 'کاوه نوری', mentions: [{ text: 'کاوه نوری' }], attributes: { country: 'IRN', roles: [{ role: 'فرمانده نیروی دریایی', country: 'IRN' }] } };
  const usaLoc: TestEntity = { id: 'e79', type: 'LOC', canonical: 'آمریکا', mentions: [{ text: 'آمریکا' }], attributes: { subtype: 'country', country: 'USA' } };
  const sides = (events: KhabarEvent[]) => events.map((e) => [e.type, e.modality, e.actor?.country, e.recipient?.country]);

  it('reads a target promised after `هشدار داد: اگر ...` as a hypothetical attack on the side of the condition', () => {
    const events = sides(eventsOf('کاوه نوری هشدار داد: اگر ناوهای آمریکا به آب‌های ما نزدیک شوند، بی‌درنگ هدف قرار خواهند گرفت.', [commander, usaLoc]));
    expect(events).toContainEqual(['ASSAULT', 'hypothetical', 'IRN', 'USA']);
  });

  it('promises no attack when the main clause names no target', () => {
    const events = sides(eventsOf('کاوه نوری هشدار داد: اگر ناوهای آمریکا به آب‌های ما نزدیک شوند، پیامدهای آن را خواهند دید.', [commander, usaLoc]));
    expect(events.map(([type]) => type)).not.toContain('ASSAULT');
  });
});

describe('appearing among a gathering', () => {
  const governor: TestEntity = { id: 'e80', type: 'PER', canonical: 'نادر صالحی', mentions: [{ text: 'نادر صالحی' }], attributes: { country: 'IRN', roles: [{ role: 'فرماندار', country: 'IRN' }] } };

  it('reads an official who appears among those gathered as meeting them, at home', () => {
    const events = eventsOf('نادر صالحی فرماندار شهر در جمع کشاورزان معترض حاضر شد.', [governor]);
    expect(events.map((e) => [e.type, e.actor?.entity, e.recipient?.country])).toContainEqual(['CONSULT', 'e80', 'IRN']);
  });

  it('reads no meeting in appearing somewhere else', () => {
    expect(eventsOf('نادر صالحی فرماندار شهر در محل کار خود حاضر شد.', [governor]).map((e) => e.type)).not.toContain('CONSULT');
  });
});

describe('issue 5: event arguments on unseen text (events round 8)', () => {
  const treasury: TestEntity = { id: 'e81', type: 'ORG', canonical: 'وزارت خزانه‌داری آمریکا', mentions: [{ text: 'وزارت خزانه‌داری آمریکا' }], attributes: { subtype: 'ministry', country: 'USA' } };
  const sudanArmy: TestEntity = { id: 'e82', type: 'ORG', canonical: 'ارتش سودان', mentions: [{ text: 'ارتش سودان' }], attributes: { subtype: 'military', country: 'SDN' } };
  const rsf: TestEntity = { id: 'e83', type: 'ORG', canonical: 'نیروهای واکنش سریع', mentions: [{ text: 'نیروهای واکنش سریع' }], attributes: { subtype: 'armed-group', country: 'SDN' } };
  const emirates: TestEntity = { id: 'e84', type: 'LOC', canonical: 'امارات متحده عربی', mentions: [{ text: 'امارات متحده عربی' }], attributes: { subtype: 'country', country: 'ARE' } };
  const kazakh: TestEntity = { id: 'e85', type: 'PER', canonical: 'آیدار نوروف', mentions: [{ text: 'آیدار نوروف' }], attributes: { country: 'KAZ', roles: [{ role: 'رئیس‌جمهور', country: 'KAZ' }] } };
  const prosecutor: TestEntity = { id: 'e86', type: 'PER', canonical: 'نماینده دادستان', mentions: [{ text: 'نماینده دادستان' }], attributes: { country: 'IRN', roles: [{ role: 'نماینده دادستان', country: 'IRN' }] } };
  const accused: TestEntity = { id: 'e87', type: 'PER', canonical: 'س.ج', mentions: [{ text: 'س.ج' }, { text: 'س.ج', nth: 1 }], attributes: { country: 'IRN' } };
  const foreignMinistry: TestEntity = { id: 'e88', type: 'ORG', canonical: 'وزارت خارجه آمریکا', mentions: [{ text: 'وزارت خارجه آمریکا' }], attributes: { subtype: 'ministry', country: 'USA' } };
  const beirut: TestEntity = { id: 'e89', type: 'LOC', canonical: 'بیروت', mentions: [{ text: 'بیروت' }], attributes: { subtype: 'city', country: 'LBN' } };
  const union: TestEntity = { id: 'e90', type: 'ORG', canonical: 'اتحادیه آفریقا', mentions: [{ text: 'اتحادیه آفریقا' }], attributes: { subtype: 'international' } };
  const envoy: TestEntity = { id: 'e91', type: 'PER', canonical: 'امادو سیسه', mentions: [{ text: 'امادو سیسه' }], attributes: { country: 'SDN', roles: [{ role: 'فرستاده ویژه', organization: 'e90', organizationName: 'اتحادیه آفریقا', country: 'SDN' }] } };
  const un: TestEntity = { id: 'e92', type: 'ORG', canonical: 'سازمان ملل', mentions: [{ text: 'سازمان ملل' }], attributes: { subtype: 'international' } };
  const iraqLoc: TestEntity = { id: 'e93', type: 'LOC', canonical: 'عراق', mentions: [{ text: 'عراق' }], attributes: { subtype: 'country', country: 'IRQ' } };
  const iranLoc: TestEntity = { id: 'e94', type: 'LOC', canonical: 'ایران', mentions: [{ text: 'ایران' }], attributes: { subtype: 'country', country: 'IRN' } };
  const sides = (events: KhabarEvent[]) => events.map((e) => [e.type, e.modality, e.actor?.country ?? e.actor?.sector, e.recipient?.country ?? e.recipient?.sector ?? null]);

  it('reads a warning of sanctions that befall anyone as a threat and a sanction promised, aimed at no one named', () => {
    const events = sides(eventsOf('وزارت خزانه‌داری آمریکا هشدار داد که هر بانکی که با این شرکت‌ها معامله کند، با تحریم‌های ثانویه روبه‌رو خواهد شد.', [treasury]));
    expect(events).toEqual([['THREATEN', 'asserted', 'USA', null], ['SANCTION', 'hypothetical', 'USA', null]]);
  });

  it('aims a warning of sanctions at the object of another country in what is warned', () => {
    const events = sides(eventsOf('وزارت خزانه‌داری آمریکا هشدار داد که خرید نفت ایران شرکت‌های چینی را در معرض تحریم‌های تازه قرار می‌دهد.', [treasury, iranLoc]));
    expect(events).toContainEqual(['THREATEN', 'asserted', 'USA', 'CHN']);
    expect(events).toContainEqual(['SANCTION', 'hypothetical', 'USA', 'CHN']);
  });

  it('reads goods of trade delivered as a cooperation, no aid, the goods named anywhere before the verb', () => {
    const sides = (text: string): unknown[] => eventsOf(text, [iranLoc, iraqLoc]).map((e) => [e.type, e.actor?.country, e.recipient?.country]);
    expect(sides('ایران از ماه آینده روزانه ۲۰ میلیون مترمکعب گاز به عراق تحویل می‌دهد.')).toEqual([['COOPERATE', 'IRN', 'IRQ']]);
    expect(sides('روزانه ۵ میلیون مترمکعب گاز وارد شبکه می‌شود و ایران معادل آن را به عراق تحویل می‌دهد.')).toEqual([['COOPERATE', 'IRN', 'IRQ']]);
  });

  it('reads no sanction in sanctions someone tries to bring back', () => {
    expect(eventsOf('روسیه هر تلاشی برای بازگرداندن تحریم‌های سازمان ملل علیه ایران را رد کرد.', [russia, un, iranLoc]).map((e) => e.type)).not.toContain('SANCTION');
  });

  it('aims an attack on an armed side named by a common noun at the last armed body named', () => {
    const events = eventsOf('نیروهای واکنش سریع به اردوگاه زمزم حمله کردند. ارتش سودان در پاسخ مواضع شبه‌نظامیان را بمباران کرد.', [rsf, sudanArmy]);
    expect(events.map((e) => [e.type, e.actor?.entity, e.recipient?.entity])).toContainEqual(['ASSAULT', 'e82', 'e83']);
  });

  it('aims a request made in a meeting at the other side of it', () => {
    expect(sides(eventsOf('آیدار نوروف در دیدار با مینا رستمی خواستار افزایش پروازهای مستقیم شد.', [kazakh, iran]))).toContainEqual(['REQUEST', 'asserted', 'KAZ', 'IRN']);
  });

  it('takes دو طرف with no meeting remembered from the two sides named before it in its sentence', () => {
    const events = sides(eventsOf('سرگئی پاولوف روز پنجشنبه به همراه مینا رستمی از نمایشگاه صنعتی مسکو بازدید کرد و دو طرف درباره نشست آینده گفت‌وگو کردند.', [{ id: 'e97', type: 'PER', canonical: 'سرگئی پاولوف', mentions: [{ text: 'سرگئی پاولوف' }], attributes: { country: 'RUS', roles: [{ role: 'معاون وزیر خارجه', country: 'RUS' }] } }, iran]));
    expect(events.filter(([type]) => type === 'CONSULT')).toHaveLength(1);
    expect([events[0][2], events[0][3]].sort()).toEqual(['IRN', 'RUS']);
  });

  it('reads a name in « » as a subject and a rejection at home as answering the last accusation', () => {
    const events = eventsOf('در این جلسه نماینده دادستان «س.ج» را به اخلال در نظام ارزی متهم کرد. «س.ج» همه اتهامات را رد کرد.', [prosecutor, accused]);
    expect(events.map((e) => [e.type, e.actor?.entity, e.recipient?.entity])).toEqual([['ACCUSE', 'e86', 'e87'], ['REJECT', 'e87', 'e86']]);
  });

  it('reads a delegation from a body as the body acting', () => {
    expect(sides(eventsOf('قرار است هیئتی از وزارت خارجه آمریکا هفته آینده به بیروت سفر کند.', [foreignMinistry, beirut]))).toEqual([['CONSULT', 'planned', 'USA', 'LBN']]);
  });

  it('reads no condemnation in a sentence passed, and still reads one with no penalty', () => {
    const committee: TestEntity = { id: 'e95', type: 'ORG', canonical: 'کمیته انضباطی فدراسیون فوتبال', mentions: [{ text: 'کمیته انضباطی فدراسیون فوتبال' }], attributes: { country: 'IRN' } };
    const club: TestEntity = { id: 'e96', type: 'ORG', canonical: 'باشگاه پرسپولیس', mentions: [{ text: 'باشگاه پرسپولیس' }], attributes: { subtype: 'company', country: 'IRN' } };
    expect(eventsOf('کمیته انضباطی فدراسیون فوتبال باشگاه پرسپولیس را به پرداخت جریمه محکوم کرد.', [committee, club]).map((e) => e.type)).not.toContain('ACCUSE');
    expect(eventsOf('کمیته انضباطی فدراسیون فوتبال رفتار باشگاه پرسپولیس را به شدت محکوم کرد.', [committee, club]).map((e) => e.type)).toContain('ACCUSE');
  });

  it('reads no threat in a noun of threat governed by another noun before a shared light verb', () => {
    expect(eventsOf('ایران زیر سایه تهدید و تحریم با آمریکا مذاکره نخواهد کرد.', [iranLoc, { ...usa, mentions: [{ text: 'آمریکا' }] }]).map((e) => e.type)).not.toContain('THREATEN');
  });

  it('takes the subject after a condition, and the author of an act the condition goes on with', () => {
    const events = sides(eventsOf('ارتش سودان اعلام کرد که اگر امارات متحده عربی به ارسال سلاح برای نیروهای واکنش سریع ادامه دهد، خارطوم از ابوظبی به دیوان بین‌المللی شکایت خواهد کرد.', [sudanArmy, emirates, rsf]));
    expect(events).toContainEqual(['AID', 'hypothetical', 'ARE', 'SDN']);
    expect(events.filter(([type]) => type === 'ACCUSE').map(([, , actor]) => actor)).toEqual(['SDN']);
  });

  it('aims an accusation of an act at its agent named after از سوی inside the object', () => {
    const events = sides(eventsOf('ایران تحریم دو شرکت ایرانی از سوی وزارت خزانه‌داری آمریکا را «غیرقانونی» خواند.', [iranLoc, treasury]));
    expect(events).toContainEqual(['ACCUSE', 'asserted', 'IRN', 'USA']);
  });

  it('codes an official of an international body as the body (no country)', () => {
    const [event] = eventsOf('ارتش سودان با امادو سیسه فرستاده ویژه اتحادیه آفریقا دیدار کرد.', [sudanArmy, envoy, union]);
    expect(event).toMatchObject({ type: 'CONSULT', recipient: { entity: 'e91', sector: 'IGO' } });
    expect(event.recipient?.country).toBeUndefined();
  });

  it('reads an international body in the noun phrase that opens the clause as its subject', () => {
    const events = sides(eventsOf('هماهنگ‌کننده امور بشردوستانه سازمان ملل از ارتش سودان خواست آتش‌بس را بپذیرد.', [un, sudanArmy]));
    expect(events).toContainEqual(['REQUEST', 'asserted', 'IGO', 'SDN']);
  });

  it('gives a verb with no subject right after a quote that quote\'s speaker', () => {
    const council: TestEntity = { id: 'e98', type: 'ORG', canonical: 'شورای امنیت', mentions: [{ text: 'شورای امنیت' }], attributes: { subtype: 'international' } };
    const text = 'در این بیانیه همچنین از شورای امنیت خواسته شد نیروهای واکنش سریع را محکوم کند.';
    const events = eventsOf(`ارتش سودان حمله به اردوگاه را محکوم کرد. ${text}`, [sudanArmy, council, rsf], [['در این بیانیه همچنین از شورای امنیت', 'e82']]);
    expect(events.map((e) => [e.type, e.actor?.entity, e.recipient?.entity])).toContainEqual(['REQUEST', 'e82', 'e98']);
  });

  it('reads the town where forces are deployed as no recipient of the deployment', () => {
    const army: TestEntity = { id: 'e90', type: 'ORG', canonical: 'ارتش لبنان', mentions: [{ text: 'ارتش لبنان' }], attributes: { subtype: 'military', country: 'LBN' } };
    const town: TestEntity = { id: 'e91', type: 'LOC', canonical: 'مرجعیون', mentions: [{ text: 'مرجعیون' }], attributes: { subtype: 'city', country: 'LBN' } };
    const events = eventsOf('ارتش لبنان اعلام کرد که یگان‌های آن در اطراف مرجعیون مستقر شده‌اند.', [army, town]);
    expect(events.map((e) => [e.type, e.actor?.country, e.recipient?.country ?? null])).toEqual([['MOBILIZE', 'LBN', null]]);
  });

  it('reads where forces are sent as no recipient of the deployment, past the words of the place', () => {
    const events = eventsOf('ارتش اسرائیل دو گردان دیگر را به شمال لبنان اعزام کرد.', [army, lebanon]);
    expect(events.map((e) => [e.type, e.actor?.country, e.recipient?.country ?? null])).toEqual([['MOBILIZE', 'ISR', null]]);
  });

  it('aims a home request with no one named at the other country its sentence names, not at home', () => {
    const events = sides(eventsOf('مینا رستمی گفت عراق هنوز بدهی‌های گازی را پرداخت نکرده و تهران خواستار تسویه کامل آن تا پایان سال است.', [iran, iraqLoc]));
    expect(events.filter(([type]) => type === 'REQUEST').map(([, , , recipient]) => recipient)).toEqual(['IRQ']);
  });

  it('aims a home conditional threat at the other country its main clause names', () => {
    const events = sides(eventsOf('مینا رستمی گفت در صورتی که بدهی‌ها تا پایان ماه پرداخت نشود، ایران صادرات گاز به عراق را کاهش خواهد داد.', [iran, iranLoc, iraqLoc]));
    expect(events).toContainEqual(['THREATEN', 'asserted', 'IRN', 'IRQ']);
  });
});

describe('recipient candidates (issue 5, for measuring a learned chooser)', () => {
  it('offers every other party of the sentence, the rules\' choice marked, and none', () => {
    const doc = docWithEntities(lexicons, 'روسیه حمله ارتش اسرائیل به لبنان را محکوم کرد.', [russia, army, lebanon]);
    const choices: { type: string; ruleCountry: string | null; candidates: { country: string | null; features: string[] }[] }[] = [];
    createEventsStage(lexicons, lexicons.report!.eventPatterns, { candidates: (c) => choices.push(c) }).run(doc);
    const accuse = choices.find((c) => c.type === 'ACCUSE');
    expect(accuse?.ruleCountry).toBe('ISR');
    expect(accuse?.candidates.map((c) => [c.country, c.features.includes('rule:true')])).toEqual([['ISR', true], ['LBN', false], [null, false]]);
    expect(accuse?.candidates.at(-1)?.features).toContain('none');
  });
});

describe('events: register variants and light-verb constructions (round 8)', () => {
  it.each([
    ['a formal light verb for accusing', 'ارتش اسرائیل روسیه را به نقض توافق متهم ساخت.', [army, russia], ['ACCUSE', 'ISR', 'RUS']],
    ['a condemnation in its literary word', 'مینا رستمی حمله ارتش اسرائیل به لبنان را تقبیح کرد.', [iran, army, lebanon], ['ACCUSE', 'IRN', 'ISR']],
    ['criticism carried by مورد ... قرار داد', 'مینا رستمی سیاست‌های روسیه را مورد انتقاد شدید قرار داد.', [iran, russia], ['ACCUSE', 'IRN', 'RUS']],
    ['an attack carried by زیر آتش گرفت', 'ارتش اسرائیل مواضع لبنان را زیر آتش توپخانه گرفت.', [army, lebanon], ['ASSAULT', 'ISR', 'LBN']],
    ['an invitation, the inviter acting', 'مینا رستمی مقامات روسیه را برای گفت‌وگوهای تازه دعوت کرد.', [iran, russia], ['CONSULT', 'IRN', 'RUS']],
    ['cutting exports', 'روسیه صادرات گاز به لبنان را قطع کرد.', [russia, lebanon], ['SANCTION', 'RUS', 'LBN']],
    ['sanctions carried by تمدید کرد', 'روسیه تحریم‌های خود علیه لبنان را شش ماه دیگر تمدید کرد.', [russia, lebanon], ['SANCTION', 'RUS', 'LBN']],
    ['attacks carried by شدت بخشید', 'ارتش اسرائیل حملات خود به لبنان را شدت بخشید.', [army, lebanon], ['ASSAULT', 'ISR', 'LBN']],
    ['sanctions in a batch (a partitive از)', 'روسیه بسته جدیدی از تحریم‌ها علیه لبنان را تصویب کرد.', [russia, lebanon], ['SANCTION', 'RUS', 'LBN']],
    ['attacks carried to a place (کشاند)', 'ارتش اسرائیل حملات خود را به عمق خاک لبنان کشاند.', [army, lebanon], ['ASSAULT', 'ISR', 'LBN']],
    ['appearing at a session of another side', 'مینا رستمی در جلسه کمیسیون مشترک روسیه حضور یافت.', [iran, russia], ['CONSULT', 'IRN', 'RUS']],
    ['an attack continued, its noun after به', 'ارتش اسرائیل به حملات خود علیه لبنان ادامه داد.', [army, lebanon], ['ASSAULT', 'ISR', 'LBN']],
    ['arms sent, continued', 'روسیه به ارسال سلاح برای ارتش اسرائیل ادامه داد.', [russia, army], ['AID', 'RUS', 'ISR']],
    ['an agreement carried by the passive حاصل شد', 'میان روسیه و لبنان توافقی برای صادرات گندم حاصل شد.', [russia, lebanon], ['AGREE', 'RUS', 'LBN']],
  ])('reads %s', (_, text, entities, [type, actor, recipient]) => {
    const events = eventsOf(text, entities as TestEntity[]);
    expect(events.map((e) => [e.type, e.actor?.country, e.recipient?.country])).toContainEqual([type, actor, recipient]);
  });

  it('reads no event in a reply to a question, only in a firm reply promised', () => {
    expect(eventsOf('مینا رستمی به پرسش‌های خبرنگاران پاسخ داد.', [iran])).toEqual([]);
    const text = 'مینا رستمی گفت: به هر اقدام روسیه پاسخی سریع و قاطع خواهیم داد.';
    const events = eventsOf(text, [iran, russia], [['به هر اقدام روسیه پاسخی سریع و قاطع خواهیم داد', 'e1']]);
    expect(events.map((e) => [e.type, e.actor?.country, e.recipient?.country])).toEqual([['THREATEN', 'IRN', 'RUS']]);
  });

  it('reads a refusal only from its negated verb', () => {
    const refused = eventsOf('روسیه به هیئت لبنان روادید نداد.', [russia, lebanon]);
    expect(refused.map((e) => [e.type, e.actor?.country, e.recipient?.country, e.modality])).toEqual([['REJECT', 'RUS', 'LBN', 'asserted']]);
    expect(eventsOf('روسیه به هیئت لبنان روادید داد.', [russia, lebanon])).toEqual([]);
  });

  it('reads no act in a noun a preposition governs through a demonstrative (`پس از این حمله`)', () => {
    expect(eventsOf('روسیه پس از این حمله گزارشی به لبنان ارائه کرد.', [russia, lebanon])).toEqual([]);
  });

  it('reads a compound verb in the negated future, negated (`مذاکره نخواهد کرد`)', () => {
    const events = eventsOf('روسیه با لبنان مذاکره نخواهد کرد.', [russia, lebanon]);
    expect(events.map((e) => [e.type, e.actor?.country, e.recipient?.country, e.modality])).toEqual([['CONSULT', 'RUS', 'LBN', 'negated']]);
  });

  it('reads a compound past the adjectives of its nominal part, not past را', () => {
    const events = eventsOf('روسیه با لبنان مذاکره مستقیم نخواهد کرد.', [russia, lebanon]);
    expect(events.map((e) => [e.type, e.actor?.country, e.recipient?.country, e.modality])).toEqual([['CONSULT', 'RUS', 'LBN', 'negated']]);
    expect(eventsOf('روسیه تحریم‌های لبنان را بی‌اثر کرد.', [russia, lebanon]).map((e) => e.type)).not.toContain('SANCTION');
  });

  it('reads the act an accusation charges as an act of the accused, when the charge names its target', () => {
    const events = eventsOf('لبنان ارتش اسرائیل را به حمله به روسیه متهم کرد.', [lebanon, army, russia]);
    expect(events.map((e) => [e.type, e.actor?.country, e.recipient?.country])).toEqual([['ACCUSE', 'LBN', 'ISR'], ['ASSAULT', 'ISR', 'RUS']]);
    // no target named in the charge: the accusation alone
    expect(eventsOf('لبنان ارتش اسرائیل را به حمله‌ای تازه متهم کرد.', [lebanon, army]).map((e) => e.type)).toEqual(['ACCUSE']);
  });

  it('reads a charge of double standards in what is said as an accusation of the other side', () => {
    const text = 'مینا رستمی گفت: رفتار روسیه در این پرونده نمونه روشن استانداردهای دوگانه است.';
    const events = eventsOf(text, [iran, russia], [['رفتار روسیه در این پرونده نمونه روشن استانداردهای دوگانه است', 'e1']]);
    expect(events.map((e) => [e.type, e.actor?.country, e.recipient?.country])).toEqual([['ACCUSE', 'IRN', 'RUS']]);
  });
});

describe('issue 5: event arguments on unseen text (events round 9)', () => {
  const sidon: TestEntity = { id: 'e21', type: 'LOC', canonical: 'صیدا', mentions: [{ text: 'صیدا' }], attributes: { subtype: 'city', country: 'LBN' } };

  it.each([
    ['a town after در', 'ارتش اسرائیل دیشب یک ساختمان مسکونی را در حومه صیدا هدف قرار داد.', [army, sidon]],
    ['a country after در, the attack a verb of its own', 'ارتش اسرائیل امروز صبح با پهپاد به یک خودرو در جنوب لبنان حمله کرد.', [army, lebanon]],
  ])('takes the country of the place an attack struck in, %s, as its recipient', (_, text, entities) => {
    const events = eventsOf(text, entities as TestEntity[]);
    expect(events.map((e) => [e.type, e.actor?.country, e.recipient?.country])).toEqual([['ASSAULT', 'ISR', 'LBN']]);
  });

  const hezbollah: TestEntity = { id: 'e22', type: 'ORG', canonical: 'حزب‌الله', mentions: [{ text: 'حزب‌الله' }], attributes: { country: 'LBN' } };
  const hypotheticalAssaults = (text: string): unknown[] => eventsOf(text, [army, hezbollah]).filter((e) => e.type === 'ASSAULT' && e.modality === 'hypothetical').map((e) => [e.actor?.country, e.recipient?.country]);

  it.each([
    ['a reply in its main clause', 'ارتش اسرائیل دیروز سه روستای مرزی را بمباران کرد. حزب‌الله هشدار داد که اگر حملات ارتش اسرائیل به روستاها ادامه یابد، در انتخاب زمان پاسخ آزاد است.'],
    ['killings in its condition', 'حزب‌الله هشدار داد که اگر ترورها ادامه یابد، حملات ارتش اسرائیل بی‌پاسخ نخواهد ماند.'],
  ])('reads a threat of reprisal whose condition is an attack as an attack promised (%s)', (_, text) => {
    expect(hypotheticalAssaults(text)).toContainEqual(['LBN', 'ISR']);
  });

  it('reads a reply promised with no condition as an attack promised, planned, and hypothetical after هرگونه', () => {
    const promised = (said: string): unknown[] => eventsOf(`حزب‌الله گفت: «${said}»`, [army, hezbollah], [[said, 'e22']]).filter((e) => e.type === 'ASSAULT').map((e) => [e.actor?.country, e.recipient?.country, e.modality]);
    expect(promised('تجاوزات ارتش اسرائیل بی‌پاسخ نخواهد ماند.')).toContainEqual(['LBN', 'ISR', 'planned']);
    expect(promised('هرگونه تجاوز ارتش اسرائیل بی‌پاسخ نخواهد ماند.')).toContainEqual(['LBN', 'ISR', 'hypothetical']);
    // a reply refused, or one left unanswered in the past, promises nothing
    expect(promised('به تجاوز ارتش اسرائیل پاسخ قاطع نخواهد داد.')).toEqual([]);
    expect(promised('تجاوز ارتش اسرائیل بی‌پاسخ ماند.')).toEqual([]);
  });

  it('reads a complaint to be filed beside a condemnation in its sentence as a charge of its own, a condemnation said twice as one', () => {
    const lebanonGovernment: TestEntity = { id: 'e71', type: 'ORG', canonical: 'دولت لبنان', mentions: [{ text: 'دولت لبنان' }], attributes: { subtype: 'government', country: 'LBN' } };
    const charges = (text: string): unknown[] => eventsOf(text, [lebanonGovernment, army]).filter((e) => e.type === 'ACCUSE').map((e) => [e.actor?.country, e.recipient?.country, e.modality]);
    expect(charges('دولت لبنان با محکوم کردن حملات ارتش اسرائیل اعلام کرد که شکایتی علیه ارتش اسرائیل به شورای امنیت ارائه خواهد کرد.')).toEqual([['LBN', 'ISR', 'asserted'], ['LBN', 'ISR', 'planned']]);
    expect(charges('دولت لبنان حملات ارتش اسرائیل را محکوم کرد و آن را نقض آشکار آتش‌بس دانست.')).toHaveLength(1);
  });

  it('reads a measure announced past a short name set in « », its charge (به اتهام ...) naming no side of it', () => {
    const events = eventsOf('مینا رستمی از صدور حکم حبس برای «م.ن» به اتهام جاسوسی برای ارتش اسرائیل خبر داد.', [iran, army]);
    expect(events.filter((e) => e.type === 'COERCE').map((e) => [e.actor?.country, e.recipient?.country])).toEqual([['IRN', 'IRN']]);
  });

  it('reads a complaint or a lawsuit to be handed in (تسلیم کرد، ارائه داد) as a charge planned against the side after علیه', () => {
    const lebanonGovernment: TestEntity = { id: 'e71', type: 'ORG', canonical: 'دولت لبنان', mentions: [{ text: 'دولت لبنان' }], attributes: { subtype: 'government', country: 'LBN' } };
    const charges = (text: string): unknown[] => eventsOf(text, [lebanonGovernment, army]).filter((e) => e.type === 'ACCUSE').map((e) => [e.actor?.country, e.recipient?.country, e.modality]);
    expect(charges('دولت لبنان اعلام کرد شکایتی رسمی علیه ارتش اسرائیل به دبیرخانه شورای امنیت تسلیم خواهد کرد.')).toEqual([['LBN', 'ISR', 'planned']]);
    expect(charges('دولت لبنان اعلام کرد شکایت تازه‌ای علیه ارتش اسرائیل به دیوان بین‌المللی ارائه خواهد داد.')).toEqual([['LBN', 'ISR', 'planned']]);
    expect(charges('دولت لبنان به زودی دادخواستی علیه ارتش اسرائیل به دیوان بین‌المللی دادگستری ارائه خواهد کرد.')).toEqual([['LBN', 'ISR', 'planned']]);
    // nothing handed over as aid
    expect(eventsOf('دولت لبنان شکایتی علیه ارتش اسرائیل به دبیرخانه شورای امنیت تسلیم کرد.', [lebanonGovernment, army]).map((e) => e.type)).toEqual(['ACCUSE']);
  });

  it('reads a reply promised after an attack told as done, in the words of a warning retold in its sentence, as an attack promised too', () => {
    const text = 'حزب‌الله یک پایگاه ارتش اسرائیل را با موشک هدف قرار داد و هشدار داد: «هرگونه تجاوز ارتش اسرائیل بی‌پاسخ نخواهد ماند.»';
    const said = 'هرگونه تجاوز ارتش اسرائیل بی‌پاسخ نخواهد ماند.';
    const events = eventsOf(text, [army, hezbollah], [[said, 'e22']]).filter((e) => e.type === 'ASSAULT').map((e) => [e.actor?.country, e.recipient?.country, e.modality]);
    expect(events).toEqual([['LBN', 'ISR', 'asserted'], ['LBN', 'ISR', 'hypothetical']]);
  });

  it('reads forces of other countries taking part in or watching an exercise as the home country cooperating with each, its own event', () => {
    const oman: TestEntity = { id: 'e30', type: 'ORG', canonical: 'نیروی دریایی عمان', mentions: [{ text: 'نیروی دریایی عمان' }], attributes: { subtype: 'military', country: 'OMN' } };
    const pakistan: TestEntity = { id: 'e31', type: 'ORG', canonical: 'نیروی دریایی پاکستان', mentions: [{ text: 'نیروی دریایی پاکستان' }], attributes: { subtype: 'military', country: 'PAK' } };
    const coded = (text: string, entities: TestEntity[]): unknown[] => eventsOf(text, entities).filter((e) => e.type === 'COOPERATE').map((e) => [e.actor?.country, e.recipient?.country, e.modality]);
    expect(coded('یگان‌هایی از نیروی دریایی عمان و نیروی دریایی پاکستان در این رزمایش حضور دارند.', [oman, pakistan])).toEqual([['IRN', 'OMN', 'asserted'], ['IRN', 'PAK', 'asserted']]);
    expect(coded('این رزمایش ادامه دارد و ناظرانی از نیروی دریایی پاکستان در آن شرکت خواهند کرد.', [pakistan])).toEqual([['IRN', 'PAK', 'planned']]);
    expect(coded('نیروی دریایی پاکستان در نشست سران حضور داشت.', [pakistan])).toEqual([]);
    // the exercise named only in the sentence before; not one of another side, nor a side after a preposition
    expect(coded('ایران رزمایش دریایی بزرگی را آغاز کرد. ناظرانی از نیروی دریایی پاکستان در آن حضور داشتند.', [pakistan])).toEqual([['IRN', 'PAK', 'asserted']]);
    expect(coded('نیروی دریایی پاکستان در نشست سران حضور داشت و ایران رزمایش دریایی برگزار کرد.', [pakistan])).toEqual([]);
    expect(coded('نیروی دریایی عمان در رزمایش مشترک با نیروی دریایی پاکستان حضور داشت.', [oman, pakistan]).filter((row) => (row as unknown[])[0] === 'IRN')).toEqual([]);
  });

  it('reads the forces of each other country sent to a joint exercise as a MOBILIZE besides the cooperation', () => {
    const iranNavy: TestEntity = { id: 'e32', type: 'ORG', canonical: 'نیروی دریایی ارتش', mentions: [{ text: 'نیروی دریایی ارتش' }], attributes: { subtype: 'military', country: 'IRN' } };
    const china: TestEntity = { id: 'e34', type: 'LOC', canonical: 'چین', mentions: [{ text: 'چین' }], attributes: { subtype: 'country', country: 'CHN' } };
    const mobilized = (text: string): unknown[] => eventsOf(text, [iranNavy, russia, china]).filter((e) => e.type === 'MOBILIZE').map((e) => [e.actor?.country, e.recipient?.country ?? null]);
    expect(mobilized('رزمایش مشترک دریایی با حضور نیروی دریایی ارتش و ناوگروه‌های اعزامی روسیه و چین امروز آغاز شد.')).toEqual([['RUS', null], ['CHN', null]]);
    expect(mobilized('رزمایش مشترک دریایی با حضور نیروی دریایی ارتش و ناوگروه‌هایی از روسیه و چین امروز آغاز شد.')).toEqual([['RUS', null], ['CHN', null]]);
    // countries named with no force sent from them cooperate only
    expect(mobilized('رزمایش مشترک دریایی نیروی دریایی ارتش با روسیه و چین امروز آغاز شد.')).toEqual([]);
  });

  it('reads a vessel turning away after a warning as threatened by the warner', () => {
    const iranNavy: TestEntity = { id: 'e33', type: 'ORG', canonical: 'نیروی دریایی ارتش', mentions: [{ text: 'نیروی دریایی ارتش' }], attributes: { subtype: 'military', country: 'IRN' } };
    const usa: TestEntity = { id: 'e35', type: 'LOC', canonical: 'آمریکا', mentions: [{ text: 'آمریکا' }], attributes: { subtype: 'country', country: 'USA' } };
    const threats = (text: string, entities: TestEntity[]): unknown[] => eventsOf(text, entities).filter((e) => e.type === 'THREATEN').map((e) => [e.actor?.country, e.recipient?.country ?? null, e.modality]);
    expect(threats('یک ناوشکن آمریکا پس از دریافت اخطار رادیویی نیروی دریایی ارتش مسیر خود را تغییر داد و منطقه را ترک کرد.', [usa, iranNavy])).toEqual([['IRN', 'USA', 'asserted']]);
    // the warner not named: the home country
    expect(threats('یک پهپاد آمریکا پس از چند اخطار منطقه را ترک کرد.', [usa])).toEqual([['IRN', 'USA', 'asserted']]);
    // a warning with no turning away, or not one heeded, is no threat of this kind
    expect(threats('یک ناوشکن آمریکا پس از دریافت اخطار نیروی دریایی ارتش به مسیر خود ادامه داد.', [usa, iranNavy])).toEqual([]);
    expect(threats('حملات آمریکا بدون اخطار قبلی انجام شد و ساکنان منطقه را ترک کردند.', [usa])).toEqual([]);
  });

  it('reads a vessel turning away after a warning as a retreat toward the warner too, not one of no country', () => {
    const iranNavy: TestEntity = { id: 'e33', type: 'ORG', canonical: 'نیروی دریایی ارتش', mentions: [{ text: 'نیروی دریایی ارتش' }], attributes: { subtype: 'military', country: 'IRN' } };
    const usa: TestEntity = { id: 'e35', type: 'LOC', canonical: 'آمریکا', mentions: [{ text: 'آمریکا' }], attributes: { subtype: 'country', country: 'USA' } };
    const retreats = (text: string, entities: TestEntity[]): unknown[] => eventsOf(text, entities).filter((e) => e.type === 'RETREAT').map((e) => [e.actor?.country, e.recipient?.country ?? null, e.modality]);
    expect(retreats('یک ناوشکن آمریکا پس از دریافت اخطار رادیویی نیروی دریایی ارتش مسیر خود را تغییر داد و از منطقه دور شد.', [usa, iranNavy])).toEqual([['USA', 'IRN', 'asserted']]);
    expect(retreats('دو شناور ناشناس پس از دریافت اخطار نیروی دریایی ارتش منطقه را ترک کردند.', [iranNavy])).toEqual([]);
    expect(retreats('یک ناوشکن آمریکا پس از دریافت اخطار نیروی دریایی ارتش به مسیر خود ادامه داد.', [usa, iranNavy])).toEqual([]);
  });

  it('reads an indictment sent to a court as a charge to be tried besides the one issued', () => {
    const prosecutor: TestEntity = { id: 'e36', type: 'PER', canonical: 'نادر کاظمی', mentions: [{ text: 'نادر کاظمی' }], attributes: { country: 'IRN', roles: [{ role: 'دادستان تهران', country: 'IRN' }] } };
    const charges = (text: string): unknown[] => eventsOf(text, [prosecutor]).filter((e) => e.type === 'ACCUSE').map((e) => [e.actor?.country, e.recipient?.country ?? null, e.modality]);
    expect(charges('نادر کاظمی از صدور کیفرخواست برای دو متهم خبر داد و گفت پرونده برای رسیدگی به دادگاه انقلاب ارسال شده است.')).toEqual([['IRN', 'IRN', 'asserted'], ['IRN', 'IRN', 'planned']]);
    // issued only: one charge
    expect(charges('نادر کاظمی از صدور کیفرخواست برای دو متهم خبر داد.')).toEqual([['IRN', 'IRN', 'asserted']]);
  });

  it('reads no attack promised when the condition names none', () => {
    expect(hypotheticalAssaults('حزب‌الله هشدار داد که اگر محاصره روستاها از سوی ارتش اسرائیل ادامه یابد، در انتخاب زمان پاسخ آزاد است.')).toEqual([]);
  });

  it('answers a charge or claim denied at home at home, and nothing else denied', () => {
    const denied = (text: string): unknown[] => eventsOf(text, [iran]).filter((e) => e.type === 'REJECT').map((e) => [e.actor?.country, e.recipient?.country]);
    expect(denied('مینا رستمی در گفت‌وگو با خبرنگاران اتهام دریافت رشوه را رد کرد.')).toEqual([['IRN', 'IRN']]);
    expect(denied('مینا رستمی ادعای چند نماینده درباره قرارداد گاز را رد کرد.')).toEqual([['IRN', 'IRN']]);
    expect(denied('مینا رستمی طرح تازه را رد کرد.')).not.toContainEqual(['IRN', 'IRN']);
  });

  it('names no recipient of an attack when no place follows در', () => {
    const events = eventsOf('ارتش اسرائیل در ساعت‌های پایانی شب یک خودرو را هدف قرار داد.', [army]);
    expect(events.map((e) => [e.type, e.actor?.country, e.recipient?.country])).toEqual([['ASSAULT', 'ISR', undefined]]);
  });
});

describe('issue 5: arguments of triggers read (events round 10)', () => {
  const sides = (events: KhabarEvent[], type: string): unknown[] => events.filter((e) => e.type === type).map((e) => [e.actor?.country, e.recipient?.country]);

  it('reads the recipient after a noun\'s own به, not after a later one (`سفر X به Y به امضا رسید`)', () => {
    const events = eventsOf('سند همکاری در سفر آینده مینا رستمی به روسیه به امضا خواهد رسید.', [iran, russia]);
    expect(sides(events, 'CONSULT')).toEqual([['IRN', 'RUS']]);
  });

  it('reads a marker\'s party at the end of a longer chain of nouns, not past a verb', () => {
    expect(sides(eventsOf('روسیه از تمامیت ارضی و حاکمیت ملی لبنان حمایت می‌کند.', [russia, lebanon]), 'SUPPORT')).toEqual([['RUS', 'LBN']]);
    expect(sides(eventsOf('روسیه از سخنانی که درباره آینده منطقه گفته شد و لبنان حمایت می‌کند.', [russia, lebanon]), 'SUPPORT')).toEqual([]);
  });

  it('reads a characterization in « » after its object as an accusation of the last act\'s author', () => {
    const events = eventsOf('ارتش اسرائیل دیروز به جنوب لبنان حمله کرد. روسیه این اقدام را «تجاوزی آشکار به یک کشور مستقل» خواند.', [army, lebanon, russia]);
    expect(sides(events, 'ACCUSE')).toEqual([['RUS', 'ISR']]);
  });

  it('reads a claim or criticism so called as rejected, and nothing said of one\'s own country', () => {
    expect(sides(eventsOf('مینا رستمی انتقادهای روسیه را «دور از واقعیت» دانست.', [iran, russia]), 'REJECT')).toEqual([['IRN', 'RUS']]);
    const own: TestEntity = { id: 'e30', type: 'LOC', canonical: 'ایران', mentions: [{ text: 'ایران' }], attributes: { subtype: 'country', country: 'IRN' } };
    expect(eventsOf('مینا رستمی سهم آب ایران را «حقی مسلم» خواند.', [iran, own])).toEqual([]);
  });

  it('reads no charge in one\'s dealings with a partner called something, nor in « » that open with a preposition', () => {
    expect(eventsOf('روسیه همکاری نظامی با لبنان را «راهبردی» می‌داند.', [russia, lebanon]).filter((e) => e.type === 'ACCUSE')).toEqual([]);
    expect(eventsOf('روسیه سفر لبنان به مسکو را «در چارچوب روابط دیرینه» توصیف کرد.', [russia, lebanon]).filter((e) => e.type === 'ACCUSE')).toEqual([]);
    expect(sides(eventsOf('روسیه سفر ارتش اسرائیل به مرز را «تحریکی آشکار» توصیف کرد.', [russia, army]), 'ACCUSE')).toEqual([['RUS', 'ISR']]);
  });

  it('reads a characterization only right after its object\'s را', () => {
    expect(eventsOf('روسیه در بیانیه‌ای متن «گزارشی تازه» را خواند.', [russia]).filter((e) => e.type === 'ACCUSE')).toEqual([]);
  });
});

describe('issue 5: promises (events round 10)', () => {
  const supports = (text: string, entities: TestEntity[]): unknown[] => eventsOf(text, entities).filter((e) => e.type === 'SUPPORT').map((e) => [e.actor?.country, e.recipient?.country]);

  it('aims a home promise with no one named at home', () => {
    expect(supports('مینا رستمی به کارگران معترض قول داد که حقوق معوق آنان تا پایان ماه پرداخت شود.', [iran])).toEqual([['IRN', 'IRN']]);
  });

  it('aims a promise at the other country named inside what is promised', () => {
    expect(supports('روسیه وعده داده است محموله‌ای از دارو را هفته آینده به لبنان بفرستد.', [russia, lebanon])).toEqual([['RUS', 'LBN']]);
  });
});

describe('issue 5: threats named by their shape (events round 10)', () => {
  const threats = (text: string, entities: TestEntity[]): unknown[] => eventsOf(text, entities).filter((e) => e.type === 'THREATEN').map((e) => [e.actor?.country, e.recipient?.country]);

  it('reads a threat of a protest by people the report does not name as the home country\'s', () => {
    expect(threats('نمایندگان کارگران هشدار دادند در صورتی که تا پایان ماه پاسخی نگیرند، تجمعات خود را به مقابل استانداری منتقل خواهند کرد.', [])).toEqual([['IRN', 'IRN']]);
  });

  it.each([
    ['something going on', 'مینا رستمی گفت که در صورت ادامه این تأخیرها، موضوع را به دادستانی گزارش خواهد کرد.'],
    ['something not done', 'مینا رستمی گفت که در صورت عملی نشدن این وعده‌ها، موضوع را به دادستانی گزارش خواهد کرد.'],
  ])('reads a threat made under a condition named by a noun: %s', (_, text) => {
    expect(threats(text, [iran])).toEqual([['IRN', 'IRN']]);
  });

  it('reads no threat in the condition of an offer named by a noun', () => {
    expect(threats('مینا رستمی گفت که در صورت درخواست لبنان، تیم‌های امدادی را به این کشور اعزام خواهد کرد.', [iran, lebanon])).toEqual([]);
  });
});

describe('issue 5: rejections (events round 10)', () => {
  it('reads `با رد` + anything as a rejection of the other side', () => {
    const events = eventsOf('ارتش اسرائیل دیروز به جنوب لبنان حمله کرد. روسیه با رد هرگونه توجیه برای این حملات، خواستار توقف آن شد.', [army, lebanon, russia]);
    expect(events.filter((e) => e.type === 'REJECT').map((e) => [e.actor?.country, e.recipient?.country])).toEqual([['RUS', 'ISR']]);
  });

  it('reads an objection to a ruling as an appeal (a request), aimed at who issued it and no one else', () => {
    const rejected = (text: string): unknown[] => eventsOf(text, text.includes('روسیه') ? [iran, russia] : [iran]).filter((e) => e.type === 'REJECT' || e.type === 'PROTEST' || e.type === 'REQUEST').map((e) => [e.type, e.actor?.country, e.recipient?.country]);
    expect(rejected('مینا رستمی گفت: ما به رأی دادگاه روسیه اعتراض خواهیم کرد.')).toEqual([['REQUEST', 'IRN', 'RUS']]);
    expect(rejected('مینا رستمی گفت: ما به این حکم اعتراض داریم.')).toEqual([['REQUEST', 'IRN', 'IRN']]);
    expect(rejected('مینا رستمی به گرانی بلیت اعتراض کرد.')).toEqual([['PROTEST', 'IRN', 'IRN']]);
  });
});

describe('issue 5: obligations told of another party (events round 10)', () => {
  const requests = (text: string, entities: TestEntity[]): unknown[] => eventsOf(text, entities).filter((e) => e.type === 'REQUEST').map((e) => [e.actor?.country, e.recipient?.country]);

  it('reads an obligation past نیز, and of a capital standing for its government', () => {
    const moscow: TestEntity = { id: 'e31', type: 'LOC', canonical: 'مسکو', mentions: [{ text: 'مسکو' }], attributes: { subtype: 'city', country: 'RUS' } };
    expect(requests('مینا رستمی گفت: مسکو نیز باید به تعهدات خود در این قرارداد عمل کند.', [iran, moscow])).toEqual([['IRN', 'RUS']]);
  });

  it('reads `موظف است` after `اینکه` as an obligation, `دولت` alone the home government', () => {
    expect(requests('مینا رستمی با بیان اینکه دولت موظف است ظرف دو ماه آیین‌نامه را تدوین کند، از نمایندگان قدردانی کرد.', [iran])).toEqual([['IRN', 'IRN']]);
  });
});

describe('issue 5: indictments (events round 10)', () => {
  const prosecutor: TestEntity = { id: 'e32', type: 'PER', canonical: 'رضا کیانی', mentions: [{ text: 'رضا کیانی' }], attributes: { country: 'IRN', roles: [{ role: 'دادستان', country: 'IRN' }] } };

  it.each([
    ['announced', 'رضا کیانی امروز از صدور کیفرخواست برای هشت متهم پرونده قاچاق دارو خبر داد.'],
    ['read out', 'رضا کیانی با قرائت کیفرخواست اعلام کرد که متهمان ارز دولتی را به کشور بازنگردانده‌اند.'],
  ])('reads an indictment %s as a charge at home', (_, text) => {
    expect(eventsOf(text, [prosecutor]).filter((e) => e.type === 'ACCUSE').map((e) => [e.actor?.country, e.recipient?.country])).toEqual([['IRN', 'IRN']]);
  });
});

describe('issue 5: warnings of a danger (events round 10)', () => {
  const agency: TestEntity = { id: 'e33', type: 'ORG', canonical: 'سازمان جهانی کار', mentions: [{ text: 'سازمان جهانی کار' }], attributes: { subtype: 'international' } };

  it('reads no threat in a warning whose condition is followed by what may befall', () => {
    const threats = eventsOf('سازمان جهانی کار هشدار داد که در صورت ادامه این بحران، بیکاری در لبنان می‌تواند دو برابر شود.', [agency, lebanon]).filter((e) => e.type === 'THREATEN');
    expect(threats).toEqual([]);
  });

  it('still reads a threat whose condition is followed by what will be done', () => {
    const threats = eventsOf('روسیه هشدار داد که در صورت ادامه این حملات، به لبنان پاسخ خواهد داد.', [russia, lebanon]).filter((e) => e.type === 'THREATEN');
    expect(threats.map((e) => [e.actor?.country, e.recipient?.country])).toEqual([['RUS', 'LBN']]);
  });
});

describe('issue 5: forces setting out (events round 10)', () => {
  it('reads armed forces setting out to a place as deployed, not visiting', () => {
    const aden: TestEntity = { id: 'e34', type: 'LOC', canonical: 'عدن', mentions: [{ text: 'عدن' }], attributes: { subtype: 'city', country: 'YEM' } };
    const events = eventsOf('ارتش اسرائیل فردا با دو ناوشکن عازم عدن می‌شود.', [army, aden]);
    expect(events.map((e) => [e.type, e.actor?.country, e.recipient?.country])).toEqual([['MOBILIZE', 'ISR', undefined]]);
  });
});

describe('issue 5: the two sides of a war at home (events round 11)', () => {
  const rebels: TestEntity = { id: 'e40', type: 'ORG', canonical: 'جبهه آزادی شمال', mentions: [{ text: 'جبهه آزادی شمال' }], attributes: { subtype: 'armed-group', country: 'SDN' } };
  const sudanArmy: TestEntity = { id: 'e41', type: 'ORG', canonical: 'ارتش سودان', mentions: [{ text: 'ارتش سودان' }], attributes: { subtype: 'military', country: 'SDN' } };
  const minister: TestEntity = { id: 'e42', type: 'PER', canonical: 'کمال عثمان', mentions: [{ text: 'کمال عثمان' }], attributes: { country: 'SDN', roles: [{ role: 'وزیر دفاع', country: 'SDN' }] } };
  const chad: TestEntity = { id: 'e43', type: 'LOC', canonical: 'چاد', mentions: [{ text: 'چاد' }], attributes: { subtype: 'country', country: 'TCD' } };
  const sudan: TestEntity = { id: 'e44', type: 'LOC', canonical: 'سودان', mentions: [{ text: 'سودان' }], attributes: { subtype: 'country', country: 'SDN' } };
  const sides = (events: KhabarEvent[], type: string): [string | undefined, string | undefined, string | undefined][] =>
    events.filter((e) => e.type === type).map((e) => [e.actor?.country, e.recipient?.country, e.recipient?.entity]);

  it('aims a threat with no one named at the armed group the army fights at home, not at a foreign country named before', () => {
    const text = 'هزاران نفر از مرز چاد گذشتند. جبهه آزادی شمال دیروز به چند روستا حمله کرد. کمال عثمان هشدار داد که پاسخ این حمله را خواهد داد.';
    expect(sides(eventsOf(text, [chad, rebels, minister]), 'THREATEN')).toEqual([['SDN', 'SDN', 'e40']]);
  });

  it('keeps an armed group of the actor\'s own country named as the one accused', () => {
    const text = 'چاد مرز خود را بست. ارتش سودان جبهه آزادی شمال را به کشتار غیرنظامیان متهم کرد و هشدار داد که جبهه آزادی شمال باید سلاح‌ها را زمین بگذارد.';
    const named: TestEntity = { ...rebels, mentions: [{ text: 'جبهه آزادی شمال' }, { text: 'جبهه آزادی شمال', nth: 1 }] };
    expect(sides(eventsOf(text, [chad, sudanArmy, named]), 'ACCUSE')).toEqual([['SDN', 'SDN', 'e40']]);
  });

  it('codes an officer of an armed group in its sector, whatever the office is called', () => {
    const commander: TestEntity = { id: 'e45', type: 'PER', canonical: 'حسن ادریس', mentions: [{ text: 'حسن ادریس' }], attributes: { country: 'SDN', roles: [{ role: 'فرمانده', organization: 'e40', country: 'SDN' }] } };
    const [event] = eventsOf('حسن ادریس فرمانده جبهه آزادی شمال ارتش سودان را به بمباران بازارها متهم کرد.', [commander, rebels, sudanArmy]);
    expect(event).toMatchObject({ type: 'ACCUSE', actor: { country: 'SDN', sector: 'REB' }, recipient: { entity: 'e41', sector: 'MIL' } });
  });

  it('answers a charge of the army with the army, not with the actor\'s own name before را', () => {
    const text = 'ارتش سودان جبهه آزادی شمال را به کشتار غیرنظامیان متهم کرد. در مقابل، فرماندهی جبهه آزادی شمال در پیامی مسئولیت کشتار غیرنظامیان را رد کرد.';
    const named: TestEntity = { ...rebels, mentions: [{ text: 'جبهه آزادی شمال' }, { text: 'جبهه آزادی شمال', nth: 1 }] };
    // the body speaks through its command (`فرماندهی`): the act is read from its words, its name stands before را
    const events = eventsOf(text, [sudanArmy, named], [['مسئولیت کشتار غیرنظامیان را', 'e40']]);
    expect(sides(events, 'REJECT')).toEqual([['SDN', 'SDN', 'e41']]);
  });

  it('asks two sides of one country named together each on its own', () => {
    const envoy: TestEntity = { id: 'e46', type: 'ORG', canonical: 'سازمان ملل', mentions: [{ text: 'سازمان ملل' }], attributes: { subtype: 'international' } };
    const events = eventsOf('سازمان ملل از ارتش سودان و جبهه آزادی شمال خواست آتش‌بس را بپذیرند.', [envoy, sudanArmy, rebels]);
    expect(events.filter((e) => e.type === 'REQUEST').map((e) => e.recipient?.entity)).toEqual(['e41', 'e40']);
  });

  it('strikes two towns of one country once', () => {
    const town = (id: string, name: string): TestEntity => ({ id, type: 'LOC', canonical: name, mentions: [{ text: name }], attributes: { subtype: 'city', country: 'LBN' } });
    const events = eventsOf('ارتش اسرائیل دیروز به صور و صیدا حمله کرد.', [army, town('e47', 'صور'), town('e48', 'صیدا')]);
    expect(events.filter((e) => e.type === 'ASSAULT').map((e) => e.recipient?.country)).toEqual(['LBN']);
  });

  it('never takes the country itself as the side against its own armed group', () => {
    const text = 'سودان دیروز آتش‌بس را پذیرفت. جبهه آزادی شمال هشدار داد که به هر حمله‌ای پاسخ خواهد داد.';
    expect(sides(eventsOf(text, [sudan, rebels]), 'THREATEN').map(([, , entity]) => entity)).not.toContain('e44');
  });
});

describe('issue 5: lists of countries and capitals (events round 11)', () => {
  const spokesman: TestEntity = { id: 'e50', type: 'PER', canonical: 'جان میلر', mentions: [{ text: 'جان میلر' }], attributes: { country: 'USA', roles: [{ role: 'سخنگوی وزارت خارجه', country: 'USA' }] } };
  const city = (id: string, name: string, country: string): TestEntity => ({ id, type: 'LOC', canonical: name, mentions: [{ text: name }], attributes: { subtype: 'city', country } });

  it('reads one event per capital of a list that ends before را', () => {
    const text = 'جان میلر رزمایش‌های مشترک تهران، مسکو و پکن را «تهدیدی برای منطقه» خواند.';
    const events = eventsOf(text, [spokesman, city('e51', 'تهران', 'IRN'), city('e52', 'مسکو', 'RUS'), city('e53', 'پکن', 'CHN')]);
    expect(events.filter((e) => e.type === 'ACCUSE').map((e) => [e.actor?.country, e.recipient?.country])).toEqual([['USA', 'IRN'], ['USA', 'RUS'], ['USA', 'CHN']]);
  });

  it('lets a list that opens with a body of a country act, its first member acting', () => {
    const navy: TestEntity = { id: 'e55', type: 'ORG', canonical: 'نیروی دریایی ایران', mentions: [{ text: 'نیروی دریایی ایران' }], attributes: { country: 'IRN' } };
    const china: TestEntity = { id: 'e56', type: 'LOC', canonical: 'چین', mentions: [{ text: 'چین' }], attributes: { subtype: 'country', country: 'CHN' } };
    const text = 'قرار است فرماندهان نیروی دریایی ایران، روسیه و چین هفته آینده در بندر چابهار دیدار کنند.';
    const events = eventsOf(text, [navy, russia, china]);
    expect(events.filter((e) => e.type === 'CONSULT').map((e) => [e.actor?.country, e.recipient?.country])).toEqual([['IRN', 'RUS'], ['IRN', 'CHN']]);
  });

  it('takes no town into a list of capitals', () => {
    const text = 'جان میلر رزمایش‌های مشترک در بندرعباس و پکن را «تهدیدی برای منطقه» خواند.';
    const events = eventsOf(text, [spokesman, city('e54', 'بندرعباس', 'IRN'), city('e53', 'پکن', 'CHN')]);
    expect(events.filter((e) => e.type === 'ACCUSE').map((e) => e.recipient?.country)).not.toContain('IRN');
  });
});

describe('events round 12: precision on unseen text', () => {
  const turkeyCountry: TestEntity = { id: 'e20', type: 'LOC', canonical: 'ترکیه', mentions: [{ text: 'ترکیه' }], attributes: { subtype: 'country', country: 'TUR' } };

  it('reads no deployment from observers or a crew sent, only from forces sent', () => {
    expect(eventsOf('ترکیه اعلام کرد که ناظرانی را برای بازدید از بندرها به منطقه اعزام خواهد کرد.', [turkeyCountry]).filter((e) => e.type === 'MOBILIZE')).toEqual([]);
    const [sent] = eventsOf('ترکیه اعلام کرد که دو گردان از نیروهای ویژه را به منطقه مرزی اعزام کرده است.', [turkeyCountry]);
    expect(sent).toMatchObject({ type: 'MOBILIZE', actor: { country: 'TUR' } });
  });

  it('reads a verb alone negated on its future auxiliary as negated (`نخواهد پذیرفت`)', () => {
    const refused = eventsOf('مینا رستمی اعلام کرد که پیشنهاد روسیه را نخواهد پذیرفت.', [iran, russia]);
    expect(refused.map((e) => [e.type, e.modality])).toContainEqual(['REJECT', 'asserted']);
    expect(refused.map((e) => e.type)).not.toContain('AGREE');
  });

  it('reads no event from what a side has always done, but one from what it did', () => {
    const always = eventsOf('مینا رستمی گفت که ایران همواره از حق روسیه برای دفاع حمایت کرده است.', [iran, russia]);
    expect(always.map((e) => e.type)).not.toContain('SUPPORT');
    const once = eventsOf('مینا رستمی گفت که ایران دیروز از حق روسیه برای دفاع حمایت کرده است.', [iran, russia]);
    expect(once.map((e) => e.type)).toContain('SUPPORT');
  });

  it('reads a claim as a charge only against a side its sentence names', () => {
    const before = 'ارتش اسرائیل دیروز به جنوب لبنان حمله کرد. ';
    const none = eventsOf(before + 'روسیه مدعی شد که این حملات تنها انبارهای سلاح را هدف گرفته است.', [army, lebanon, russia]);
    expect(none.filter((e) => e.type === 'ACCUSE')).toEqual([]);
    const named = eventsOf(before + 'روسیه مدعی شد که ارتش اسرائیل انبارهای غیرنظامی را هدف گرفته است.', [{ ...army, mentions: [{ text: 'ارتش اسرائیل' }, { text: 'ارتش اسرائیل', nth: 1 }] }, lebanon, russia]);
    expect(named.map((e) => [e.type, e.actor?.country, e.recipient?.country])).toContainEqual(['ACCUSE', 'RUS', 'ISR']);
  });

  it('reads no attack from fire in a drill, but one from fire at a side', () => {
    const drill = eventsOf('ارتش اسرائیل اعلام کرد که در این رزمایش به اهداف دریایی شلیک خواهد کرد.', [army]);
    expect(drill.filter((e) => e.type === 'ASSAULT')).toEqual([]);
    const struck = eventsOf('ارتش اسرائیل دیروز به مواضعی در جنوب لبنان شلیک کرد.', [army, lebanon]);
    expect(struck.map((e) => e.type)).toContain('ASSAULT');
  });

  it('reads no aid from what a body hands out at home with no word of relief, but aid with one', () => {
    const ministry: TestEntity = { id: 'e26', type: 'ORG', canonical: 'وزارت راه و شهرسازی', mentions: [{ text: 'وزارت راه و شهرسازی' }], attributes: { country: 'IRN' } };
    const homeLoc: TestEntity = { id: 'e27', type: 'LOC', canonical: 'ایران', mentions: [{ text: 'ایران' }], attributes: { subtype: 'country', country: 'IRN' } };
    const service = eventsOf('وزارت راه و شهرسازی امسال ۹۰ هزار واحد مسکونی را در ایران به خریداران تحویل داده است.', [ministry, homeLoc]);
    expect(service.filter((e) => e.type === 'AID')).toEqual([]);
    const relief = eventsOf('وزارت راه و شهرسازی امسال ۹۰ هزار چادر امدادی را در ایران به زلزله‌زدگان تحویل داده است.', [ministry, homeLoc]);
    expect(relief.map((e) => e.type)).toContain('AID');
  });

  it('reads no aid from a complaint or documents sent', () => {
    const sent = eventsOf('ترکیه اعلام کرد که شکایت رسمی خود را هفته آینده به لبنان ارسال خواهد کرد.', [{ id: 'e28', type: 'LOC', canonical: 'ترکیه', mentions: [{ text: 'ترکیه' }], attributes: { subtype: 'country', country: 'TUR' } }, lebanon]);
    expect(sent.filter((e) => e.type === 'AID')).toEqual([]);
  });

  it('reads a threat from a condition that attacks go on, aimed at the side its main clause names', () => {
    const threat = eventsOf('روسیه اعلام کرد در صورتی که حملات به مرزها ادامه یابد، تحریم‌های تازه‌ای علیه ارتش اسرائیل اعمال خواهد کرد.', [russia, army]);
    expect(threat.map((e) => [e.type, e.actor?.country, e.recipient?.country])).toContainEqual(['THREATEN', 'RUS', 'ISR']);
  });

  it('reads the promise, not the act promised, from a subjunctive after a promise', () => {
    const governor: TestEntity = { id: 'e25', type: 'PER', canonical: 'رضا نیک‌نام', mentions: [{ text: 'رضا نیک‌نام' }], attributes: { country: 'IRN', roles: [{ role: 'فرماندار', country: 'IRN' }] } };
    const promised = eventsOf('رضا نیک‌نام فرماندار شهر در جمع کارگران قول داد که معوقات آنان تا پایان ماه پرداخت شود.', [governor]);
    expect(promised.map((e) => e.type)).not.toContain('CONCEDE');
    const paid = eventsOf('رضا نیک‌نام فرماندار شهر اعلام کرد که معوقات کارگران پرداخت شد.', [governor]);
    expect(paid.map((e) => e.type)).toContain('CONCEDE');
  });

  it('reads no charge from one\'s own dealings called anything, but one from a third country', () => {
    const admiral: TestEntity = { id: 'e21', type: 'PER', canonical: 'پاول سمیونوف', mentions: [{ text: 'پاول سمیونوف' }], attributes: { country: 'RUS', roles: [{ role: 'دریادار', country: 'RUS' }] } };
    const envoy: TestEntity = { id: 'e22', type: 'PER', canonical: 'جان میلر', mentions: [{ text: 'جان میلر' }], attributes: { country: 'USA', roles: [{ role: 'سخنگو', country: 'USA' }] } };
    const iranCountry: TestEntity = { id: 'e24', type: 'LOC', canonical: 'ایران', mentions: [{ text: 'ایران' }], attributes: { subtype: 'country', country: 'IRN' } };
    const own = eventsOf('پاول سمیونوف همکاری نظامی روسیه و ایران را «پایدار و رو به رشد» خواند.', [admiral, russia, iranCountry]);
    expect(own.filter((e) => e.type === 'ACCUSE')).toEqual([]);
    const third = eventsOf('جان میلر همکاری نظامی روسیه و ایران را «پوششی برای مقاصد نظامی» خواند.', [envoy, russia, iranCountry]);
    expect(third.map((e) => [e.type, e.actor?.country, e.recipient?.country])).toContainEqual(['ACCUSE', 'USA', 'RUS']);
  });

  it('reads a message handed over at a meeting, or to be, as a contact of its own, and nothing else handed over by تسلیم', () => {
    const sides = (events: KhabarEvent[]) => events.map((e) => [e.type, e.actor?.country, e.recipient?.country, e.trigger.lemma]);
    const planned = eventsOf('مینا رستمی قرار است فردا با همتای ترکیه‌ای دیدار کند و پیام کتبی رئیس‌جمهور را به وی تحویل دهد.', [iran, turkey]);
    expect(sides(planned)).toEqual([['CONSULT', 'IRN', 'TUR', 'دیدار کرد'], ['CONSULT', 'IRN', 'TUR', 'تحویل داد']]);
    const done = eventsOf('مینا رستمی با همتای ترکیه‌ای دیدار کرد و پیام کتبی رئیس‌جمهور را به وی تسلیم کرد.', [iran, turkey]);
    expect(sides(done)).toEqual([['CONSULT', 'IRN', 'TUR', 'دیدار کرد'], ['CONSULT', 'IRN', 'TUR', 'تسلیم کرد']]);
    expect(eventsOf('ارتش اسرائیل دو اسیر را به لبنان تسلیم کرد.', [army, lebanon])).toEqual([]);
  });

  it('reads two measures told by two verbs of one sentence as two events, one told by one verb as one', () => {
    const judge: TestEntity = { id: 'e70', type: 'PER', canonical: 'حسن صدری', mentions: [{ text: 'حسن صدری' }], attributes: { country: 'IRN', roles: [{ role: 'دادستان', country: 'IRN' }] } };
    const two = eventsOf('حسن صدری اعلام کرد که دو متهم به پنج سال حبس محکوم شده‌اند و یکی از کارمندان از خدمات دولتی منفصل شده است.', [judge]);
    expect(two.filter((e) => e.type === 'COERCE')).toHaveLength(2);
    const one = eventsOf('حسن صدری اعلام کرد که دو متهم به پنج سال حبس و انفصال از خدمات دولتی محکوم شده‌اند.', [judge]);
    expect(one.filter((e) => e.type === 'COERCE')).toHaveLength(1);
  });

  it('issue 5 (lost12): reads a sentence announced and a measure in force beside another measure as acts of their own', () => {
    const judge: TestEntity = { id: 'e70', type: 'PER', canonical: 'حسن صدری', mentions: [{ text: 'حسن صدری' }], attributes: { country: 'IRN', roles: [{ role: 'دادستان', country: 'IRN' }] } };
    const coerced = (text: string) => eventsOf(text, [judge]).filter((e) => e.type === 'COERCE').map((e) => [e.actor?.country, e.recipient?.country]);
    // a sentence announced, then one defendant's told by its own verb
    expect(coerced('حسن صدری از صدور حکم بدوی برای هشت متهم پرونده خبر داد و گفت متهم اصلی به ده سال حبس محکوم شده است.')).toEqual([['IRN', 'IRN'], ['IRN', 'IRN']]);
    // a travel ban that goes on, beside a seizure
    expect(coerced('حسن صدری گفت اموال متهمان توقیف شده و ممنوع‌الخروجی آنان تا پایان رسیدگی ادامه خواهد داشت.')).toEqual([['IRN', 'IRN'], ['IRN', 'IRN']]);
    // detention someone is held in, beside the arrest
    expect(coerced('حسن صدری افزود که سرکرده این گروه در فرودگاه دستگیر شد و اکنون در بازداشت به سر می‌برد.')).toEqual([['IRN', 'IRN'], ['IRN', 'IRN']]);
    // a ban announced after از is read once, and one governed by a preposition is no measure of its own
    expect(coerced('حسن صدری از ممنوع‌الخروجی پنج کارمند خبر داد.')).toHaveLength(1);
  });

  it('issue 5 (review12): reads no measure in a verdict of release announced (از صدور حکم برائت ... خبر داد)', () => {
    const judge: TestEntity = { id: 'e70', type: 'PER', canonical: 'حسن صدری', mentions: [{ text: 'حسن صدری' }], attributes: { country: 'IRN', roles: [{ role: 'دادستان', country: 'IRN' }] } };
    for (const verdict of ['برائت', 'آزادی']) {
      const events = eventsOf(`حسن صدری از صدور حکم ${verdict} سه کارمند بانک خبر داد.`, [judge]);
      expect(events.filter((e) => e.type === 'COERCE' && !e.inferred)).toEqual([]);
    }
    expect(eventsOf('حسن صدری از صدور حکم حبس سه کارمند بانک خبر داد.', [judge]).filter((e) => e.type === 'COERCE' && !e.inferred)).toHaveLength(1);
  });

  it('issue 5 (review12): reads no measure in force in a travel ban lifted', () => {
    const judge: TestEntity = { id: 'e70', type: 'PER', canonical: 'حسن صدری', mentions: [{ text: 'حسن صدری' }], attributes: { country: 'IRN', roles: [{ role: 'دادستان', country: 'IRN' }] } };
    for (const undone of ['لغو شده است', 'رفع شد']) {
      const events = eventsOf(`حسن صدری گفت ممنوع‌الخروجی این روزنامه‌نگار ${undone}.`, [judge]);
      expect(events.filter((e) => e.type === 'COERCE' && !e.inferred)).toEqual([]);
    }
  });
});

describe('issue 5: the acts a warning promises (guide11)', () => {
  const hezbollah: TestEntity = { id: 'e22', type: 'ORG', canonical: 'حزب‌الله', mentions: [{ text: 'حزب‌الله' }], attributes: { country: 'LBN' } };
  const assaults = (text: string): unknown[] => eventsOf(text, [army, hezbollah]).filter((e) => e.type === 'ASSAULT').map((e) => [e.actor?.country, e.recipient?.country, e.modality]);

  it('reads a reply promised in what a warning says as an attack promised (`هشدار داد که ... بی‌پاسخ نخواهد ماند`)', () => {
    expect(assaults('ارتش اسرائیل دیروز دو روستای مرزی را بمباران کرد. حزب‌الله هشدار داد که تجاوزات ارتش اسرائیل بی‌پاسخ نخواهد ماند.')).toContainEqual(['LBN', 'ISR', 'planned']);
    expect(assaults('ارتش اسرائیل دیروز دو روستای مرزی را بمباران کرد. حزب‌الله هشدار داد که به این تجاوز پاسخی قاطع خواهد داد.')).toContainEqual(['LBN', 'ISR', 'planned']);
    // a reply left unanswered in the past promises nothing
    expect(assaults('حزب‌الله هشدار داد که تجاوزات پیشین ارتش اسرائیل بی‌پاسخ مانده است.')).toEqual([]);
  });

  it('reads operations a warning says will go on or widen as an attack promised, hypothetical under a condition', () => {
    expect(assaults('ارتش اسرائیل هشدار داد که عملیات خود علیه حزب‌الله را تا رفع کامل تهدید ادامه خواهد داد.')).toContainEqual(['ISR', 'LBN', 'planned']);
    expect(assaults('ارتش اسرائیل هشدار داد که اگر شلیک راکت از سوی حزب‌الله ادامه یابد، دامنه حملات خود را گسترش خواهد داد.')).toContainEqual(['ISR', 'LBN', 'hypothetical']);
    // operations said to stop promise nothing
    expect(assaults('ارتش اسرائیل هشدار داد که عملیات خود علیه حزب‌الله را ادامه نخواهد داد.')).toEqual([]);
  });
});

describe('issue 5: the act an accusation charges (guide11)', () => {
  const sudanArmy: TestEntity = { id: 'e40', type: 'ORG', canonical: 'ارتش سودان', mentions: [{ text: 'ارتش سودان' }], attributes: { subtype: 'military', country: 'SDN' } };
  const rsf: TestEntity = { id: 'e41', type: 'ORG', canonical: 'نیروهای واکنش سریع', mentions: [{ text: 'نیروهای واکنش سریع' }], attributes: { subtype: 'rebel', country: 'SDN' } };
  const uae: TestEntity = { id: 'e42', type: 'LOC', canonical: 'امارات', mentions: [{ text: 'امارات' }], attributes: { subtype: 'country', country: 'ARE' } };
  const charged = (text: string, entities: TestEntity[], type: string): unknown[] => eventsOf(text, entities).filter((e) => e.type === type).map((e) => [e.actor?.country, e.recipient?.country]);

  it('reads an attack charged against a side of the accuser\'s own country as aimed at that country', () => {
    expect(charged('ارتش سودان نیروهای واکنش سریع را به هدف قرار دادن عمدی غیرنظامیان متهم کرد.', [sudanArmy, rsf], 'ASSAULT')).toEqual([['SDN', 'SDN']]);
    expect(charged('ارتش سودان نیروهای واکنش سریع را به کشتار غیرنظامیان در اردوگاه متهم کرد.', [sudanArmy, rsf], 'ASSAULT')).toEqual([['SDN', 'SDN']]);
  });

  it('reads arms charged as sent to an armed body named by a common noun, or supplied to one named, as aid to it', () => {
    expect(charged('نیروهای واکنش سریع به شهر حمله کردند. ارتش سودان امارات را به ارسال سلاح برای این نیروها متهم کرد.', [sudanArmy, rsf, uae], 'AID')).toEqual([['ARE', 'SDN']]);
    expect(charged('ارتش سودان امارات را به تأمین پهپادهای نیروهای واکنش سریع متهم کرد.', [sudanArmy, rsf, uae], 'AID')).toEqual([['ARE', 'SDN']]);
  });

  it('reads no act charged against another country with no side or place named', () => {
    expect(charged('ارتش سودان امارات را به کشتار غیرنظامیان متهم کرد.', [sudanArmy, uae], 'ASSAULT')).toEqual([]);
  });
});

describe('issue 5: the act a denial denies (guide11)', () => {
  const sudanArmy: TestEntity = { id: 'e40', type: 'ORG', canonical: 'ارتش سودان', mentions: [{ text: 'ارتش سودان' }], attributes: { subtype: 'military', country: 'SDN' } };
  const rsf: TestEntity = { id: 'e41', type: 'ORG', canonical: 'نیروهای واکنش سریع', mentions: [{ text: 'نیروهای واکنش سریع' }, { text: 'نیروهای واکنش سریع', nth: 1 }], attributes: { subtype: 'rebel', country: 'SDN' } };
  const uae: TestEntity = { id: 'e42', type: 'LOC', canonical: 'امارات', mentions: [{ text: 'امارات' }], attributes: { subtype: 'country', country: 'ARE' } };
  const sudan: TestEntity = { id: 'e43', type: 'LOC', canonical: 'سودان', mentions: [{ text: 'سودان', nth: 1 }], attributes: { subtype: 'country', country: 'SDN' } };
  const denied = (text: string, entities: TestEntity[]): unknown[] => eventsOf(text, entities).filter((e) => e.modality === 'negated').map((e) => [e.type, e.actor?.country, e.recipient?.country]);

  it('reads the act a denial names as negated, by the one denying, against the other side', () => {
    expect(denied('ارتش سودان نیروهای واکنش سریع را به حمله به اردوگاه متهم کرد. نیروهای واکنش سریع هرگونه حمله به غیرنظامیان را تکذیب کردند.', [sudanArmy, rsf])).toEqual([['ASSAULT', 'SDN', 'SDN']]);
    expect(denied('ارتش سودان خبر داد که امارات هرگونه ارسال سلاح به سودان را تکذیب کرد.', [sudanArmy, uae, sudan])).toEqual([['AID', 'ARE', 'SDN']]);
  });

  it('reads the act charged before as negated when the accused denies the charge or any backing (`این اتهام را رد کرد`، `هرگونه حمایت نظامی ... را رد کرد`)', () => {
    const abuDhabi: TestEntity = { id: 'e46', type: 'LOC', canonical: 'امارات', mentions: [{ text: 'امارات' }, { text: 'ابوظبی' }], attributes: { subtype: 'country', country: 'ARE' } };
    const rsfOnce: TestEntity = { ...rsf, mentions: [{ text: 'نیروهای واکنش سریع' }] };
    const charge = 'ارتش سودان امارات را به ارسال سلاح برای نیروهای واکنش سریع متهم کرد. ';
    expect(denied(`${charge}ابوظبی این اتهام را رد کرد.`, [sudanArmy, abuDhabi, rsfOnce])).toEqual([['AID', 'ARE', 'SDN']]);
    expect(denied(`${charge}ابوظبی پیش‌تر هرگونه حمایت نظامی از طرف‌های جنگ را رد کرده بود.`, [sudanArmy, abuDhabi, rsfOnce])).toEqual([['AID', 'ARE', 'SDN']]);
    // (backing denied to the sides of the war: one AID per side)
    const twoSides = eventsOf(`${charge}ابوظبی هرگونه حمایت نظامی از طرف‌های درگیر را رد کرده است.`, [sudanArmy, abuDhabi, rsfOnce]).filter((e) => e.modality === 'negated').map((e) => e.recipient?.entity);
    expect(twoSides.sort()).toEqual(['e40', 'e41']);
    // (and so is aid told denied by its own verb)
    const denial = 'ارتش سودان با نیروهای واکنش سریع می‌جنگد. امارات اعلام کرد که هیچ کمک نظامی به هیچ یک از طرف‌های درگیر ارائه نکرده است.';
    expect(eventsOf(denial, [sudanArmy, uae, rsfOnce]).filter((e) => e.type === 'AID').map((e) => e.recipient?.entity).sort()).toEqual(['e40', 'e41']);
    // (the country the arms go through is no side: `از طریق خاک چاد`)
    const chad: TestEntity = { id: 'e47', type: 'LOC', canonical: 'چاد', mentions: [{ text: 'چاد' }], attributes: { subtype: 'country', country: 'TCD' } };
    expect(denied('ارتش سودان امارات را به ارسال سلاح برای این شبه‌نظامیان از طریق خاک چاد متهم کرد. ابوظبی چنین اتهاماتی را رد کرده است.', [sudanArmy, abuDhabi, chad])).not.toContainEqual(['AID', 'ARE', 'TCD']);
    // (not a charge against another side, nor a denial of a charge by someone it was not made against)
    expect(denied(`${charge}نیروهای واکنش سریع این اتهام را رد کردند.`, [sudanArmy, uae, rsf])).toEqual([]);
  });

  it('reads no act from a denial whose object only mentions one (`پیشنهاد ... برای مذاکرات را رد کرد`)', () => {
    expect(denied('مینا رستمی پیشنهاد روسیه برای مذاکرات تازه را رد کرد.', [iran, russia])).toEqual([]);
  });
});

describe('issue 5: an invitation made in a message (guide: an invitation is CONSULT, the inviter acting)', () => {
  it('reads a passive invitation told inside a message as the message author\'s', () => {
    const qatar: TestEntity = { id: 'e50', type: 'PER', canonical: 'تمیم بن حمد', mentions: [{ text: 'تمیم بن حمد' }, { text: 'امیر قطر' }], attributes: { country: 'QAT', roles: [{ role: 'امیر', country: 'QAT' }] } };
    const president: TestEntity = { id: 'e51', type: 'PER', canonical: 'مسعود پزشکیان', mentions: [{ text: 'مسعود پزشکیان' }], attributes: { country: 'IRN', roles: [{ role: 'رئیس‌جمهور', country: 'IRN' }] } };
    const text = 'مینا رستمی با تمیم بن حمد دیدار کرد و پیام کتبی دکتر مسعود پزشکیان را به وی داد. در این پیام، از امیر قطر برای سفر به تهران دعوت شده است.';
    const invited = eventsOf(text, [iran, qatar, president]).filter((e) => e.actor?.entity === 'e51').map((e) => [e.type, e.recipient?.country]);
    expect(invited).toEqual([['CONSULT', 'QAT']]);
    // (not one told outside any message)
    const plain = 'مینا رستمی با تمیم بن حمد دیدار کرد و پیام کتبی مسعود پزشکیان را به وی داد. از امیر قطر برای سفر به تهران دعوت شده است.';
    expect(eventsOf(plain, [iran, qatar, president]).filter((e) => e.actor?.entity === 'e51')).toEqual([]);
  });
});

describe('issue 5: a request to both sides of a war at home (guide11)', () => {
  it('asks the two warring sides, one REQUEST each, past a party of another country named since', () => {
    const sudanArmy: TestEntity = { id: 'e40', type: 'ORG', canonical: 'ارتش سودان', mentions: [{ text: 'ارتش سودان' }], attributes: { subtype: 'military', country: 'SDN' } };
    const rsf: TestEntity = { id: 'e41', type: 'ORG', canonical: 'نیروهای واکنش سریع', mentions: [{ text: 'نیروهای واکنش سریع' }], attributes: { subtype: 'rebel', country: 'SDN' } };
    const envoy: TestEntity = { id: 'e44', type: 'PER', canonical: 'سالم الکعبی', mentions: [{ text: 'سالم الکعبی' }], attributes: { country: 'ARE', roles: [{ role: 'سخنگو', country: 'ARE' }] } };
    const wfp: TestEntity = { id: 'e45', type: 'ORG', canonical: 'برنامه جهانی غذا', mentions: [{ text: 'برنامه جهانی غذا' }], attributes: { subtype: 'international' } };
    const text = 'نیروهای واکنش سریع به اردوگاه حمله کردند و ارتش سودان مواضع آنها را بمباران کرد. سالم الکعبی این حملات را محکوم کرد. برنامه جهانی غذا از هر دو طرف خواست مسیری امن برای کاروان‌ها باز کنند.';
    const asked = eventsOf(text, [rsf, sudanArmy, envoy, wfp]).filter((e) => e.type === 'REQUEST').map((e) => e.recipient?.entity);
    expect(asked.sort()).toEqual(['e40', 'e41']);
  });
});

describe('issue 5: what a warning and a denial do not promise (review of the eleventh session)', () => {
  it('reads no attack of the warner from attacks of others said to widen, and no act against the denier itself', () => {
    const minister: TestEntity = { id: 'e50', type: 'PER', canonical: 'مینا رستمی', mentions: [{ text: 'مینا رستمی' }], attributes: { country: 'IRN', roles: [{ role: 'وزیر ارتباطات', country: 'IRN' }] } };
    const israel: TestEntity = { id: 'e51', type: 'LOC', canonical: 'اسرائیل', mentions: [{ text: 'اسرائیل' }], attributes: { subtype: 'country', country: 'ISR' } };
    const warned = eventsOf('مینا رستمی هشدار داد که حملات سایبری اسرائیل در روزهای آینده گسترش خواهد یافت.', [minister, israel]);
    expect(warned.filter((e) => e.type === 'ASSAULT' && e.actor?.entity === 'e50')).toEqual([]);
    const iranLoc: TestEntity = { id: 'e52', type: 'LOC', canonical: 'ایران', mentions: [{ text: 'ایران' }], attributes: { subtype: 'country', country: 'IRN' } };
    const denied = eventsOf('ایران هرگونه حمله به نفتکش‌ها را تکذیب کرد.', [iranLoc]);
    expect(denied.filter((e) => e.modality === 'negated')).toEqual([]);
  });
});

describe('issue 5: one meeting per person met, each named with their role (lost13)', () => {
  const visitor: TestEntity = { id: 'e60', type: 'PER', canonical: 'کمال آیدین', mentions: [{ text: 'کمال آیدین' }], attributes: { country: 'TUR', roles: [{ role: 'وزیر امور خارجه', country: 'TUR' }] } };
  const first: TestEntity = { id: 'e61', type: 'PER', canonical: 'بهرام نادری', mentions: [{ text: 'بهرام نادری' }, { text: 'رئیس مجلس', kind: 'role' }], attributes: { country: 'IRN', roles: [{ role: 'رئیس مجلس', country: 'IRN' }] } };
  const second: TestEntity = { id: 'e62', type: 'PER', canonical: 'سیما کاظمی', mentions: [{ text: 'سیما کاظمی' }, { text: 'وزیر نیرو', kind: 'role' }], attributes: { country: 'IRN', roles: [{ role: 'وزیر نیرو', country: 'IRN' }] } };
  const tehran: TestEntity = { id: 'e63', type: 'LOC', canonical: 'تهران', mentions: [{ text: 'تهران' }], attributes: { subtype: 'city', country: 'IRN' } };
  const met = (text: string): (string | undefined)[] => eventsOf(text, [visitor, first, second, ...(text.includes('تهران') ? [tehran] : [])]).filter((e) => e.type === 'CONSULT').map((e) => e.recipient?.entity);

  it('meets each person of a list past the role set beside their name', () => {
    expect(met('کمال آیدین فردا با بهرام نادری رئیس مجلس و سیما کاظمی وزیر نیرو دیدار خواهد کرد.')).toEqual(['e61', 'e62']);
    expect(met('کمال آیدین فردا با «بهرام نادری» رئیس مجلس و «سیما کاظمی» وزیر نیرو دیدار خواهد کرد.')).toEqual(['e61', 'e62']);
  });

  it('after a visit of the same sides, the first person met is the visit told again, the second another meeting', () => {
    expect(met('کمال آیدین امروز وارد تهران شد و با بهرام نادری رئیس مجلس و سیما کاظمی وزیر نیرو دیدار کرد.')).toEqual(['e63', 'e62']);
  });
});

describe('the trace of triggers that give no event (lost13)', () => {
  it('tells why a trigger read gave no event, and nothing with no listener', () => {
    const text = 'مینا رستمی گفت که دیدار هفته آینده برگزار خواهد شد.';
    const dropped: string[] = [];
    const doc = docWithEntities(lexicons, text, [iran]);
    createEventsStage(lexicons, lexicons.report!.eventPatterns, { dropped: (d) => dropped.push(`${d.type} ${text.slice(d.start, d.end)}: ${d.why}`) }).run(doc);
    expect(doc.layers.events).toEqual([]);
    expect(dropped.length).toBeGreaterThan(0);
    expect(dropped.every((d) => d.startsWith('CONSULT'))).toBe(true);
  });
});

describe('issue 5: a measure that is the means of an act to come (lost13)', () => {
  const judiciary: TestEntity = { id: 'e70', type: 'ORG', canonical: 'قوه قضاییه', mentions: [{ text: 'قوه قضاییه' }], attributes: { subtype: 'judiciary', country: 'IRN' } };
  const canada: TestEntity = { id: 'e71', type: 'LOC', canonical: 'کانادا', mentions: [{ text: 'کانادا' }], attributes: { subtype: 'country', country: 'CAN' } };
  const seized = (text: string): [string, string | undefined, string | undefined, string][] =>
    eventsOf(text, [judiciary, canada]).filter((e) => e.type === 'COERCE').map((e) => [e.type, e.actor?.country, e.recipient?.country, e.modality]);

  it('reads a seizure by which a ruling will be carried out as one to come, against whom it names', () => {
    expect(seized('قوه قضاییه اعلام کرد این رأی از طریق توقیف اموال کانادا اجرا خواهد شد.')).toEqual([['COERCE', 'IRN', 'CAN', 'planned']]);
    expect(seized('قوه قضاییه برای اجرای رأی و توقیف اموال کانادا از همه راه‌ها استفاده خواهد کرد.')).toEqual([['COERCE', 'IRN', 'CAN', 'planned']]);
  });

  it('reads none from a seizure only named, neither announced nor a means of what is to come', () => {
    expect(seized('قوه قضاییه درباره توقیف اموال کانادا توضیح داد.')).toEqual([]);
    expect(seized('قوه قضاییه از طریق توقیف اموال کانادا این رأی را اجرا کرده است.')).toEqual([]);
    // a verb that only begins like the future auxiliary (خواهان) is no act to come
    expect(seized('قوه قضاییه برای توقیف اموال کانادا خواهان همکاری دادگاه‌ها شده است.')).toEqual([]);
  });
});

describe('issue 5: acts the table lacked (miss14)', () => {
  const sides = (text: string, entities: TestEntity[], type: string): [string | undefined, string | undefined][] =>
    eventsOf(text, entities).filter((e) => e.type === type).map((e) => [e.actor?.country, e.recipient?.country]);

  it('reads cooperation suspended (به حالت تعلیق درآورد، the future with its preverb glued: درخواهد آورد) as a sanction', () => {
    expect(sides('لبنان همکاری‌های تجاری خود با روسیه را به حالت تعلیق درآورد.', [lebanon, russia], 'SANCTION')).toEqual([['LBN', 'RUS']]);
    expect(sides('لبنان همکاری‌های تجاری خود با روسیه را به حالت تعلیق درخواهد آورد.', [lebanon, russia], 'SANCTION')).toEqual([['LBN', 'RUS']]);
  });
});

describe('issue 5: an armed side\'s operations told to go on (twins15)', () => {
  const hezbollah: TestEntity = { id: 'e9', type: 'ORG', canonical: 'حزب‌الله', mentions: [{ text: 'حزب‌الله' }], attributes: { subtype: 'armed', country: 'LBN' } };
  it('reads the attack to come beside the strike told as done: a second ASSAULT of the same sides, planned', () => {
    const events = eventsOf('ارتش اسرائیل مواضع حزب‌الله را بمباران کرد و اعلام کرد که عملیات خود را تا نابودی توان نظامی این گروه ادامه خواهد داد.', [army, hezbollah]);
    expect(events.filter((e) => e.type === 'ASSAULT').map((e) => [e.actor?.country, e.recipient?.country, e.modality])).toEqual([['ISR', 'LBN', 'asserted'], ['ISR', 'LBN', 'planned']]);
  });

  it('reads none from operations of no side that attacked, nor from operations already begun', () => {
    expect(eventsOf('شهرداری اعلام کرد که عملیات اجرایی این پروژه از ماه آینده آغاز خواهد شد.', []).filter((e) => e.type === 'ASSAULT')).toEqual([]);
    const begun = eventsOf('ارتش اسرائیل مواضع حزب‌الله را بمباران کرد و عملیات خود را ادامه داد.', [army, hezbollah]);
    expect(begun.filter((e) => e.type === 'ASSAULT').map((e) => e.modality)).toEqual(['asserted']);
  });
});

describe('issue 5: a meeting told to be held beside the visit that promises it (twins15)', () => {
  const consults = (events: KhabarEvent[]): string[][] => events.filter((e) => e.type === 'CONSULT').map((e) => [e.actor?.country ?? '-', e.recipient?.country ?? '-', e.modality]);
  it('reads the meeting promised with those attending as a second CONSULT, planned', () => {
    const events = eventsOf('مینا رستمی در جمع کارگران حاضر شد و قول داد که جلسه‌ای با حضور مدیران شرکت تا شنبه برگزار شود.', [iran]);
    expect(consults(events)).toEqual([['IRN', 'IRN', 'asserted'], ['IRN', 'IRN', 'planned']]);
  });

  it('reads the visit told by a participle phrase (`با حضور در جمع`) as a contact with those gathered', () => {
    expect(consults(eventsOf('مینا رستمی با حضور در جمع کارگران معترض به آنان اطمینان داد.', [iran]))).toEqual([['IRN', 'IRN', 'asserted']]);
  });

  it('reads no meeting from a court\'s sitting, one held already, or one a request asks for', () => {
    expect(consults(eventsOf('مینا رستمی گفت جلسه رسیدگی به این پرونده با حضور شاکیان ماه آینده برگزار خواهد شد.', [iran]))).toEqual([]);
    expect(consults(eventsOf('مینا رستمی گفت جلسه‌ای با حضور مدیران شرکت دیروز برگزار شد.', [iran]))).toEqual([]);
    expect(consults(eventsOf('مینا رستمی از دولت خواست نشستی با حضور مدیران شرکت برگزار کند.', [iran]))).toEqual([]);
  });
});

describe('issue 5: a list of demands that calls bodies in (twins15)', () => {
  const ministry: TestEntity = { id: 'e10', type: 'ORG', canonical: 'وزارت بهداشت', mentions: [{ text: 'وزارت بهداشت' }], attributes: { country: 'IRN' } };
  const requests = (events: KhabarEvent[]): string[] => events.filter((e) => e.type === 'REQUEST').map((e) => `${e.actor?.country}>${e.recipient?.country}`);
  it('reads one request per demand when one calls a body in', () => {
    expect(requests(eventsOf('مینا رستمی خواستار حضور مدیران شرکت در جلسه و پاسخگویی وزارت بهداشت شد.', [iran, ministry]))).toEqual(['IRN>IRN', 'IRN>IRN']);
  });

  it('reads one request for a list of measures alone', () => {
    expect(requests(eventsOf('مینا رستمی خواستار پرداخت فوری معوقات و اجرای کامل قانون شد.', [iran]))).toEqual(['IRN>IRN']);
  });
});

describe('issue 5: a border or crossing closed (twenty-third session)', () => {
  const pakistan: TestEntity = { id: 'e20', type: 'LOC', canonical: 'پاکستان', mentions: [{ text: 'پاکستان' }], attributes: { subtype: 'country', country: 'PAK' } };
  const afghanistan: TestEntity = { id: 'e21', type: 'LOC', canonical: 'افغانستان', mentions: [{ text: 'افغانستان' }], attributes: { subtype: 'country', country: 'AFG' } };
  const sanctions = (events: KhabarEvent[]): string[][] => events.filter((e) => e.type === 'SANCTION').map((e) => [e.actor?.country ?? '-', e.recipient?.country ?? '-', e.modality]);
  it('reads a crossing closed to a side as a SANCTION against it, in every tense', () => {
    expect(sanctions(eventsOf('پاکستان گذرگاه مرزی را به روی کامیون‌های تجاری افغانستان بست.', [pakistan, afghanistan]))).toEqual([['PAK', 'AFG', 'asserted']]);
    expect(sanctions(eventsOf('پاکستان گذرگاه‌های مرزی را به روی کامیون‌های افغانستان بسته نگه خواهد داشت.', [pakistan, afghanistan]))).toEqual([['PAK', 'AFG', 'planned']]);
  });

  it('takes the side the border leads to, else the opposing side of its sentence', () => {
    expect(sanctions(eventsOf('پاکستان مرز خود با افغانستان را بست.', [pakistan, afghanistan]))).toEqual([['PAK', 'AFG', 'asserted']]);
    expect(sanctions(eventsOf('پاکستان گذرگاه تورخم را بست و افغانستان این اقدام را «مجازات دسته‌جمعی» خواند.', [pakistan, afghanistan]))).toEqual([['PAK', 'AFG', 'asserted']]);
  });

  it('reads no sanction from a crossing closed with no other side in sight', () => {
    expect(sanctions(eventsOf('پاکستان گذرگاه تورخم را برای تعمیرات بست.', [pakistan]))).toEqual([]);
  });
});

describe('issue 5: a sentence upheld or made final (twenty-third session)', () => {
  const supreme: TestEntity = { id: 'e22', type: 'ORG', canonical: 'دیوان عالی کشور', mentions: [{ text: 'دیوان عالی کشور' }], attributes: { subtype: 'judiciary', country: 'IRN' } };
  const measures = (events: KhabarEvent[]): string[][] => events.filter((e) => e.type === 'COERCE').map((e) => [e.actor?.country ?? '-', e.recipient?.country ?? '-', e.modality]);
  it('reads a sentence the Supreme Court upholds as a measure again, asserted, and one not yet final as negated', () => {
    expect(measures(eventsOf('دیوان عالی کشور حکم ۱۰ سال حبس برای این متهم را تأیید کرد.', [supreme]))).toEqual([['IRN', 'IRN', 'asserted']]);
    expect(measures(eventsOf('مینا رستمی گفت حکم این متهم هنوز قطعی نشده است.', [iran]))).toEqual([['IRN', 'IRN', 'negated']]);
  });

  it('reads no measure from a ruling on something else upheld', () => {
    expect(measures(eventsOf('دیوان عالی کشور صلاحیت این دادگاه را تأیید کرد.', [supreme]))).toEqual([]);
  });
});

describe('issue 5: sanctions on firms based in a country (twenty-third session)', () => {
  const treasury: TestEntity = { id: 'e23', type: 'ORG', canonical: 'وزارت خزانه‌داری آمریکا', mentions: [{ text: 'وزارت خزانه‌داری آمریکا' }], attributes: { subtype: 'ministry', country: 'USA' } };
  const rsf: TestEntity = { id: 'e24', type: 'ORG', canonical: 'نیروهای واکنش سریع', mentions: [{ text: 'نیروهای واکنش سریع' }], attributes: { subtype: 'military', country: 'SDN' } };
  const emirates: TestEntity = { id: 'e25', type: 'LOC', canonical: 'امارات', mentions: [{ text: 'امارات' }], attributes: { subtype: 'country', country: 'ARE' } };
  const sanctioned = (text: string): string[] => eventsOf(text, [treasury, rsf, emirates]).filter((e) => e.type === 'SANCTION').map((e) => `${e.actor?.country}>${e.recipient?.country}`);
  it('sanctions the country firms joined to the first side are based in', () => {
    expect(sanctioned('وزارت خزانه‌داری آمریکا از اعمال تحریم علیه دو فرمانده نیروهای واکنش سریع و سه شرکت مستقر در امارات خبر داد.')).toEqual(['USA>SDN', 'USA>ARE']);
  });

  it('takes no country from a conjunct that is no body based there', () => {
    expect(sanctioned('وزارت خزانه‌داری آمریکا از اعمال تحریم علیه دو فرمانده نیروهای واکنش سریع و فعالیت آنان در امارات خبر داد.')).toEqual(['USA>SDN']);
  });
});

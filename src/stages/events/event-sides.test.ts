import { describe, expect, it } from 'vitest';
import { checkDoc } from '../../doc/invariants.js';
import { loadLexicons } from '../../lexicon/load.js';
import { docWithEntities, type TestEntity } from '../clauses/test-doc.js';
import type { KhabarEvent } from './event-layer.js';
import { createEventsStage } from './events-stage.js';

const lexicons = loadLexicons();
const stage = createEventsStage(lexicons, lexicons.report!.eventPatterns);

function eventsOf(text: string, entities: TestEntity[]): KhabarEvent[] {
  const doc = docWithEntities(lexicons, text, entities);
  stage.run(doc);
  expect(checkDoc(doc)).toEqual([]);
  return (doc.layers.events ?? []) as KhabarEvent[];
}

/** The type, actor country and recipient country of each event (null for none). */
const sides = (events: KhabarEvent[]): [string, string | null, string | null][] => events.map((e) => [e.type, e.actor?.country ?? null, e.recipient?.country ?? null]);

const spokesman: TestEntity = { id: 'e1', type: 'PER', canonical: 'نادر صالحی', mentions: [{ text: 'نادر صالحی' }], attributes: { country: 'IRN', roles: [{ role: 'سخنگوی وزارت امور خارجه', country: 'IRN' }] } };
const america: TestEntity = { id: 'e2', type: 'LOC', canonical: 'آمریکا', mentions: [{ text: 'آمریکا' }], attributes: { subtype: 'country', country: 'USA' } };
const israeliArmy: TestEntity = { id: 'e3', type: 'ORG', canonical: 'ارتش اسرائیل', mentions: [{ text: 'ارتش اسرائیل' }], attributes: { subtype: 'military', country: 'ISR' } };
const lebanon: TestEntity = { id: 'e4', type: 'LOC', canonical: 'لبنان', mentions: [{ text: 'لبنان' }], attributes: { subtype: 'country', country: 'LBN' } };
const hezbollah: TestEntity = { id: 'e5', type: 'ORG', canonical: 'حزب‌الله لبنان', mentions: [{ text: 'حزب‌الله لبنان' }], attributes: { subtype: 'militia', country: 'LBN' } };

describe('issue 5: the sides of events by syntax (events round 13)', () => {
  it('answers no one when a report no side wrote is rejected, but the side whose claim it is', () => {
    const press = eventsOf('نادر صالحی گزارش‌های برخی رسانه‌های غربی درباره پیام آمریکا را رد کرد.', [spokesman, america]);
    expect(sides(press)).toEqual([['REJECT', 'IRN', null]]);
    const claim = eventsOf('نادر صالحی ادعای آمریکا درباره این پیام را رد کرد.', [spokesman, america]);
    expect(sides(claim)).toEqual([['REJECT', 'IRN', 'USA']]);
  });

  it('answers no one when the report a characterization points back to has no side as its author (twenty-third session)', () => {
    const pointed = eventsOf('نادر صالحی در پاسخ به پرسشی درباره ادعای یک رسانه غربی مبنی بر پیام پنهانی آمریکا، این گزارش را «کذب محض» دانست.', [spokesman, america]);
    expect(sides(pointed).filter(([type]) => type === 'REJECT')).toEqual([['REJECT', 'IRN', null]]);
    const abroad = eventsOf('نادر صالحی ادعای رسانه‌های خارج از کشور مبنی بر پیام آمریکا را «دروغ محض» خواند.', [spokesman, america]);
    expect(sides(abroad).filter(([type]) => type === 'REJECT')).toEqual([['REJECT', 'IRN', null]]);
    const reuters: TestEntity = { id: 'e8', type: 'ORG', canonical: 'رویترز', mentions: [{ text: 'رویترز' }], attributes: { subtype: 'news', country: 'GBR' } };
    const agency = eventsOf('نادر صالحی در واکنش به گزارش رویترز درباره پیام آمریکا، این گزارش را «بی‌اساس» خواند.', [spokesman, reuters, america]);
    expect(sides(agency).filter(([type]) => type === 'REJECT')).toEqual([['REJECT', 'IRN', 'GBR']]);
  });

  it('reads a characterization whose privative prefix a damaged half-space left apart (`«بی اساس»`, `«غیر قانونی»`) as the joined word (twenty-fifth session)', () => {
    for (const [spaced, joined] of [['بی اساس', 'بی‌اساس'], ['غیر قانونی', 'غیرقانونی']]) {
      const text = (word: string) => `نادر صالحی تحریم‌های تازه آمریکا را «${word}» خواند.`;
      const apart = sides(eventsOf(text(spaced), [spokesman, america]));
      expect(apart).toEqual(sides(eventsOf(text(joined), [spokesman, america])));
      expect(apart).toEqual([['ACCUSE', 'IRN', 'USA']]);
    }
  });

  it('asks no side when a group that names none is asked, whatever side what is asked names (twenty-third session)', () => {
    const general: TestEntity = { id: 'e9', type: 'PER', canonical: 'عبدالفتاح البرهان', mentions: [{ text: 'عبدالفتاح البرهان' }], attributes: { country: 'SDN' } };
    const emirates: TestEntity = { id: 'e10', type: 'LOC', canonical: 'امارات', mentions: [{ text: 'امارات' }], attributes: { subtype: 'country', country: 'ARE' } };
    const army: TestEntity = { id: 'e11', type: 'ORG', canonical: 'ارتش سودان', mentions: [{ text: 'ارتش سودان' }], attributes: { subtype: 'military', country: 'SDN' } };
    const asked = eventsOf('ارتش سودان امارات را به ارسال سلاح متهم کرد و از جامعه جهانی خواست امارات را به دلیل این جنایات پاسخگو کند.', [army, { ...emirates, mentions: [{ text: 'امارات' }, { text: 'امارات', nth: 1 }] }]);
    expect(sides(asked).filter(([type]) => type === 'REQUEST')).toEqual([['REQUEST', 'SDN', null]]);
    expect(sides(eventsOf('عبدالفتاح البرهان از امارات خواست به تعهدات خود عمل کند.', [general, emirates]))).toEqual([['REQUEST', 'SDN', 'ARE']]);
  });

  it('asks the side a request names inside what it asks for', () => {
    const minister: TestEntity = { id: 'e6', type: 'PER', canonical: 'فهد العتیبی', mentions: [{ text: 'فهد العتیبی' }], attributes: { country: 'SAU' } };
    const events = eventsOf('فهد العتیبی خواستار خروج کامل نیروهای اسرائیلی از پنج تپه اشغالی شد.', [minister]);
    expect(sides(events)).toContainEqual(['REQUEST', 'SAU', 'ISR']);
  });

  it('asks the members a group is named for after به‌ویژه', () => {
    const premier: TestEntity = { id: 'e6', type: 'PER', canonical: 'سلیم حداد', mentions: [{ text: 'سلیم حداد' }], attributes: { country: 'LBN' } };
    const france: TestEntity = { id: 'e7', type: 'LOC', canonical: 'فرانسه', mentions: [{ text: 'فرانسه' }], attributes: { subtype: 'country', country: 'FRA' } };
    const events = eventsOf('سلیم حداد از کشورهای ضامن آتش‌بس، به‌ویژه آمریکا و فرانسه، خواست به تعهدات خود عمل کنند.', [premier, america, france]);
    expect(sides(events).filter(([type]) => type === 'REQUEST')).toEqual([['REQUEST', 'LBN', 'USA'], ['REQUEST', 'LBN', 'FRA']]);
  });

  it('aims a condemned attack at its author, not at the side it struck', () => {
    const events = eventsOf('ارتش اسرائیل روستاهای جنوب لبنان را بمباران کرد. نادر صالحی حمله به مناطق مسکونی لبنان را به شدت محکوم کرد.', [israeliArmy, lebanon, spokesman]);
    expect(sides(events)).toContainEqual(['ACCUSE', 'IRN', 'ISR']);
    expect(sides(events)).not.toContainEqual(['ACCUSE', 'IRN', 'LBN']);
  });

  it('aims a threat with no one named at the side its sentence has just accused', () => {
    const events = eventsOf('ارتش اسرائیل روستای مرزی را بمباران کرد. حزب‌الله لبنان این حملات را «نقض آشکار آتش‌بس» خواند و هشدار داد که مقاومت دست بسته نخواهد ماند.', [israeliArmy, hezbollah]);
    expect(sides(events)).toContainEqual(['ACCUSE', 'LBN', 'ISR']);
    expect(sides(events)).toContainEqual(['THREATEN', 'LBN', 'ISR']);
  });

  it('lets a place named with its government act as the state', () => {
    const agency: TestEntity = { id: 'e6', type: 'ORG', canonical: 'رویترز', mentions: [{ text: 'رویترز' }], attributes: { subtype: 'news-agency', country: 'GBR' } };
    const egypt: TestEntity = { id: 'e7', type: 'LOC', canonical: 'دولت مصر', mentions: [{ text: 'دولت مصر' }], attributes: { country: 'EGY' } };
    const events = eventsOf('به نوشته رویترز، دولت مصر این حمله را محکوم کرد.', [agency, egypt]);
    expect(events.map((e) => [e.type, e.actor?.entity])).toEqual([['ACCUSE', 'e7']]);
  });

  it('takes the press telling of an attack for no author: the last attacker struck', () => {
    const reporter: TestEntity = { id: 'e6', type: 'ORG', canonical: 'المنار', mentions: [{ text: 'المنار' }], attributes: { subtype: 'media', country: 'LBN' } };
    const events = eventsOf('ارتش اسرائیل روستای مرزی را بمباران کرد. المنار گزارش داد که یکی از این حملات ساختمانی مسکونی در جنوب لبنان را هدف قرار داده است.', [israeliArmy, reporter, lebanon]);
    const attacks = events.filter((e) => e.type === 'ASSAULT');
    expect(attacks.length).toBe(2);
    expect(attacks.every((e) => e.actor?.country === 'ISR')).toBe(true);
  });

  it('aims a foreign side\'s request with no one named, in a report about the home country, at the home country', () => {
    const turkishSide: TestEntity = { id: 'e6', type: 'ORG', canonical: 'شرکت گاز ترکیه', mentions: [{ text: 'شرکت گاز ترکیه' }], attributes: { subtype: 'company', country: 'TUR' } };
    const iran: TestEntity = { id: 'e7', type: 'LOC', canonical: 'ایران', mentions: [{ text: 'ایران' }], attributes: { subtype: 'country', country: 'IRN' } };
    const events = eventsOf('صادرات گاز ایران از سر گرفته شد و شرکت گاز ترکیه خواستار افزایش حجم دریافتی شده است.', [iran, turkishSide]);
    expect(sides(events)).toContainEqual(['REQUEST', 'TUR', 'IRN']);
  });

  it('aims an arrest announced at home with no one named at the home country', () => {
    const prosecutor: TestEntity = { id: 'e6', type: 'PER', canonical: 'دادستان کرمان', mentions: [{ text: 'دادستان کرمان', kind: 'role' }], attributes: { country: 'IRN', roles: [{ role: 'دادستان', country: 'IRN' }] } };
    const events = eventsOf('دادستان کرمان از توقیف ۱۲ دستگاه خودرو متعلق به متهمان خبر داد.', [prosecutor]);
    expect(sides(events)).toEqual([['COERCE', 'IRN', 'IRN']]);
  });

  it('reads a refusal to accept as its row is written: the side named in what is refused, else the opposing party', () => {
    const beirut: TestEntity = { id: 'e6', type: 'LOC', canonical: 'بیروت', mentions: [{ text: 'بیروت' }], attributes: { subtype: 'city', country: 'LBN' } };
    const telAviv: TestEntity = { id: 'e7', type: 'LOC', canonical: 'تل‌آویو', mentions: [{ text: 'تل‌آویو' }], attributes: { subtype: 'city', country: 'ISR' } };
    const events = eventsOf('بیروت هیچ مذاکره مستقیمی با تل‌آویو را نمی‌پذیرد.', [beirut, telAviv]);
    expect(sides(events)).toContainEqual(['REJECT', 'LBN', 'ISR']);
  });

  it('aims an international body\'s threat at the first side its words name', () => {
    const envoy: TestEntity = { id: 'e6', type: 'PER', canonical: 'لنا هاوس', mentions: [{ text: 'لنا هاوس' }], attributes: { roles: [{ role: 'مسئول سیاست خارجی اتحادیه اروپا' }] } };
    const iran: TestEntity = { id: 'e7', type: 'LOC', canonical: 'ایران', mentions: [{ text: 'ایران' }], attributes: { subtype: 'country', country: 'IRN' } };
    const events = eventsOf('لنا هاوس هشدار داد که اگر بازرسان به تأسیسات ایران دسترسی پیدا نکنند، سازوکار ماشه فعال خواهد شد.', [envoy, iran]);
    expect(sides(events).filter(([type]) => type === 'THREATEN')).toEqual([['THREATEN', null, 'IRN']]);
  });

  it('aims a threat made as a condition at the capital the condition names, or the side named before it', () => {
    const minister: TestEntity = { id: 'e6', type: 'PER', canonical: 'حمید توکلی', mentions: [{ text: 'حمید توکلی' }], attributes: { country: 'IRN', roles: [{ role: 'وزیر نفت', country: 'IRN' }] } };
    const baghdad: TestEntity = { id: 'e7', type: 'LOC', canonical: 'بغداد', mentions: [{ text: 'بغداد' }], attributes: { subtype: 'city', country: 'IRQ' } };
    const named = eventsOf('حمید توکلی گفت: اگر بغداد تا پایان ماه بدهی‌ها را پرداخت نکند، صادرات گاز کاهش خواهد یافت.', [minister, baghdad]);
    expect(sides(named).filter(([type]) => type === 'THREATEN')).toEqual([['THREATEN', 'IRN', 'IRQ']]);
    const before = eventsOf('حمید توکلی گفت که بغداد بخشی از بدهی‌ها را پرداخت کرده است، اما در صورتی که باقی مطالبات تسویه نشود، صادرات گاز کاهش خواهد یافت.', [minister, baghdad]);
    expect(sides(before).filter(([type]) => type === 'THREATEN')).toEqual([['THREATEN', 'IRN', 'IRQ']]);
  });

  it('aims a strike at home at the home country, though its row names no side', () => {
    const workers: TestEntity = { id: 'e6', type: 'ORG', canonical: 'کارگران کارخانه نورد', mentions: [{ text: 'کارگران کارخانه نورد' }], attributes: { country: 'IRN' } };
    const events = eventsOf('کارگران کارخانه نورد از صبح امروز دست از کار کشیدند.', [workers]);
    expect(sides(events)).toEqual([['PROTEST', 'IRN', 'IRN']]);
  });

  it('aims an attack on no one named at the other side of the war its paragraph tells of', () => {
    const army: TestEntity = { id: 'e6', type: 'ORG', canonical: 'ارتش سودان', mentions: [{ text: 'ارتش سودان' }], attributes: { subtype: 'military', country: 'SDN' } };
    const rsf: TestEntity = { id: 'e7', type: 'ORG', canonical: 'نیروهای پشتیبانی', mentions: [{ text: 'نیروهای پشتیبانی' }], attributes: { subtype: 'militia', country: 'SDN' } };
    const events = eventsOf('نیروهای پشتیبانی به شهر حمله کردند. ارتش سودان اعلام کرد که نیروهایش ده‌ها تن از مهاجمان را کشته‌اند.', [rsf, army]);
    expect(events.filter((e) => e.type === 'ASSAULT').map((e) => [e.actor?.entity, e.recipient?.entity])).toContainEqual(['e6', 'e7']);
  });

  it('lets دو وزیر act as the two sides of the last meeting, the home country\'s first', () => {
    const turkish: TestEntity = { id: 'e6', type: 'PER', canonical: 'کمال آیدین', mentions: [{ text: 'کمال آیدین' }], attributes: { country: 'TUR' } };
    for (const both of ['دو وزیر', 'دو هیئت', 'دو رئیس‌جمهور']) {
      const events = eventsOf(`کمال آیدین در آنکارا با نادر صالحی دیدار کرد. ${both} یادداشت تفاهمی برای همکاری گمرکی امضا کردند.`, [turkish, spokesman]);
      expect(sides(events).filter(([type]) => type === 'AGREE')).toEqual([['AGREE', 'IRN', 'TUR']]);
    }
  });

  it('takes the press as the actor of its own act in a که clause, and no venue before a condition as the side threatened', () => {
    const channel: TestEntity = { id: 'e6', type: 'ORG', canonical: 'الجزیره', mentions: [{ text: 'الجزیره' }], attributes: { subtype: 'media', country: 'QAT' } };
    const egypt: TestEntity = { id: 'e7', type: 'LOC', canonical: 'مصر', mentions: [{ text: 'مصر' }], attributes: { subtype: 'country', country: 'EGY' } };
    expect(sides(eventsOf('الجزیره اعلام کرد که از مصر به دادگاه شکایت خواهد کرد.', [channel, egypt]))).toContainEqual(['ACCUSE', 'QAT', 'EGY']);
    const vienna: TestEntity = { id: 'e8', type: 'LOC', canonical: 'وین', mentions: [{ text: 'وین' }], attributes: { subtype: 'city', country: 'AUT' } };
    const threats = sides(eventsOf('نادر صالحی در نشستی در وین گفت: اگر بازار نفت متعادل نشود، تولید نفت ایران کاهش خواهد یافت.', [spokesman, vienna])).filter(([type]) => type === 'THREATEN');
    expect(threats.map(([, , to]) => to)).not.toContain('AUT');
  });

  it('lets an army asking people it does not name ask the other side of its war', () => {
    const spokesmanOfArmy: TestEntity = { id: 'e6', type: 'PER', canonical: 'یوآو شمیر', mentions: [{ text: 'یوآو شمیر' }], attributes: { country: 'ISR', roles: [{ role: 'سخنگوی ارتش', country: 'ISR' }] } };
    const events = eventsOf('ارتش اسرائیل به جنوب لبنان حمله کرد. یوآو شمیر ساکنان روستاهای مرزی را به تخلیه خانه‌هایشان فراخواند.', [israeliArmy, lebanon, spokesmanOfArmy]);
    expect(sides(events).filter(([type]) => type === 'REQUEST')).toEqual([['REQUEST', 'ISR', 'LBN']]);
  });

  it('reads a side there as an observer as one its host cooperates with in the joint act', () => {
    const navy: TestEntity = { id: 'e6', type: 'ORG', canonical: 'نیروی دریایی ارتش', mentions: [{ text: 'نیروی دریایی ارتش' }], attributes: { subtype: 'military', country: 'IRN' } };
    const russia: TestEntity = { id: 'e7', type: 'LOC', canonical: 'روسیه', mentions: [{ text: 'روسیه' }], attributes: { subtype: 'country', country: 'RUS' } };
    const oman: TestEntity = { id: 'e8', type: 'LOC', canonical: 'عمان', mentions: [{ text: 'عمان' }], attributes: { subtype: 'country', country: 'OMN' } };
    const events = eventsOf('نیروی دریایی ارتش رزمایش مشترک دریایی با روسیه را اسفندماه برگزار می‌کند و ناوهای عمان نیز به عنوان ناظر در آن حضور خواهند داشت.', [navy, russia, oman]);
    const joint = sides(events).filter(([type]) => type === 'COOPERATE');
    expect(joint).toContainEqual(['COOPERATE', 'IRN', 'RUS']);
    expect(joint).toContainEqual(['COOPERATE', 'IRN', 'OMN']);
    expect(joint).not.toContainEqual(['COOPERATE', 'OMN', 'IRN']);
  });

  it('issue 5 (lost12): lets every country of a list of observers join the home country\'s exercise, the first too', () => {
    const countries: TestEntity[] = [['e9', 'پاکستان', 'PAK'], ['e10', 'عمان', 'OMN'], ['e11', 'قزاقستان', 'KAZ']].map(([id, name, country]) => ({ id, type: 'LOC', canonical: name, mentions: [{ text: name }], attributes: { subtype: 'country', country } }));
    const events = eventsOf('ناوهایی از پاکستان، عمان و قزاقستان نیز به عنوان ناظر در این رزمایش حضور دارند.', countries);
    expect(sides(events).filter(([type]) => type === 'COOPERATE')).toEqual([['COOPERATE', 'IRN', 'PAK'], ['COOPERATE', 'IRN', 'OMN'], ['COOPERATE', 'IRN', 'KAZ']]);
  });

  it('reads a journey to a town for a meeting as a meeting with whom it names', () => {
    const envoy: TestEntity = { id: 'e6', type: 'PER', canonical: 'پیتر لارسن', mentions: [{ text: 'پیتر لارسن' }], attributes: { roles: [{ role: 'فرستاده سازمان ملل' }] } };
    const houthis: TestEntity = { id: 'e7', type: 'ORG', canonical: 'انصارالله', mentions: [{ text: 'انصارالله' }], attributes: { subtype: 'militia', country: 'YEM' } };
    const muscat: TestEntity = { id: 'e8', type: 'LOC', canonical: 'مسقط', mentions: [{ text: 'مسقط' }], attributes: { subtype: 'city', country: 'OMN' } };
    for (const people of ['مقام‌های', 'مقام‌های ارشد']) {
      const events = eventsOf(`پیتر لارسن هفته آینده برای دیدار با ${people} انصارالله به مسقط سفر خواهد کرد.`, [envoy, houthis, muscat]);
      expect(sides(events).filter(([type]) => type === 'CONSULT')).toEqual([['CONSULT', null, 'YEM']]);
    }
  });
});

describe('issue 5: the recipient of an event (recip12)', () => {
  it('reads a body named right after the acting body as its object, not its title', () => {
    const committee: TestEntity = { id: 'e6', type: 'ORG', canonical: 'کمیته انضباطی فدراسیون جهانی', mentions: [{ text: 'کمیته انضباطی فدراسیون جهانی' }], attributes: { subtype: 'international' } };
    const club: TestEntity = { id: 'e7', type: 'ORG', canonical: 'باشگاه ملوان', mentions: [{ text: 'باشگاه ملوان' }], attributes: { subtype: 'sport', country: 'IRN' } };
    const events = eventsOf('کمیته انضباطی فدراسیون جهانی باشگاه ملوان را به دلیل تخلف مالی به پرداخت جریمه محکوم کرد.', [committee, club]);
    expect(sides(events)).toEqual([['COERCE', null, 'IRN']]);
  });

  it('takes no mediator or host after با for the other side of a meeting', () => {
    const russia: TestEntity = { id: 'e6', type: 'LOC', canonical: 'روسیه', mentions: [{ text: 'روسیه' }], attributes: { subtype: 'country', country: 'RUS' } };
    const ukraine: TestEntity = { id: 'e7', type: 'LOC', canonical: 'اوکراین', mentions: [{ text: 'اوکراین' }], attributes: { subtype: 'country', country: 'UKR' } };
    const turkey: TestEntity = { id: 'e8', type: 'LOC', canonical: 'ترکیه', mentions: [{ text: 'ترکیه' }], attributes: { subtype: 'country', country: 'TUR' } };
    for (const role of ['میانجی‌گری', 'میزبانی']) {
      const events = eventsOf(`هیئت‌های روسیه و اوکراین دیروز با ${role} ترکیه در استانبول دیدار کردند.`, [russia, ukraine, turkey]);
      expect(sides(events)).toContainEqual(['CONSULT', 'RUS', 'UKR']);
      expect(sides(events).map(([, , to]) => to)).not.toContain('TUR');
    }
  });

  it('asks the country of a war abroad, once for each side, when both sides asked were never named', () => {
    const sudan: TestEntity = { id: 'e6', type: 'LOC', canonical: 'سودان', mentions: [{ text: 'سودان' }], attributes: { subtype: 'country', country: 'SDN' } };
    const who: TestEntity = { id: 'e7', type: 'ORG', canonical: 'سازمان جهانی بهداشت', mentions: [{ text: 'سازمان جهانی بهداشت' }], attributes: { subtype: 'international' } };
    const events = eventsOf('شمار مبتلایان به وبا در سودان بالا رفته است. بیمارستان‌های سودان دارو ندارند. سازمان جهانی بهداشت از طرف‌های درگیر خواست راه ورود دارو را باز کنند.', [sudan, who]);
    expect(sides(events)).toEqual([['REQUEST', null, 'SDN'], ['REQUEST', null, 'SDN']]); // one per side, both Sudanese
  });

  it('aims an attack condemned as one told before at its last author abroad, not at the sides asked after it (sides19)', () => {
    const premier: TestEntity = { id: 'e6', type: 'PER', canonical: 'سلیم حداد', mentions: [{ text: 'سلیم حداد' }], attributes: { country: 'LBN' } };
    const france: TestEntity = { id: 'e7', type: 'LOC', canonical: 'فرانسه', mentions: [{ text: 'فرانسه' }], attributes: { subtype: 'country', country: 'FRA' } };
    const text = 'ارتش اسرائیل روستاهای جنوب لبنان را بمباران کرد. حزب‌الله لبنان در پاسخ یک پادگان ارتش اسرائیل را با راکت هدف قرار داد. سلیم حداد با محکوم کردن این حمله، از کشورهای ضامن آتش‌بس به‌ویژه آمریکا و فرانسه خواست جلوی نقض آتش‌بس را بگیرند.';
    const accused = sides(eventsOf(text, [israeliArmy, lebanon, hezbollah, premier, america, france])).filter(([type]) => type === 'ACCUSE');
    expect(accused).toEqual([['ACCUSE', 'LBN', 'ISR']]);
    const verbal = sides(eventsOf(text.replace('با محکوم کردن این حمله،', 'این حملات را محکوم کرد و'), [israeliArmy, lebanon, hezbollah, premier, america, france])).filter(([type]) => type === 'ACCUSE');
    expect(verbal).toEqual([['ACCUSE', 'LBN', 'ISR']]);
  });

  it('aims sanctions condemned as told before at their author, an international body too, not at a side named later (sides19)', () => {
    const union: TestEntity = { id: 'e6', type: 'ORG', canonical: 'اتحادیه اروپا', mentions: [{ text: 'اتحادیه اروپا' }], attributes: { subtype: 'international' } };
    const russia: TestEntity = { id: 'e7', type: 'LOC', canonical: 'روسیه', mentions: [{ text: 'روسیه' }], attributes: { subtype: 'country', country: 'RUS' } };
    const text = 'اتحادیه اروپا سه شرکت کشتیرانی را تحریم کرد. نادر صالحی تحریم‌های جدید را «غیرقانونی» خواند و گفت که هیچ سلاحی به روسیه نفروخته‌ایم.';
    const events = eventsOf(text, [union, spokesman, russia]);
    expect(events.filter((e) => e.type === 'ACCUSE').map((e) => [e.actor?.country, e.recipient?.entity ?? null])).toEqual([['IRN', 'e6']]);
    const condemned = eventsOf('اتحادیه اروپا سه شرکت کشتیرانی را تحریم کرد. روسیه نیز این تحریم‌ها را محکوم کرد و گفت که با ایران همکاری خواهد کرد.', [union, russia]);
    expect(condemned.filter((e) => e.type === 'ACCUSE').map((e) => [e.actor?.country, e.recipient?.entity ?? null])).toEqual([['RUS', 'e6']]);
  });

  it('leaves whom a spy served, named in the charge after the sentenced, out of the sentence (sides19)', () => {
    const service: TestEntity = { id: 'e6', type: 'ORG', canonical: 'سرویس اطلاعاتی اسرائیل', mentions: [{ text: 'سرویس اطلاعاتی اسرائیل' }], attributes: { country: 'ISR' } };
    for (const defendant of ['دو متهم جاسوسی برای', 'ف.ک، متهم به همکاری با', 'سه متهم پرونده جاسوسی به نفع']) {
      const events = eventsOf(`نادر صالحی از صدور حکم حبس برای ${defendant} سرویس اطلاعاتی اسرائیل خبر داد.`, [spokesman, service]);
      expect(sides(events).filter(([type]) => type === 'COERCE')).toEqual([['COERCE', 'IRN', 'IRN']]);
    }
  });

  it('aims an act named again by a demonstrative at the side a reaction phrase before it names (sides19)', () => {
    const iraq: TestEntity = { id: 'e6', type: 'LOC', canonical: 'عراق', mentions: [{ text: 'عراق' }], attributes: { subtype: 'country', country: 'IRQ' } };
    const text = 'عراق با ترکیه توافق‌نامه همکاری امضا کرد. نادر صالحی در واکنش به تحریم‌های تازه آمریکا علیه دو پالایشگاه، این اقدام را «زورگویی آشکار» خواند.';
    const events = eventsOf(text, [iraq, spokesman, america]);
    expect(sides(events).filter(([type]) => type === 'ACCUSE')).toEqual([['ACCUSE', 'IRN', 'USA']]);
  });

  it('names the side a condemnation opposes inside its object only, not in the request after it', () => {
    const premier: TestEntity = { id: 'e6', type: 'PER', canonical: 'سلیم حداد', mentions: [{ text: 'سلیم حداد' }], attributes: { country: 'LBN' } };
    const council: TestEntity = { id: 'e7', type: 'ORG', canonical: 'شورای امنیت', mentions: [{ text: 'شورای امنیت' }], attributes: { subtype: 'international' } };
    const events = eventsOf('ارتش اسرائیل روستاهای جنوب لبنان را بمباران کرد. سلیم حداد با محکوم کردن این حملات از شورای امنیت خواست جلسه‌ای فوری تشکیل دهد.', [israeliArmy, lebanon, premier, council]);
    expect(sides(events)).toContainEqual(['ACCUSE', 'LBN', 'ISR']);
  });

  it('lets a foreign side paying what it owes with no one named pay the home country', () => {
    const iraq: TestEntity = { id: 'e6', type: 'LOC', canonical: 'عراق', mentions: [{ text: 'عراق' }], attributes: { subtype: 'country', country: 'IRQ' } };
    const events = eventsOf('نادر صالحی گفت که صادرات گاز ادامه دارد. عراق هفته گذشته بخشی از بدهی گازی خود را از طریق یک بانک ثالث آزاد کرده است.', [spokesman, iraq]);
    expect(sides(events).filter(([type]) => type === 'CONCEDE')).toEqual([['CONCEDE', 'IRQ', 'IRN']]);
  });

  it('lets a foreign side freeing prisoners or declaring a truce with no one named concede nothing to the home country (review12)', () => {
    const georgia: TestEntity = { id: 'e6', type: 'LOC', canonical: 'گرجستان', mentions: [{ text: 'گرجستان' }], attributes: { subtype: 'country', country: 'GEO' } };
    for (const act of ['صد زندانی سیاسی را آزاد کرد', 'آتش‌بس اعلام کرد']) {
      const events = eventsOf(`نادر صالحی گفت که صادرات گاز ادامه دارد. گرجستان هفته گذشته ${act}.`, [spokesman, georgia]);
      expect(sides(events)).not.toContainEqual(['CONCEDE', 'GEO', 'IRN']);
    }
  });
});

describe('issue 5: the sides of events (recip13)', () => {
  const confederation: TestEntity = { id: 'e7', type: 'ORG', canonical: 'کنفدراسیون فوتبال آسیا', mentions: [{ text: 'کنفدراسیون فوتبال آسیا' }], attributes: { subtype: 'international' } };
  const chairman: TestEntity = { id: 'e6', type: 'PER', canonical: 'علی رضوانی', mentions: [{ text: 'علی رضوانی' }], attributes: { country: 'IRN' } };

  it('aims a threat made as a condition at the international body that sets it, not at home', () => {
    const events = eventsOf('علی رضوانی گفت اگر کنفدراسیون فوتبال آسیا این تصمیم را لغو نکند، فدراسیون پرونده را به دادگاه حکمیت ورزش خواهد برد.', [chairman, confederation]);
    expect(sides(events).filter(([type]) => type === 'THREATEN')).toEqual([['THREATEN', 'IRN', null]]);
    const warned = eventsOf('علی رضوانی هشدار داد که اگر کنفدراسیون فوتبال آسیا این تصمیم را لغو نکند، فدراسیون پرونده را به دادگاه حکمیت ورزش خواهد برد.', [chairman, confederation]);
    expect(sides(warned).filter(([type]) => type === 'THREATEN')).toEqual([['THREATEN', 'IRN', null]]);
    const inCase = eventsOf('علی رضوانی گفت در صورت لغو نکردن این تصمیم از سوی کنفدراسیون فوتبال آسیا، فدراسیون پرونده را به دادگاه حکمیت ورزش خواهد برد.', [chairman, confederation]);
    expect(sides(inCase).filter(([type]) => type === 'THREATEN')).toEqual([['THREATEN', 'IRN', null]]);
  });

  it('holds a foreign national for the national\'s country, not for home', () => {
    const netherlands: TestEntity = { id: 'e8', type: 'LOC', canonical: 'هلند', mentions: [{ text: 'هلند' }], attributes: { subtype: 'country', country: 'NLD' } };
    const named = eventsOf('نادر صالحی گفت پرونده دو تبعه هلند که هفته پیش در فرودگاه بازداشت شده بودند، در دادسرا است.', [spokesman, netherlands]);
    expect(sides(named).filter(([type]) => type === 'COERCE')).toEqual([['COERCE', 'IRN', 'NLD']]);
    const demonym = eventsOf('نادر صالحی گفت پرونده یک تبعه هلندی که هفته پیش در فرودگاه بازداشت شد، در دادسرا است.', [spokesman]);
    expect(sides(demonym).filter(([type]) => type === 'COERCE')).toEqual([['COERCE', 'IRN', 'NLD']]);
    const national: TestEntity = { id: 'e9', type: 'PER', canonical: 'تبعه هلندی', mentions: [{ text: 'یک تبعه هلندی' }], attributes: { country: 'NLD' } };
    const person = eventsOf('نادر صالحی درباره پرونده یک تبعه هلندی که به اتهام قاچاق بازداشت شده است، گفت: «کیفرخواست او صادر شد.»', [spokesman, national]);
    expect(sides(person).filter(([type]) => type === 'COERCE')).toEqual([['COERCE', 'IRN', 'NLD']]);
    // (past a relative clause that names the charge at length)
    const charged = eventsOf('نادر صالحی گفت دو تبعه هلندی که ماه گذشته به اتهام همکاری با یک شبکه قاچاق کالا در بندر عباس بازداشت شده بودند، محاکمه می‌شوند.', [spokesman]);
    expect(sides(charged).filter(([type]) => type === 'COERCE')[0]).toEqual(['COERCE', 'IRN', 'NLD']);
    const unsaid = eventsOf('نادر صالحی گفت پرونده یک متهم که هفته پیش در فرودگاه بازداشت شد، در دادسرا است.', [spokesman]);
    expect(sides(unsaid).filter(([type]) => type === 'COERCE')).toEqual([['COERCE', 'IRN', 'IRN']]);
  });

  it('has an international body that condemns an attack with no author named accuse its last author', () => {
    const rebels: TestEntity = { id: 'e20', type: 'ORG', canonical: 'جبهه آزادی', mentions: [{ text: 'جبهه آزادی' }], attributes: { subtype: 'armed-group', country: 'MLI' } };
    const union: TestEntity = { id: 'e21', type: 'ORG', canonical: 'اتحادیه آفریقا', mentions: [{ text: 'اتحادیه آفریقا' }], attributes: { subtype: 'international' } };
    const city: TestEntity = { id: 'e22', type: 'LOC', canonical: 'گائو', mentions: [{ text: 'گائو' }, { text: 'گائو', nth: 1 }], attributes: { subtype: 'city', country: 'MLI' } };
    const events = eventsOf('جبهه آزادی دیروز به پادگانی در نزدیکی گائو حمله کرد. اتحادیه آفریقا در بیانیه‌ای حمله به گائو را محکوم کرد.', [rebels, union, city]);
    expect(sides(events).filter(([type]) => type === 'ACCUSE')).toEqual([['ACCUSE', null, 'MLI']]);
    expect(events.find((e) => e.type === 'ACCUSE')?.recipient?.entity).toBe('e20');
  });

  it('asks an international body named inside what a request asks for, unless a side of another country is named before it', () => {
    const council: TestEntity = { id: 'e23', type: 'ORG', canonical: 'شورای امنیت سازمان ملل', mentions: [{ text: 'شورای امنیت سازمان ملل' }], attributes: { subtype: 'international' } };
    const agency: TestEntity = { id: 'e24', type: 'ORG', canonical: 'آژانس بین‌المللی انرژی اتمی', mentions: [{ text: 'آژانس بین‌المللی انرژی اتمی' }], attributes: { subtype: 'international' } };
    const russia: TestEntity = { id: 'e25', type: 'LOC', canonical: 'روسیه', mentions: [{ text: 'روسیه' }], attributes: { subtype: 'country', country: 'RUS' } };
    const asked = eventsOf('نادر صالحی خواستار واکنش فوری شورای امنیت سازمان ملل به این حملات شد.', [spokesman, council]);
    expect(asked.filter((e) => e.type === 'REQUEST').map((e) => e.recipient?.entity)).toEqual(['e23']);
    const partner = eventsOf('نادر صالحی خواستار ازسرگیری همکاری روسیه با آژانس بین‌المللی انرژی اتمی شد.', [spokesman, russia, agency]);
    expect(sides(partner).filter(([type]) => type === 'REQUEST')).toEqual([['REQUEST', 'IRN', 'RUS']]);
  });

  it('takes no news agency a report is told by for a side', () => {
    const agency: TestEntity = { id: 'e8', type: 'ORG', canonical: 'آسوشیتدپرس', mentions: [{ text: 'آسوشیتدپرس' }], attributes: { subtype: 'news-agency', country: 'USA' } };
    const canada: TestEntity = { id: 'e9', type: 'LOC', canonical: 'کانادا', mentions: [{ text: 'کانادا' }], attributes: { subtype: 'country', country: 'CAN' } };
    const events = eventsOf('به گزارش آسوشیتدپرس، کانادا وعده داده است که پرونده را با دقت بررسی کند.', [agency, canada]);
    expect(sides(events).filter(([, actor, recipient]) => actor === 'USA' || recipient === 'USA')).toEqual([]);
  });

  it('takes a report objected to (به گزارش X اعتراض کرد, no comma setting it off) for the side it answers', () => {
    const ministry: TestEntity = { id: 'e8', type: 'ORG', canonical: 'وزارت خارجه آمریکا', mentions: [{ text: 'وزارت خارجه آمریکا' }], attributes: { subtype: 'ministry', country: 'USA' } };
    const canada: TestEntity = { id: 'e9', type: 'ORG', canonical: 'دولت کانادا', mentions: [{ text: 'دولت کانادا' }], attributes: { subtype: 'government', country: 'CAN' } };
    const events = eventsOf('دولت کانادا به گزارش وزارت خارجه آمریکا درباره این پرونده اعتراض کرد.', [ministry, canada]);
    expect(sides(events).filter(([type]) => type === 'PROTEST')).toEqual([['PROTEST', 'CAN', 'USA']]);
  });

  it('aims a threat with no one named at whom its side accused earlier in the paragraph, an international body too', () => {
    const union: TestEntity = { id: 'e8', type: 'ORG', canonical: 'اتحادیه اروپا', mentions: [{ text: 'اتحادیه اروپا' }], attributes: { subtype: 'international' } };
    const twice: TestEntity = { ...spokesman, mentions: [{ text: 'نادر صالحی' }, { text: 'صالحی', nth: 1 }] };
    const events = eventsOf('نادر صالحی تصمیم اتحادیه اروپا برای تحریم کشتیرانی را به شدت محکوم کرد. صالحی هشدار داد که این اقدام بی‌پاسخ نخواهد ماند.', [twice, union]);
    expect(sides(events)).toContainEqual(['ACCUSE', 'IRN', null]);
    expect(sides(events).filter(([type]) => type === 'THREATEN')).toEqual([['THREATEN', 'IRN', null]]);
  });

  it('refuses to bear the demands of the side its gap names', () => {
    const oman: TestEntity = { id: 'e8', type: 'LOC', canonical: 'عمان', mentions: [{ text: 'عمان' }], attributes: { subtype: 'country', country: 'OMN' } };
    const events = eventsOf('نادر صالحی در تماس با همتای عمانی خود گفت کشورمان هرگز زیر بار زیاده‌خواهی آمریکا نخواهد رفت و از میانجی‌گری عمان قدردانی کرد.', [spokesman, america, oman]);
    expect(sides(events).filter(([type]) => type === 'REJECT')).toEqual([['REJECT', 'IRN', 'USA']]);
  });
  it('lets the helpers act when the act helped names no agent of its own, and keeps an active subject as the actor', () => {
    const turkey: TestEntity = { id: 'e8', type: 'ORG', canonical: 'مقامات قضایی ترکیه', mentions: [{ text: 'مقامات قضایی ترکیه' }], attributes: { subtype: 'judiciary', country: 'TUR' } };
    const extradited = eventsOf('نادر صالحی گفت یک متهم فراری هفته گذشته با همکاری مقامات قضایی ترکیه به کشور مسترد شد.', [spokesman, turkey]);
    expect(sides(extradited).filter(([type]) => type === 'COOPERATE')).toEqual([['COOPERATE', 'TUR', 'IRN']]);
    const bank: TestEntity = { id: 'e9', type: 'ORG', canonical: 'بانک مرکزی عراق', mentions: [{ text: 'بانک مرکزی عراق' }], attributes: { subtype: 'bank', country: 'IRQ' } };
    const police: TestEntity = { id: 'e10', type: 'ORG', canonical: 'پلیس فتا', mentions: [{ text: 'پلیس فتا' }], attributes: { subtype: 'police', country: 'IRN' } };
    const active = eventsOf('پلیس فتا با همکاری بانک مرکزی عراق حساب‌های این شبکه را مسدود کرد.', [police, bank]);
    expect(sides(active).filter(([type]) => type === 'COOPERATE')).toEqual([['COOPERATE', 'IRN', 'IRQ']]);
  });
});

describe('issue 5: international bodies and their officials as sides (sides21)', () => {
  const union: TestEntity = { id: 'e11', type: 'ORG', canonical: 'اتحادیه اروپا', mentions: [{ text: 'اتحادیه اروپا' }], attributes: { subtype: 'international' } };
  const envoy: TestEntity = {
    id: 'e12', type: 'PER', canonical: 'لورا فابری', mentions: [{ text: 'لورا فابری' }],
    attributes: { roles: [{ role: 'مسئول سیاست خارجی', organization: 'e11', organizationName: 'اتحادیه اروپا' }] },
  };
  const iran: TestEntity = { id: 'e13', type: 'LOC', canonical: 'ایران', mentions: [{ text: 'ایران' }], attributes: { subtype: 'country', country: 'IRN' } };

  it('answers the claim of an international body\'s official with that official, who has no country', () => {
    const events = eventsOf('لورا فابری مسئول سیاست خارجی اتحادیه اروپا ایران را به ارسال پهپاد متهم کرد. نادر صالحی این اتهامات را «بی‌پایه» خواند.', [union, envoy, iran, spokesman]);
    const reject = events.find((e) => e.type === 'REJECT');
    expect(reject?.actor?.country).toBe('IRN');
    expect(reject?.recipient?.entity).toBe('e12');
    expect(reject?.recipient?.country).toBeUndefined();
  });

  it('answers the words of an international body\'s official its sentence names, not a side of an earlier sentence', () => {
    const envoy2: TestEntity = { id: 'e16', type: 'PER', canonical: 'مارتا لوئیس', mentions: [{ text: 'مارتا لوئیس' }], attributes: { roles: [{ role: 'فرستاده سازمان ملل' }] } };
    const israel: TestEntity = { id: 'e17', type: 'LOC', canonical: 'اسرائیل', mentions: [{ text: 'اسرائیل' }], attributes: { subtype: 'country', country: 'ISR' } };
    const events = eventsOf('اسرائیل دیروز دو تبعه ایرانی را بازداشت کرد. نادر صالحی در پاسخ به پرسشی درباره بیانیه مارتا لوئیس که روند دادرسی را «غیرشفاف» خوانده بود، این اظهارات را «دخالت آشکار» توصیف کرد.', [israel, spokesman, envoy2]);
    const answer = events.find((e) => e.actor?.entity === 'e1');
    expect(answer?.recipient?.entity).toBe('e16');
    expect(answer?.recipient?.country).toBeUndefined();
  });

  it('gives no country to the head of an international body the people list knows with none', () => {
    const speaker: TestEntity = { id: 'e14', type: 'PER', canonical: 'حمید نوری‌زاده', mentions: [{ text: 'حمید نوری‌زاده' }], attributes: { country: 'IRN' } };
    const head: TestEntity = { id: 'e15', type: 'PER', canonical: 'رافائل گروسی', mentions: [{ text: 'رافائل گروسی' }], attributes: {} };
    const events = eventsOf('حمید نوری‌زاده از گزارش تازه رافائل گروسی درباره تأسیسات کشورمان به شدت انتقاد کرد.', [speaker, head]);
    const charge = events.find((e) => e.type === 'ACCUSE');
    expect(charge?.recipient?.entity).toBe('e15');
    expect(charge?.recipient?.country).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { checkDoc } from '../../doc/invariants.js';
import { loadLexicons } from '../../lexicon/load.js';
import { docWithEntities, quotesOver, type TestEntity } from '../clauses/test-doc.js';
import type { KhabarEvent } from './event-layer.js';
import { createEventsStage } from './events-stage.js';

const lexicons = loadLexicons();
const stage = createEventsStage(lexicons, lexicons.report!.eventPatterns);

/** Each `[text, speaker]` lays down a quote over the first occurrence of `text`, said by `speaker`. */
function eventsOf(text: string, entities: TestEntity[], quotes: [string, string][] = []): KhabarEvent[] {
  const doc = docWithEntities(lexicons, text, entities);
  doc.layers.quotes = quotesOver(text, quotes, 'خواند');
  stage.run(doc);
  expect(checkDoc(doc)).toEqual([]);
  return (doc.layers.events ?? []) as KhabarEvent[];
}

/** The type, actor country and recipient country of each event of `type` (null for none). */
const sidesOf = (events: KhabarEvent[], type: string): [string, string | null, string | null][] =>
  events.filter((e) => e.type === type).map((e) => [e.type, e.actor?.country ?? null, e.recipient?.country ?? null]);

const qatari: TestEntity = { id: 'e1', type: 'PER', canonical: 'خالد المنصوری', mentions: [{ text: 'خالد المنصوری' }], attributes: { country: 'QAT', roles: [{ role: 'وزیر خارجه', country: 'QAT' }] } };
const doha: TestEntity = { id: 'e2', type: 'LOC', canonical: 'دوحه', mentions: [{ text: 'دوحه' }], attributes: { subtype: 'city', country: 'QAT' } };
const lebanese: TestEntity = { id: 'e3', type: 'PER', canonical: 'سلیم حداد', mentions: [{ text: 'سلیم حداد' }], attributes: { country: 'LBN', roles: [{ role: 'نخست‌وزیر', country: 'LBN' }] } };
const frenchman: TestEntity = { id: 'e4', type: 'PER', canonical: 'ژان دوپون', mentions: [{ text: 'ژان دوپون' }], attributes: { country: 'FRA', roles: [{ role: 'وزیر خارجه', country: 'FRA' }] } };
const france: TestEntity = { id: 'e5', type: 'LOC', canonical: 'فرانسه', mentions: [{ text: 'فرانسه' }], attributes: { subtype: 'country', country: 'FRA' } };
const israel: TestEntity = { id: 'e6', type: 'LOC', canonical: 'اسرائیل', mentions: [{ text: 'اسرائیل' }], attributes: { subtype: 'country', country: 'ISR' } };

describe('issue 5: the recipient of a request (sixteenth session)', () => {
  it('leaves a preposition of the verb before و to that verb', () => {
    const events = eventsOf('خالد المنصوری از نتایج گفت‌وگوهای دوحه با طرف‌های اروپایی خبر داده و خواستار خویشتن‌داری همه طرف‌ها شده بود.', [qatari, doha]);
    expect(sidesOf(events, 'REQUEST')).toEqual([['REQUEST', 'QAT', null]]);
  });

  it('asks the other side of a call whose name stands in « », or of a call told as indefinite', () => {
    const quoted = eventsOf('سلیم حداد در تماس تلفنی با «ژان دوپون» خواستار توقف این روند شد.', [lebanese, frenchman]);
    expect(sidesOf(quoted, 'REQUEST')).toEqual([['REQUEST', 'LBN', 'FRA']]);
    const indefinite = eventsOf('سلیم حداد در تماسی تلفنی با ژان دوپون خواستار توقف این روند شد.', [lebanese, frenchman]);
    expect(sidesOf(indefinite, 'REQUEST')).toEqual([['REQUEST', 'LBN', 'FRA']]);
  });

  it('asks the side named inside a long request whose verb stands past the row\'s gap', () => {
    const events = eventsOf('سلیم حداد در سخنانی خواستار فشار جدی و فوری فرانسه بر اسرائیل برای توقف کامل حملات هوایی به روستاهای مرزی جنوب کشور شد.', [lebanese, france, israel]);
    expect(sidesOf(events, 'REQUEST')).toEqual([['REQUEST', 'LBN', 'FRA']]);
  });

  it('reaches only the other members of a list that names the asker\'s own country', () => {
    const russian: TestEntity = { id: 'e7', type: 'PER', canonical: 'ایوان پتروف', mentions: [{ text: 'ایوان پتروف' }], attributes: { country: 'RUS', roles: [{ role: 'وزیر خارجه', country: 'RUS' }] } };
    const country = (id: string, name: string, code: string): TestEntity => ({ id, type: 'LOC', canonical: name, mentions: [{ text: name }], attributes: { subtype: 'country', country: code } });
    const events = eventsOf('ایوان پتروف خواستار ازسرگیری گفت‌وگوهای چهارجانبه با حضور ایران، ترکیه، روسیه و سوریه شد.',
      [russian, country('e8', 'ایران', 'IRN'), country('e9', 'ترکیه', 'TUR'), country('e10', 'روسیه', 'RUS'), country('e11', 'سوریه', 'SYR')]);
    const asked = sidesOf(events, 'REQUEST');
    expect(asked).not.toContainEqual(['REQUEST', 'RUS', 'RUS']);
    expect(asked).toContainEqual(['REQUEST', 'RUS', 'TUR']);
  });
});

describe('issue 5: the side a charge or a rejection answers (sixteenth session)', () => {
  const sudaneseArmy: TestEntity = { id: 'e1', type: 'ORG', canonical: 'ارتش سودان', mentions: [{ text: 'ارتش سودان' }], attributes: { subtype: 'military', country: 'SDN' } };
  const emirates: TestEntity = { id: 'e2', type: 'LOC', canonical: 'امارات', mentions: [{ text: 'امارات' }], attributes: { subtype: 'country', country: 'ARE' } };
  const abuDhabi: TestEntity = { id: 'e3', type: 'LOC', canonical: 'ابوظبی', mentions: [{ text: 'ابوظبی' }], attributes: { subtype: 'city', country: 'ARE' } };

  it('answers the claim named again, not the rejecting side\'s own charge made of it', () => {
    const chad: TestEntity = { id: 'e7', type: 'LOC', canonical: 'چاد', mentions: [{ text: 'چاد' }], attributes: { subtype: 'country', country: 'TCD' } };
    const events = eventsOf('ارتش سودان در بیانیه‌ای امارات را به ارسال سلاح برای شورشیان از راه خاک چاد متهم کرد. ابوظبی این اتهام را «دروغی آشکار» خواند.', [sudaneseArmy, emirates, abuDhabi, chad], [['دروغی آشکار', 'e3']]);
    expect(sidesOf(events, 'REJECT')).toEqual([['REJECT', 'ARE', 'SDN']]);
    expect(sidesOf(events, 'ACCUSE').filter(([, actor]) => actor === 'ARE')).toEqual([['ACCUSE', 'ARE', 'SDN']]);
  });

  it('reads a name in parentheses after the subject as its own, not as the object', () => {
    const centcom: TestEntity = { id: 'e4', type: 'ORG', canonical: 'فرماندهی مرکزی ارتش آمریکا', mentions: [{ text: 'فرماندهی مرکزی ارتش آمریکا' }], attributes: { subtype: 'military', country: 'USA' } };
    const acronym: TestEntity = { id: 'e5', type: 'ORG', canonical: 'سنتکام', mentions: [{ text: 'سنتکام' }], attributes: { subtype: 'military', country: 'USA' } };
    const russia: TestEntity = { id: 'e6', type: 'LOC', canonical: 'روسیه', mentions: [{ text: 'روسیه' }], attributes: { subtype: 'country', country: 'RUS' } };
    const events = eventsOf('فرماندهی مرکزی ارتش آمریکا (سنتکام) در بیانیه‌ای حضور ناوهای روسیه در نزدیکی تنگه هرمز را «تهدیدی برای کشتیرانی» خواند.', [centcom, acronym, russia]);
    expect(sidesOf(events, 'ACCUSE')).toEqual([['ACCUSE', 'USA', 'RUS']]);
  });
});

describe('issue 5: the country an attack is aimed at (sixteenth session)', () => {
  it('reads این کشور in the goal of a country\'s attack as the country named before it, not the attacker', () => {
    const ministry: TestEntity = { id: 'e1', type: 'ORG', canonical: 'وزارت بهداشت لبنان', mentions: [{ text: 'وزارت بهداشت لبنان' }], attributes: { subtype: 'ministry', country: 'LBN' } };
    const events = eventsOf('به گفته وزارت بهداشت لبنان، دست‌کم ۱۲ نفر در حملات هوایی اسرائیل به روستاهای جنوبی این کشور کشته شدند.', [ministry, israel]);
    expect(sidesOf(events, 'ASSAULT')).toEqual([['ASSAULT', 'ISR', 'LBN']]);
  });
});

describe('issue 5: an international body as the side opposed (seventeenth session)', () => {
  const spokesman: TestEntity = { id: 'e1', type: 'PER', canonical: 'مهران صالحی', mentions: [{ text: 'مهران صالحی' }], attributes: { country: 'IRN', roles: [{ role: 'سخنگوی وزارت امور خارجه', country: 'IRN' }] } };
  const union: TestEntity = { id: 'e2', type: 'ORG', canonical: 'اتحادیه اروپا', mentions: [{ text: 'اتحادیه اروپا' }], attributes: { subtype: 'international' } };
  const council: TestEntity = { id: 'e3', type: 'ORG', canonical: 'شورای امنیت سازمان ملل', mentions: [{ text: 'شورای امنیت سازمان ملل' }], attributes: { subtype: 'international' } };

  it('aims a threat at the body whose decision its sentence names when it names no other country', () => {
    const events = eventsOf('مهران صالحی با اشاره به تصمیم اتحادیه اروپا برای تحریم سه شرکت هواپیمایی هشدار داد که تهران به هر اقدام خصمانه‌ای پاسخ خواهد داد.', [spokesman, union]);
    expect(sidesOf(events, 'THREATEN')).toEqual([['THREATEN', 'IRN', null]]);
    expect(events.find((e) => e.type === 'THREATEN')?.recipient?.entity).toBe('e2');
  });

  it('does not take a body appealed to for the side opposed', () => {
    const events = eventsOf('مهران صالحی هشدار داد که تهران شکایتی به شورای امنیت سازمان ملل ارائه خواهد کرد.', [spokesman, council]);
    expect(events.filter((e) => e.type === 'THREATEN').map((e) => e.recipient?.entity)).not.toContain('e3');
  });
});

describe('issue 5: a state abroad is no side of its own act (seventeenth session)', () => {
  it('reads the country a capital names after it as what the act is about, and takes the opposing side', () => {
    const minister: TestEntity = { id: 'e1', type: 'PER', canonical: 'سامح کامل', mentions: [{ text: 'سامح کامل' }], attributes: { country: 'EGY', roles: [{ role: 'وزیر خارجه', country: 'EGY' }] } };
    const ethiopia: TestEntity = { id: 'e2', type: 'LOC', canonical: 'اتیوپی', mentions: [{ text: 'اتیوپی' }], attributes: { subtype: 'country', country: 'ETH' } };
    const cairo: TestEntity = { id: 'e3', type: 'LOC', canonical: 'قاهره', mentions: [{ text: 'قاهره' }], attributes: { subtype: 'city', country: 'EGY' } };
    const egypt: TestEntity = { id: 'e4', type: 'LOC', canonical: 'مصر', mentions: [{ text: 'مصر' }], attributes: { subtype: 'country', country: 'EGY' } };
    const events = eventsOf('سامح کامل اتیوپی را به اقدامات یک‌جانبه متهم کرد و گفت: قاهره هیچ اقدامی را که سهم مصر از آب رود نیل را کاهش دهد، نخواهد پذیرفت.', [minister, cairo, egypt, ethiopia]);
    expect(sidesOf(events, 'REJECT')).toEqual([['REJECT', 'EGY', 'ETH']]);
  });
});

describe('issue 5: a threat whose condition an unnamed foreign side sets (seventeenth session)', () => {
  it('aims it at no country, not at home', () => {
    const speaker: TestEntity = { id: 'e1', type: 'PER', canonical: 'محمد رضوی', mentions: [{ text: 'محمد رضوی' }], attributes: { country: 'IRN', roles: [{ role: 'رئیس مجلس', country: 'IRN' }] } };
    const events = eventsOf('محمد رضوی در نطق خود هشدار داد که اگر طرف‌های اروپایی این مسیر را ادامه دهند، مجلس در بررسی طرح خروج از معاهده تردید نخواهد کرد.', [speaker]);
    expect(sidesOf(events, 'THREATEN')).toEqual([['THREATEN', 'IRN', null]]);
  });
});

describe('issue 5: a welcome at home of what another country does (sides18)', () => {
  it('is aimed at the other country its sentence names, not at home', () => {
    const ministry: TestEntity = { id: 'e1', type: 'ORG', canonical: 'وزارت امور خارجه ایران', mentions: [{ text: 'وزارت امور خارجه ایران' }], attributes: { subtype: 'government', country: 'IRN' } };
    const syria: TestEntity = { id: 'e2', type: 'LOC', canonical: 'سوریه', mentions: [{ text: 'سوریه' }], attributes: { subtype: 'country', country: 'SYR' } };
    const events = eventsOf('وزارت امور خارجه ایران در بیانیه‌ای از هر توافقی که به امنیت سوریه کمک کند استقبال کرد.', [ministry, syria]);
    expect(sidesOf(events, 'SUPPORT')).toEqual([['SUPPORT', 'IRN', 'SYR']]);
  });
});

describe('issue 5: a refusal told by one who has just made a charge (sides18)', () => {
  it('answers the side the teller charged, not the teller', () => {
    const speaker: TestEntity = { id: 'e1', type: 'PER', canonical: 'الکسی پتروف', mentions: [{ text: 'الکسی پتروف' }], attributes: { country: 'RUS', roles: [{ role: 'سخنگوی وزارت خارجه', country: 'RUS' }] } };
    const moscow: TestEntity = { id: 'e2', type: 'LOC', canonical: 'مسکو', mentions: [{ text: 'مسکو' }], attributes: { subtype: 'city', country: 'RUS' } };
    const france: TestEntity = { id: 'e3', type: 'LOC', canonical: 'فرانسه', mentions: [{ text: 'فرانسه' }], attributes: { subtype: 'country', country: 'FRA' } };
    const events = eventsOf('الکسی پتروف سخنگوی وزارت خارجه روسیه فرانسه را به دخالت در امور منطقه متهم کرد و گفت که مسکو هیچ طرح غربی را نخواهد پذیرفت.', [speaker, moscow, france]);
    expect(sidesOf(events, 'REJECT')).toEqual([['REJECT', 'RUS', 'FRA']]);
  });
});

describe('issue 5: a request joined to a clause told in a letter or a call (sides20)', () => {
  const club: TestEntity = { id: 'e1', type: 'ORG', canonical: 'باشگاه تراکتور', mentions: [{ text: 'باشگاه تراکتور' }], attributes: { country: 'IRN' } };
  const confederation: TestEntity = { id: 'e2', type: 'ORG', canonical: 'کنفدراسیون فوتبال آسیا', mentions: [{ text: 'کنفدراسیون فوتبال آسیا' }], attributes: { subtype: 'international' } };
  const referee: TestEntity = { id: 'e3', type: 'PER', canonical: 'داور کویتی', mentions: [{ text: 'داور کویتی' }], attributes: { country: 'KWT' } };
  const asked = (events: KhabarEvent[]): (string | null)[] => events.filter((e) => e.type === 'REQUEST').map((e) => e.recipient?.entity ?? null);

  it('asks the letter\'s addressee, not a side of the clause before', () => {
    const events = eventsOf('باشگاه تراکتور در نامه‌ای به کنفدراسیون فوتبال آسیا از داور کویتی انتقاد کرد و خواستار بررسی فوری این پرونده شد.', [club, confederation, referee]);
    expect(asked(events)).toEqual(['e2']);
  });

  it('asks the other side of the call', () => {
    const minister: TestEntity = { id: 'e4', type: 'PER', canonical: 'سعید امینی', mentions: [{ text: 'سعید امینی' }], attributes: { country: 'IRN', roles: [{ role: 'وزیر ورزش', country: 'IRN' }] } };
    const president: TestEntity = { id: 'e5', type: 'PER', canonical: 'رئیس فیفا', mentions: [{ text: 'رئیس فیفا' }], attributes: {} };
    const events = eventsOf('سعید امینی در تماس تلفنی با رئیس فیفا از داور کویتی انتقاد کرد و خواستار رسیدگی به این موضوع شد.', [minister, president, referee]);
    expect(asked(events)).toEqual(['e5']);
  });
});

describe('issue 5: a request to stop an act its asker has just charged (sides20)', () => {
  it('asks the side charged', () => {
    const minister: TestEntity = { id: 'e1', type: 'PER', canonical: 'کریم الساعدی', mentions: [{ text: 'کریم الساعدی' }], attributes: { country: 'IRQ', roles: [{ role: 'وزیر خارجه', country: 'IRQ' }] } };
    const turkey: TestEntity = { id: 'e2', type: 'LOC', canonical: 'ترکیه', mentions: [{ text: 'ترکیه' }], attributes: { subtype: 'country', country: 'TUR' } };
    const events = eventsOf('کریم الساعدی بمباران روستاهای مرزی از سوی ترکیه را محکوم کرد و خواستار توقف فوری این حملات شد.', [minister, turkey]);
    expect(sidesOf(events, 'REQUEST')).toEqual([['REQUEST', 'IRQ', 'TUR']]);
  });
});

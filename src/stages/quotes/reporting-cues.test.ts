import { describe, expect, it } from 'vitest';
import { checkDoc } from '../../doc/invariants.js';
import { loadLexicons } from '../../lexicon/load.js';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';
import { docWithEntities, type TestEntity } from '../clauses/test-doc.js';
import type { EntityRecord } from '../entities/entity-layers.js';
import type { Quote } from './quote-layer.js';
import { createQuotesStage } from './quotes-stage.js';

const lexicons = loadLexicons();
const stage = createQuotesStage(lexicons, lexicons.report!.cues);

const minister: TestEntity = { id: 'p1', type: 'PER', canonical: 'سارا کریمی', mentions: [{ text: 'سارا کریمی' }] };
const deputy: TestEntity = { id: 'p2', type: 'PER', canonical: 'علی نادری', mentions: [{ text: 'علی نادری' }] };

function quotesOf(text: string, entities: TestEntity[] = [minister]): { cue: string; kind: string; speaker?: string; said: string }[] {
  const doc = stage.run(docWithEntities(lexicons, text, entities));
  expect(checkDoc(doc)).toEqual([]);
  return ((doc.layers.quotes ?? []) as Quote[]).map((q) => ({ cue: q.cue.lemma, kind: q.kind, speaker: q.speaker, said: text.slice(q.start, q.end) }));
}

describe('issue 5: reporting verbs', () => {
  it.each([
    ['اظهار نمود', 'سارا کریمی اظهار نمود: قیمت نان ثابت می‌ماند.'],
    ['اضافه کرد', 'سارا کریمی اضافه کرد که قیمت نان ثابت می‌ماند.'],
    ['اظهار داشته است', 'سارا کریمی اظهار داشته است که قیمت نان ثابت می‌ماند.'],
    ['می‌گوید', 'سارا کریمی می‌گوید: قیمت نان ثابت می‌ماند.'],
    ['تأکید ورزید', 'سارا کریمی تأکید ورزید که قیمت نان ثابت می‌ماند.'],
    ['در پیامی ... نوشت', 'سارا کریمی در پیامی در حساب کاربری خود نوشت: قیمت نان ثابت می‌ماند.'],
  ])('%s reports', (_, text) => {
    expect(quotesOf(text)).toMatchObject([{ speaker: 'p1', said: 'قیمت نان ثابت می‌ماند.' }]);
  });

  it.each([
    ['تأکید نمود (نمود for کرد)', 'سارا کریمی تأکید نمود که قیمت نان ثابت می‌ماند.'],
    ['تأکید فرمودند (the honorific فرمود for کرد)', 'سارا کریمی تأکید فرمودند که قیمت نان ثابت می‌ماند.'],
    ['فرمودند (the honorific گفت)', 'سارا کریمی فرمودند قیمت نان ثابت می‌ماند.'],
    ['خاطرنشان ساخت (ساخت for کرد)', 'سارا کریمی خاطرنشان ساخت که قیمت نان ثابت می‌ماند.'],
    ['معتقد است', 'سارا کریمی معتقد است که قیمت نان ثابت می‌ماند.'],
    ['معتقدند (an adjective with its copula joined; the honorific plural)', 'سارا کریمی معتقدند قیمت نان ثابت می‌ماند.'],
    ['پیشنهاد کرد', 'سارا کریمی پیشنهاد کرد قیمت نان ثابت می‌ماند.'],
    ['بر این باور است', 'سارا کریمی بر این باور است که قیمت نان ثابت می‌ماند.'],
    ['اطمینان داد', 'سارا کریمی اطمینان داد که قیمت نان ثابت می‌ماند.'],
    ['ابراز اطمینان کرد', 'سارا کریمی ابراز اطمینان کرد که قیمت نان ثابت می‌ماند.'],
    ['تأیید کرد که', 'سارا کریمی تأیید کرد که قیمت نان ثابت می‌ماند.'],
    ['یادآور شده بود', 'سارا کریمی یادآور شده بود که قیمت نان ثابت می‌ماند.'],
    ['گوشزد کرد', 'سارا کریمی گوشزد کرد قیمت نان ثابت می‌ماند.'],
    ['علاوه کرد (Dari)', 'سارا کریمی علاوه کرد که قیمت نان ثابت می‌ماند.'],
    ['اعتقاد دارد', 'سارا کریمی اعتقاد دارد که قیمت نان ثابت می‌ماند.'],
  ])('%s reports (a family of the table, in any tense)', (_, text) => {
    expect(quotesOf(text)).toMatchObject([{ kind: 'indirect', speaker: 'p1', said: 'قیمت نان ثابت می‌ماند.' }]);
  });

  it('پاسخ داد / ادامه داد report after a colon or که, not as acts', () => {
    expect(quotesOf('سارا کریمی در پاسخ به این پرسش پاسخ داد که قیمت نان ثابت می‌ماند.')).toMatchObject([{ cue: 'پاسخ داد', speaker: 'p1', said: 'قیمت نان ثابت می‌ماند.' }]);
    expect(quotesOf('سارا کریمی به کار خود در وزارتخانه ادامه داد.')).toEqual([]);
  });

  it.each([['ارزیابی کرد'], ['تلقی کرد'], ['نامید']])('... را «...» %s is a direct quote', (cue) => {
    expect(quotesOf(`سارا کریمی این طرح را «گامی به عقب» ${cue}.`)).toMatchObject([{ kind: 'direct', speaker: 'p1' }]);
  });

  it('افزود after an object and a list is adding, not saying', () => {
    expect(quotesOf('سارا کریمی دو شرکت خارجی را به فهرست تحریم‌ها افزود.')).toEqual([]);
  });

  it('a cue that needs a clause reports nothing with only an object before it', () => {
    expect(quotesOf('سارا کریمی خبر امضای قرارداد را تأیید کرد.')).toEqual([]);
    expect(quotesOf('سارا کریمی این پرسش را دوباره مطرح کرد.')).toEqual([]);
  });

  it.each([
    ['گفت و گو written apart', 'سارا کریمی در گفت و گو با خبرنگاران گفت: نشست به تعویق افتاد.'],
    ['گفت وگو written apart', 'سارا کریمی در گفت وگو با خبرنگاران گفت: نشست به تعویق افتاد.'],
  ])('%s is a noun, not a second reporting verb', (_, text) => {
    expect(quotesOf(text)).toMatchObject([{ cue: 'گفت', kind: 'direct', said: 'نشست به تعویق افتاد.' }]);
  });

  it('تبریک گفت congratulates, it does not report', () => {
    expect(quotesOf('سارا کریمی پیروزی تیم ملی را به مردم تبریک گفت.')).toEqual([]);
  });

  it('متهم کرد reports its را object: the words in « » directly, else indirectly; with no را object nothing', () => {
    expect(quotesOf('سارا کریمی دولت را به «پنهان‌کاری آشکار» متهم کرد.')).toMatchObject([{ kind: 'direct', speaker: 'p1' }]);
    expect(quotesOf('سارا کریمی مدیر شرکت را به اختلاس متهم کرد.')).toMatchObject([{ cue: 'متهم کرد', kind: 'indirect', speaker: 'p1' }]);
    expect(quotesOf('سارا کریمی به اختلاس متهم شد.')).toEqual([]);
  });

  it('خواستار ... شد split around its object reports the words between', () => {
    expect(quotesOf('سارا کریمی خواستار بازنگری فوری در قیمت بلیت قطار شد.')).toMatchObject([{ cue: 'خواستار شد', kind: 'indirect', speaker: 'p1', said: 'بازنگری فوری در قیمت بلیت قطار' }]);
    expect(quotesOf('سارا کریمی خواستار شد که قیمت بلیت قطار کاهش یابد.')).toMatchObject([{ cue: 'خواستار شد', said: 'قیمت بلیت قطار کاهش یابد.' }]);
    expect(quotesOf('کارگران خواستار افزایش دستمزد بودند، اما جلسه لغو شد.', [])).toEqual([]);
  });

  it.each([
    ['را محکوم کرد', 'سارا کریمی حمله به کاروان امدادی را محکوم کرد.'],
    ['را به شدت محکوم کرد', 'سارا کریمی حمله به کاروان امدادی را به شدت محکوم کرد.'],
    ['از ... انتقاد کرد', 'سارا کریمی از تأخیر در پرداخت یارانه انتقاد کرد.'],
    ['تهدید کرد', 'سارا کریمی تهدید کرد که قرارداد را لغو می‌کند.'],
    ['وعده داد', 'سارا کریمی وعده داد که حقوق معوق تا پایان ماه پرداخت شود.'],
    ['پیش‌بینی کرد', 'سارا کریمی پیش‌بینی کرد که تورم کاهش یابد.'],
    ['را رد کرد', 'سارا کریمی مسئولیت قطع برق بیمارستان را رد کرد.'],
    ['را تکذیب کرد', 'سارا کریمی خبر استعفای خود را تکذیب کرد.'],
  ])('%s is an indirect quote (the third-session writers\' call)', (_, text) => {
    expect(quotesOf(text)).toMatchObject([{ kind: 'indirect', speaker: 'p1' }]);
  });

  it('رد کرد with no را object (passing a border, a round) is no quote', () => {
    expect(quotesOf('سارا کریمی دیروز از مرز بازرگان رد کرد.')).toEqual([]);
  });

  it('a cue in the future inside a که clause is the speaker\'s words going on, not a second report', () => {
    const quotes = quotesOf('سارا کریمی اعلام کرد که اگر بودجه نرسد، کارگران تجمع خواهند کرد و خواستار دیدار با استاندار خواهند شد.');
    expect(quotes).toMatchObject([{ cue: 'اعلام کرد', speaker: 'p1', said: 'اگر بودجه نرسد، کارگران تجمع خواهند کرد و خواستار دیدار با استاندار خواهند شد.' }]);
  });

  it('a که clause ends before a second report joined by «، اما»', () => {
    const quotes = quotesOf('سارا کریمی تأیید کرد که نامه وزارتخانه ارسال شده است، اما تصریح کرد که دولت در این پرونده دخالتی نمی‌کند.');
    expect(quotes.map((q) => [q.cue, q.speaker, q.said])).toEqual([
      ['تایید کرد', 'p1', 'نامه وزارتخانه ارسال شده است'],
      ['تصریح کرد', 'p1', 'دولت در این پرونده دخالتی نمی‌کند.'],
    ]);
  });

  it('رد کرد of an offer or a request is an act, of a claim a quote', () => {
    expect(quotesOf('سارا کریمی پیشنهاد دو شرکت خارجی برای خرید کارخانه را رد کرد.')).toEqual([]);
    expect(quotesOf('سارا کریمی روز شنبه درخواست کارکنان برای تعطیلی را رد نمود.')).toEqual([]);
    expect(quotesOf('سارا کریمی ادعای برخی رسانه‌ها درباره پیشنهاد خرید کارخانه را رد کرد.')).toMatchObject([{ cue: 'رد کرد', speaker: 'p1' }]);
    expect(quotesOf('سارا کریمی در پاسخ به درخواست خبرنگاران، مسئولیت این حادثه را رد کرد.')).toMatchObject([{ speaker: 'p1' }]);
  });

  it('a sentence (محکوم کرد with به and a penalty) and a pronoun object are no quotes', () => {
    expect(quotesOf('دادگاه سارا کریمی را به پرداخت جریمه محکوم کرد.')).toEqual([]);
    expect(quotesOf('سارا کریمی این طرح را «نسنجیده» خواند و آن را محکوم کرد.').map((q) => q.cue)).toEqual(['خواند']);
  });

  it('در ... بیانیه/نامه آمده است reports what the document says, by its author', () => {
    const ministry: TestEntity = { id: 'o2', type: 'ORG', canonical: 'وزارت نفت', mentions: [{ text: 'وزارت نفت' }] };
    expect(quotesOf('در بیانیه وزارت نفت آمده است: تولید افزایش یافت.', [ministry])).toMatchObject([{ kind: 'direct', speaker: 'o2', said: 'تولید افزایش یافت.' }]);
    const two = quotesOf('سارا کریمی در نامه‌ای از مجلس خواست بودجه را تصویب کند. در بخشی از این نامه آمده است که کارگران منتظرند.');
    expect(two.map((q) => [q.speaker, q.said])).toEqual([['p1', 'بودجه را تصویب کند.'], ['p1', 'کارگران منتظرند.']]);
    expect(quotesOf('سارا کریمی دیروز به تهران آمده است.')).toEqual([]);
  });

  it('ends a که clause where the same speaker goes on with و and a second cue', () => {
    expect(quotesOf('سارا کریمی گفت که بودجه کافی نیست و از مجلس خواست ردیف تازه‌ای تصویب کند.').map((q) => [q.cue, q.speaker, q.said])).toEqual([
      ['گفت', 'p1', 'بودجه کافی نیست'],
      ['خواست', 'p1', 'ردیف تازه‌ای تصویب کند.'],
    ]);
  });
});

describe('issue 5: a document cue only where the document says it', () => {
  it('reads no quote from a subjunctive آمدن after در گزارش, and the saying verb after it still speaks', () => {
    const quotes = quotesOf('سارا کریمی که نخواست نامش در گزارش بیاید گفت: قیمت نان ثابت می‌ماند.');
    expect(quotes.map((q) => [q.cue, q.speaker])).toEqual([['گفت', 'p1']]);
  });
});

describe('issue 5: a part of a group speaks', () => {
  const pipeline = createAnalyzer(loadLexicons());
  it('takes the group after `N نفر از` for the subject, not a place named after it', () => {
    const doc = analyze(pipeline, 'بیش از ۴۰۰ نفر از کارگران شرکت فولاد کارون صبح امروز در مقابل ساختمان استانداری خوزستان تجمع کردند و خواستار پرداخت حقوق معوق خود شدند.');
    const names = new Map(((doc.layers.entities ?? []) as EntityRecord[]).map((e) => [e.id, e.canonical]));
    const [quote] = (doc.layers.quotes ?? []) as Quote[];
    expect(quote.speaker && names.get(quote.speaker)).toMatch(/^کارگران/);
  });
});

describe('issue 5: attribution leads', () => {
  it.each([
    ['به ادعای', 'به ادعای سارا کریمی، قیمت نان ثابت می‌ماند.'],
    ['به اعتقاد', 'به اعتقاد سارا کریمی، قیمت نان ثابت می‌ماند.'],
    ['از نظر', 'از نظر سارا کریمی، قیمت نان ثابت می‌ماند.'],
    ['طبق اعلام', 'طبق اعلام سارا کریمی، قیمت نان ثابت می‌ماند.'],
    ['بر اساس اعلام', 'بر اساس اعلام سارا کریمی، قیمت نان ثابت می‌ماند.'],
    ['براساس گفته', 'براساس گفته سارا کریمی، قیمت نان ثابت می‌ماند.'],
    ['بنا بر اعلام', 'بنا بر اعلام سارا کریمی، قیمت نان ثابت می‌ماند.'],
    ['بر اساس گزارش', 'بر اساس گزارش سارا کریمی، قیمت نان ثابت می‌ماند.'],
    ['طبق گزارش', 'طبق گزارش سارا کریمی، قیمت نان ثابت می‌ماند.'],
  ])('%s X، reports what follows, by X', (lead, text) => {
    expect(quotesOf(text)).toMatchObject([{ cue: lead, kind: 'indirect', speaker: 'p1', said: 'قیمت نان ثابت می‌ماند.' }]);
  });

  it.each([
    ['با بیان اینکه'], ['ضمن ابراز امیدواری از اینکه'], ['با یادآوری این نکته که'], ['با اعلام این که'],
  ])('%s ...، گفت: gives an indirect quote for the lead and a direct one for the verb', (lead) => {
    const quotes = quotesOf(`سارا کریمی ${lead} بودجه کافی نیست، گفت: طرح را متوقف نمی‌کنیم.`);
    expect(quotes.map((q) => [q.kind, q.speaker, q.said])).toEqual([['indirect', 'p1', 'بودجه کافی نیست'], ['direct', 'p1', 'طرح را متوقف نمی‌کنیم.']]);
  });

  it('با and a noun of saying without اینکه is a participle phrase, no quote', () => {
    expect(quotesOf('سارا کریمی با اشاره به کمبود بودجه، گفت: طرح را متوقف نمی‌کنیم.').map((q) => q.cue)).toEqual(['گفت']);
  });

  it('a person compared after بیش از is no subject: what follows the real one is said (review12)', () => {
    expect(quotesOf('بیش از علی نادری، سارا کریمی بر ضرورت این طرح تأکید کرد.', [minister, deputy])).toMatchObject([{ speaker: 'p1', said: 'بر ضرورت این طرح' }]);
  });

  it('a lead with nobody after it, or not opening its clause, reports nothing', () => {
    expect(quotesOf('به نظر می‌رسد سارا کریمی قیمت نان را ثابت نگه دارد.')).toEqual([]);
    expect(quotesOf('از نظر اقتصادی، قیمت نان ثابت می‌ماند.', [])).toEqual([]);
    expect(quotesOf('بر اساس گزارش‌های رسیده، قیمت نان ثابت می‌ماند.', [])).toEqual([]);
    expect(quotesOf('علی نادری در واکنش به ادعای سارا کریمی گفت: قیمت نان ثابت می‌ماند.', [minister, deputy])).toMatchObject([{ cue: 'گفت', speaker: 'p2' }]);
  });
});

describe('issue 5: complement clauses with their که left out', () => {
  it.each([
    ['... دانست و گفت', 'سارا کریمی این تصمیم را «عجولانه» دانست و گفت دولت آن را اجرا نمی‌کند.', 'گفت', 'دولت آن را اجرا نمی‌کند.'],
    ['تأکید کرد', 'سارا کریمی تأکید کرد گزارش بودجه هفته آینده به مجلس می‌رسد.', 'تاکید کرد', 'گزارش بودجه هفته آینده به مجلس می‌رسد.'],
    ['هشدار داد', 'سارا کریمی هشدار داد در صورت کمبود سوخت، کارخانه‌ها تعطیل می‌شوند.', 'هشدار داد', 'در صورت کمبود سوخت، کارخانه‌ها تعطیل می‌شوند.'],
    ['مدعی شد', 'سارا کریمی مدعی شد هیچ قراردادی لغو نشده است.', 'مدعی شد', 'هیچ قراردادی لغو نشده است.'],
  ])('%s reports the clause after it', (_, text, cue, said) => {
    expect(quotesOf(text).filter((q) => q.cue === cue)).toMatchObject([{ kind: 'indirect', speaker: 'p1', said }]);
  });

  it('خبر داد reports the clause after it; خواست only with its از (without, it is wanting)', () => {
    expect(quotesOf('سارا کریمی خبر داد ماهواره تازه ماه آینده پرتاب می‌شود.')).toMatchObject([{ cue: 'خبر داد', speaker: 'p1', said: 'ماهواره تازه ماه آینده پرتاب می‌شود.' }]);
    expect(quotesOf('سارا کریمی از مجلس خواست بودجه را تصویب کند.')).toMatchObject([{ cue: 'خواست', said: 'بودجه را تصویب کند.' }]);
    expect(quotesOf('سارا کریمی خواست زودتر به خانه برگردد.')).toEqual([]);
  });

  it('a verb followed by a new clause, its object marker or a participle reports nothing after it', () => {
    expect(quotesOf('سارا کریمی گفت و جلسه تمام شد.')).toEqual([]);
    expect(quotesOf('مالیات بر ارزش افزوده را سارا کریمی پیشنهاد داد.')).toEqual([]);
  });
});

describe('issue 5: passives', () => {
  const ministry: TestEntity = { id: 'o2', type: 'ORG', canonical: 'وزارت نفت', mentions: [{ text: 'وزارت نفت' }] };

  it.each([
    ['اعلام شد with its agent', 'از سوی وزارت نفت اعلام شد که قیمت بنزین ثابت می‌ماند.', 'o2'],
    ['تأکید گردید in a document', 'در بیانیه وزارت نفت تأکید گردید که قیمت بنزین ثابت می‌ماند.', 'o2'],
  ])('%s reports, by the agent or the document\'s author', (_, text, speaker) => {
    expect(quotesOf(text, [ministry])).toMatchObject([{ speaker, said: 'قیمت بنزین ثابت می‌ماند.' }]);
  });

  it('گفته شد in a document with no author named is the last speaker\'s', () => {
    expect(quotesOf('سارا کریمی گفت که بیانیه‌ای منتشر می‌شود. در این بیانیه گفته شد که قیمت بنزین ثابت می‌ماند.')).toMatchObject([{ speaker: 'p1' }, { speaker: 'p1', said: 'قیمت بنزین ثابت می‌ماند.' }]);
  });

  it('a passive with neither agent nor document is no quote, and گفته می‌شود (it is said) none either', () => {
    expect(quotesOf('سارا کریمی به تهران رفت. در این سفر اعلام شد که قیمت بنزین ثابت می‌ماند.')).toEqual([]);
    expect(quotesOf('سارا کریمی به تهران رفت. گفته می‌شود قیمت بنزین ثابت می‌ماند.')).toEqual([]);
  });
});

describe('issue 5: reports inside reports', () => {
  const ministerOfPower: TestEntity = { id: 'p3', type: 'PER', canonical: 'وزیر نیرو', mentions: [{ text: 'وزیر نیرو' }] };

  it('a report with its own subject inside a colon quote is a quote by that subject', () => {
    const quotes = quotesOf('سارا کریمی گفت: وزیر نیرو بارها قول داد که خاموشی تکرار نمی‌شود، اما کارخانه‌ها تعطیل‌اند.', [minister, ministerOfPower]);
    expect(quotes.map((q) => [q.cue, q.speaker])).toEqual([['گفت', 'p1'], ['قول داد', 'p3']]);
  });

  it('a commitment inside another\'s quote is a quote by whoever committed (the guide: متعهد شد inside a quote, CE, CH)', () => {
    const quotes = quotesOf('سارا کریمی گفت: «وزیر نیرو متعهد شده است که برق شهرک صنعتی را هفته آینده وصل کند.»', [minister, ministerOfPower]);
    expect(quotes.map((q) => [q.cue, q.speaker])).toEqual([['گفت', 'p1'], ['متعهد شد', 'p3']]);
  });

  it('a second report joined to it by و has the same speaker, and the next paragraph goes on with the outer speaker', () => {
    const quotes = quotesOf('سارا کریمی افزود: وزیر نیرو بر لزوم صرفه‌جویی تأکید کرد و از مردم خواست مصرف را کم کنند.\nافزود: نشست بعدی هفته آینده است.', [minister, ministerOfPower]);
    expect(quotes.map((q) => [q.cue, q.speaker])).toEqual([['افزود', 'p1'], ['تاکید کرد', 'p3'], ['خواست', 'p3'], ['افزود', 'p1']]);
  });

  it('the speaker\'s own present, first person or own side inside the quote is no second report', () => {
    const russia: TestEntity = { id: 'l1', type: 'LOC', canonical: 'روسیه', mentions: [{ text: 'روسیه' }] };
    expect(quotesOf('سارا کریمی گفت: ما این موضع را به همتایان خود اعلام کردیم.')).toHaveLength(1);
    expect(quotesOf('سارا کریمی گفت: روسیه تلاش وزیر نیرو برای تحریم را رد می‌کند.', [minister, ministerOfPower, russia])).toHaveLength(1);
  });

  it('someone else\'s present inside a direct quote is their indirect quote, only with words after the verb', () => {
    const quotes = quotesOf('سارا کریمی گفت: «ما دو ماه است حقوق نگرفته‌ایم، اما وزیر نیرو هر بار وعده می‌دهد که پول به‌زودی می‌رسد.»', [minister, ministerOfPower]);
    expect(quotes.map((q) => [q.cue, q.speaker, q.kind])).toEqual([['گفت', 'p1', 'direct'], ['وعده داد', 'p3', 'indirect']]);
    expect(quotes[1].said).toMatch(/^پول به‌زودی می‌رسد/);
    expect(quotesOf('سارا کریمی گفت: «ما دو ماه است حقوق نگرفته‌ایم و وزیر نیرو هر بار وعده می‌دهد اما کاری نمی‌کند.»', [minister, ministerOfPower])).toHaveLength(1);
  });

  it('someone else\'s present told of a time to come inside a direct quote is no quote of theirs (review12)', () => {
    expect(quotesOf('سارا کریمی گفت: «وزیر نیرو فردا اعلام می‌کند که قیمت برق ثابت می‌ماند.»', [minister, ministerOfPower])).toHaveLength(1);
    expect(quotesOf('سارا کریمی گفت: «وزیر نیرو هفته آینده اعلام می‌کند که قیمت برق ثابت می‌ماند.»', [minister, ministerOfPower])).toHaveLength(1);
  });

  it('a report in a relative clause before the main verb is a quote by the person the clause is about', () => {
    const quotes = quotesOf('سارا کریمی درباره سخنان علی نادری که خواستار تعطیلی کارخانه شده بود، گفت: کارخانه باز می‌ماند.', [minister, deputy]);
    expect(quotes.map((q) => [q.cue, q.speaker])).toEqual([['خواستار شد', 'p2'], ['گفت', 'p1']]);
  });

  it('a report inside a با بیان اینکه lead is a quote by its own subject', () => {
    const quotes = quotesOf('سارا کریمی با بیان اینکه وزیر نیرو بر صرفه‌جویی تأکید کرده است، گفت: برق قطع نمی‌شود.', [minister, ministerOfPower]);
    expect(quotes.map((q) => [q.cue, q.speaker]).sort()).toEqual([['با بیان اینکه', 'p1'], ['تاکید کرد', 'p3'], ['گفت', 'p1']]);
  });
});

describe('issue 5: kinds and span ends', () => {
  it('a که clause all in « » is direct (the writers\' call)', () => {
    expect(quotesOf('سارا کریمی ابراز امیدواری کرد که «مذاکرات به نتیجه برسد».')).toMatchObject([{ kind: 'direct', said: '«مذاکرات به نتیجه برسد».' }]);
    expect(quotesOf('سارا کریمی گفت که «مذاکرات» به نتیجه می‌رسد.')).toMatchObject([{ kind: 'indirect' }]);
  });

  it('به گفته X inside a clause reports the words up to its comma', () => {
    expect(quotesOf('مأموران سه راننده را که به گفته سارا کریمی مانع حرکت کامیون‌ها شده بودند، بازداشت کردند.')).toMatchObject([{ cue: 'به گفته', speaker: 'p1', said: 'مانع حرکت کامیون‌ها شده بودند' }]);
  });
});

describe('issue 5: where a که clause ends', () => {
  it('at و before a judging cue whose object is long, by the same speaker', () => {
    const quotes = quotesOf('سارا کریمی مدعی شد که قیمت‌ها پایین آمده است و این طرح را «گامی بزرگ در مهار تورم سال‌های اخیر کشور» خواند.');
    expect(quotes.map((q) => [q.cue, q.speaker])).toEqual([['مدعی شد', 'p1'], ['خواند', 'p1']]);
  });

  it('not at the speaker\'s own words in « » going on after و', () => {
    const quotes = quotesOf('سارا کریمی هشدار داد که این حملات بی‌پاسخ نمی‌ماند و «ما حق خود را برای دفاع محفوظ می‌دانیم».');
    expect(quotes.map((q) => q.cue)).toEqual(['هشدار داد']);
  });
});

describe('issue 5: speakers', () => {
  const commission: TestEntity = { id: 'o1', type: 'ORG', canonical: 'کمیسیون انرژی مجلس', mentions: [{ text: 'کمیسیون انرژی مجلس' }] };
  const ministry: TestEntity = { id: 'o2', type: 'ORG', canonical: 'وزارت نفت', mentions: [{ text: 'وزارت نفت' }] };

  it('این کمیسیون speaks for the commission named before, not for the body after it', () => {
    const quotes = quotesOf('کمیسیون انرژی مجلس گزارشی منتشر کرد. این کمیسیون طرح وزارت نفت را «غیرعملی» خواند.', [commission, ministry]);
    expect(quotes).toMatchObject([{ cue: 'خواند', kind: 'direct', speaker: 'o1' }]);
  });

  it('a country or capital at the head of its clause speaks; one inside a phrase does not', () => {
    const cairo: TestEntity = { id: 'l1', type: 'LOC', canonical: 'قاهره', mentions: [{ text: 'قاهره' }] };
    expect(quotesOf('سارا کریمی گفت: نشست برگزار شد.\nدر همین حال، قاهره در بیانیه‌ای حمله را محکوم کرد و خواستار نشست فوری شورای امنیت شد.', [minister, cairo]).slice(1).map((q) => q.speaker)).toEqual(['l1', 'l1']);
    expect(quotesOf('سفیر قاهره در بیانیه‌ای حمله را محکوم کرد.', [cairo]).map((q) => q.speaker)).toEqual([undefined]);
    expect(quotesOf('قاهره میزبان نشستی بود که در آن سارا کریمی گفت: آتش‌بس پابرجاست.', [minister, cairo]).map((q) => q.speaker)).toEqual(['p1']);
  });

  it('این مقام / این دیپلمات tied to nobody named is the last speaker; tied to a named person, that person', () => {
    const official: TestEntity = { id: 'p9', type: 'PER', canonical: 'مقام', mentions: [{ text: 'این مقام', kind: 'role' }] };
    expect(quotesOf('سارا کریمی گفت که مذاکرات ادامه دارد. به گفته این مقام، نشست بعدی در ژنو است.', [minister, official]).map((q) => q.speaker)).toEqual(['p1', 'p1']);
    const named: TestEntity = { ...deputy, mentions: [{ text: 'علی نادری' }, { text: 'این مقام', kind: 'role' }] };
    expect(quotesOf('سارا کریمی گفت که مذاکرات ادامه دارد. علی نادری به تهران رفت. به گفته این مقام، نشست بعدی در ژنو است.', [minister, named]).map((q) => q.speaker)).toEqual(['p1', 'p2']);
  });

  it('به گفته این وزارتخانه is the ministry', () => {
    expect(quotesOf('وزارت نفت گزارشی منتشر کرد. به گفته این وزارتخانه، تولید افزایش یافت.', [ministry])).toMatchObject([{ cue: 'به گفته', speaker: 'o2' }]);
  });

  it('به گفته with nobody known before its comma borrows no one', () => {
    const quotes = quotesOf('سارا کریمی گفت: جلسه برگزار شد.\nبه گفته ناظران، کمیسیون انرژی مجلس رأی‌گیری را سالم دانست.', [minister, commission]);
    expect(quotes.find((q) => q.cue === 'به گفته')?.speaker).toBeUndefined();
  });

  it('a colon quote in « » ends at its », and what follows is another sentence', () => {
    const quotes = quotesOf('سارا کریمی گفت: «بودجه کافی نیست.» وی از مجلس خواست ردیف تازه‌ای تصویب کند.', [{ ...minister, mentions: [{ text: 'سارا کریمی' }, { text: 'وی', kind: 'pronoun' }] }]);
    expect(quotes.map((q) => [q.cue, q.said])).toEqual([['گفت', 'بودجه کافی نیست.'], ['خواست', 'ردیف تازه‌ای تصویب کند.']]);
  });

  it('a colon quote with no » ends where a later sentence\'s own report starts', () => {
    const quotes = quotesOf('سارا کریمی گفت: بودجه کافی نیست. علی نادری افزود: طرح ادامه دارد.', [minister, deputy]);
    expect(quotes.map((q) => [q.speaker, q.said])).toEqual([['p1', 'بودجه کافی نیست.'], ['p2', 'طرح ادامه دارد.']]);
  });

  it('inside a colon quote only a verb with its own subject starts a new quote', () => {
    expect(quotesOf('سارا کریمی گفت: بودجه کافی نیست. همه می‌دانند که هزینه‌ها بالا رفته است.')).toHaveLength(1);
    const two = quotesOf('سارا کریمی گفت: بودجه کافی نیست. علی نادری افزود که طرح ادامه دارد.', [minister, deputy]);
    expect(two.map((q) => q.speaker)).toEqual(['p1', 'p2']);
  });
});

describe('issue 5: writers M and N', () => {
  const turkey: TestEntity = { id: 'l2', type: 'LOC', canonical: 'ترکیه', mentions: [{ text: 'ترکیه' }] };
  const iran: TestEntity = { id: 'l3', type: 'LOC', canonical: 'ایران', mentions: [{ text: 'ایران' }] };

  it('a subject heading a clause joined by و after a verb speaks for that clause', () => {
    const quotes = quotesOf('سارا کریمی دو میلیون دلار برای بازسازی مدارس اختصاص داده است و علی نادری نیز وعده داده است بودجه آموزش را افزایش دهد.', [minister, deputy]);
    expect(quotes).toMatchObject([{ cue: 'وعده داد', speaker: 'p2', said: 'بودجه آموزش را افزایش دهد.' }]);
  });

  it('a name before را heading a clause joined by و is its object: the shared subject speaks', () => {
    const quotes = quotesOf('سارا کریمی این ادعا را نادرست خواند و علی نادری را مسئول کمبود دارو دانست.', [minister, deputy]);
    expect(quotes.map((q) => [q.cue, q.speaker])).toEqual([['خواند', 'p1'], ['دانست', 'p1']]);
  });

  it('places after از in the joined clause are whom it asks, not its subject', () => {
    const quotes = quotesOf('سارا کریمی این حمله را «تجاوز آشکار» خواند و از ترکیه و ایران خواست به میز گفت‌وگو بازگردند.', [minister, turkey, iran]);
    expect(quotes.map((q) => [q.cue, q.speaker])).toEqual([['خواند', 'p1'], ['خواست', 'p1']]);
  });

  it('a که left out before a number still reports', () => {
    expect(quotesOf('سارا کریمی اعلام کرد ۳۰ تن دارو به بیمارستان‌های مرزی ارسال شده است.')).toMatchObject([{ cue: 'اعلام کرد', kind: 'indirect', speaker: 'p1', said: '۳۰ تن دارو به بیمارستان‌های مرزی ارسال شده است.' }]);
  });

  it('a noun built on a verb stem (درخواستی که) is no reporting verb', () => {
    const quotes = quotesOf('سارا کریمی خواستار افزایش بودجه شد؛ درخواستی که به گفته علی نادری فعلاً پذیرفته نخواهد شد.', [minister, deputy]);
    expect(quotes.map((q) => [q.cue, q.speaker])).toEqual([['خواستار شد', 'p1'], ['به گفته', 'p2']]);
  });
});

describe('issue 5: a name in brackets', () => {
  const un: TestEntity = { id: 'o5', type: 'ORG', canonical: 'سازمان ملل', mentions: [{ text: 'سازمان ملل' }] };
  const force: TestEntity = { id: 'o6', type: 'ORG', canonical: 'یونیفل', mentions: [{ text: 'یونیفل' }] };
  const lebanon: TestEntity = { id: 'l4', type: 'LOC', canonical: 'لبنان', mentions: [{ text: 'لبنان' }] };

  it('names the whole subject phrase before it, not the body inside the phrase', () => {
    const text = 'نیروهای حافظ صلح سازمان ملل در لبنان (یونیفل) اعلام کردند که گشت‌زنی در مرز افزایش یافته است.';
    expect(quotesOf(text, [un, force, lebanon])).toMatchObject([{ cue: 'اعلام کرد', speaker: 'o6' }]);
  });

  it('after a verb or a comma it names something else', () => {
    const text = 'سازمان ملل در گزارشی که منتشر کرد (یونیفل را نیز در بر می‌گیرد) اعلام کرد که گشت‌زنی افزایش یافته است.';
    expect(quotesOf(text, [un, force]).map((q) => q.speaker)).toEqual(['o5']);
  });
});

describe('issue 5: unnamed sources', () => {
  const paper: TestEntity = { id: 'o7', type: 'ORG', canonical: 'روزنامه صبح', mentions: [{ text: 'روزنامه صبح' }] };
  const source: TestEntity = { id: 'p7', type: 'PER', canonical: 'کارشناس بانکی', mentions: [{ text: 'کارشناس بانکی', kind: 'role' }] };

  it('که خواست نامش فاش نشود asks nothing: the main verb after it reports', () => {
    const quotes = quotesOf('روزنامه صبح به نقل از یک کارشناس بانکی که خواست نامش فاش نشود افزود که نرخ سود کاهش می‌یابد.', [paper, source]);
    expect(quotes.map((q) => [q.cue, q.speaker, q.said])).toEqual([['افزود', 'o7', 'نرخ سود کاهش می‌یابد.'], ['به نقل از', 'p7', 'نرخ سود کاهش می‌یابد.']]);
  });

  it('a request clause of another form still reports', () => {
    expect(quotesOf('سارا کریمی از وزارتخانه خواست نامه‌ها هرچه زودتر فرستاده شوند.').map((q) => q.cue)).toEqual(['خواست']);
  });

  it('a mention after a preposition and a determiner is the source, not the subject (به نقل از یک ...)', () => {
    const quotes = quotesOf('روزنامه صبح به نقل از یک کارشناس بانکی افزود که نرخ سود کاهش می‌یابد.', [paper, source]);
    expect(quotes.map((q) => [q.cue, q.speaker])).toEqual([['افزود', 'o7'], ['به نقل از', 'p7']]);
  });
});

describe('issue 5: a capital reported inside the words', () => {
  const ankara: TestEntity = { id: 'l5', type: 'LOC', canonical: 'آنکارا', mentions: [{ text: 'آنکارا' }] };
  const baghdad: TestEntity = { id: 'l6', type: 'LOC', canonical: 'بغداد', mentions: [{ text: 'بغداد' }] };

  it('opening the clause, told in the past, is a speaker of its own', () => {
    const quotes = quotesOf('سارا کریمی گفت آنکارا از بغداد خواسته است مرز را بازگشایی کند.', [minister, ankara, baghdad]);
    expect(quotes.map((q) => [q.cue, q.speaker, q.said])).toEqual([['گفت', 'p1', 'آنکارا از بغداد خواسته است مرز را بازگشایی کند.'], ['خواست', 'l5', 'مرز را بازگشایی کند.']]);
  });

  it('in the present, or further in the clause, it is not', () => {
    expect(quotesOf('سارا کریمی گفت آنکارا این اقدام را غیرقانونی می‌داند.', [minister, ankara])).toHaveLength(1);
    expect(quotesOf('سارا کریمی گفت دولت در آنکارا از بغداد خواسته است مرز را بازگشایی کند.', [minister, ankara, baghdad])).toHaveLength(1);
  });
});

describe('issue 5: این گروه', () => {
  const militia: TestEntity = { id: 'o8', type: 'ORG', canonical: 'جبهه آزادی', mentions: [{ text: 'جبهه آزادی' }], attributes: { subtype: 'armed-group' } };
  const bank: TestEntity = { id: 'o9', type: 'ORG', canonical: 'بانک مرکزی', mentions: [{ text: 'بانک مرکزی' }], attributes: { subtype: 'government' } };

  it('takes up the armed group named before, whatever its name opens with', () => {
    const quotes = quotesOf('سارا کریمی جبهه آزادی را به حمله به کاروان متهم کرد. این گروه اما این اتهام را رد کرد.', [minister, militia]);
    expect(quotes.find((q) => q.cue === 'رد کرد')?.speaker).toBe('o8');
  });

  it('not a body of another kind', () => {
    const quotes = quotesOf('سارا کریمی بانک مرکزی را به تأخیر در پرداخت متهم کرد. این گروه اما این اتهام را رد کرد.', [minister, bank]);
    expect(quotes.find((q) => q.cue === 'رد کرد')?.speaker).not.toBe('o9');
  });
});

describe('issue 5: warning against', () => {
  it('برحذر داشت reports with its از, and ends a که clause joined to it by و', () => {
    const quotes = quotesOf('سارا کریمی اعلام کرد که یارانه نان قطع نمی‌شود و نانوایان شهرهای مرزی را از هرگونه افزایش خودسرانه قیمت برحذر داشت.');
    // written whole or apart (بر حذر)
    expect(quotes.map((q) => [q.cue.replace('بر حذر', 'برحذر'), q.speaker, q.said])).toEqual([
      ['اعلام کرد', 'p1', 'یارانه نان قطع نمی‌شود'],
      ['برحذر داشت', 'p1', 'نانوایان شهرهای مرزی را از هرگونه افزایش خودسرانه قیمت'],
    ]);
  });
});

describe('issue 5: خواستار آن شد که', () => {
  it('the pronoun in the gap stands for the که clause, which holds the words', () => {
    expect(quotesOf('سارا کریمی خواستار آن شد که مجلس بودجه را زودتر تصویب کند.')).toMatchObject([{ cue: 'خواستار شد', speaker: 'p1', said: 'مجلس بودجه را زودتر تصویب کند.' }]);
    expect(quotesOf('سارا کریمی خواستار بازگشایی مدارس شد.')).toMatchObject([{ said: 'بازگشایی مدارس' }]);
  });
});

describe('issue 5: در این بیانیه آمده است', () => {
  const front: TestEntity = { id: 'o8', type: 'ORG', canonical: 'جبهه آزادی', mentions: [{ text: 'جبهه آزادی' }] };

  it('is the words of whoever issued the statement named before in the paragraph, not the last speaker', () => {
    const quotes = quotesOf('سارا کریمی گفت که نشست لغو شد. جبهه آزادی نیز بیانیه‌ای منتشر کرد. در این بیانیه آمده است که مذاکرات ادامه دارد.', [minister, front]);
    expect(quotes.map((q) => q.speaker)).toEqual(['p1', 'o8']);
  });

  it('with no statement named before, the last speaker', () => {
    const quotes = quotesOf('سارا کریمی در بیانیه‌ای اعلام کرد که نشست لغو شد. در این بیانیه آمده است که مذاکرات ادامه دارد.');
    expect(quotes.map((q) => q.speaker)).toEqual(['p1', 'p1']);
  });
});

describe('issue 5: a subject written but not known', () => {
  it('does not take the last speaker; a clause with no subject does', () => {
    const unknown = quotesOf('سارا کریمی گفت که مرز بسته است. کمیته امداد محلی نیز در بیانیه‌ای هشدار داد که ذخیره آب رو به پایان است.');
    expect(unknown.map((q) => q.speaker)).toEqual(['p1', undefined]);
    const none = quotesOf('سارا کریمی گفت که مرز بسته است. در ادامه هشدار داد که ذخیره آب رو به پایان است.');
    expect(none.map((q) => q.speaker)).toEqual(['p1', 'p1']);
  });
});

describe('issue 5: a warning whose words open with «تا زمانی که» (quote14)', () => {
  it('is a second quote of the same speaker', () => {
    const quotes = quotesOf('سارا کریمی گفت سد کرج پر شده است و هشدار داد تا زمانی که بارش ادامه دارد، تخلیه آب ادامه می‌یابد.');
    expect(quotes.map((q) => [q.cue, q.speaker])).toEqual([['گفت', 'p1'], ['هشدار داد', 'p1']]);
    expect(quotes[1].said.startsWith('تا زمانی که')).toBe(true);
  });
});

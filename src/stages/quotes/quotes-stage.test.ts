import { describe, expect, it } from 'vitest';
import type { Doc } from '../../doc/doc.js';
import { checkDoc } from '../../doc/invariants.js';
import { loadLexicons } from '../../lexicon/load.js';
import { docWithEntities, type TestEntity } from '../clauses/test-doc.js';
import type { Quote } from './quote-layer.js';
import { createQuotesStage } from './quotes-stage.js';

const lexicons = loadLexicons();
const stage = createQuotesStage(lexicons, lexicons.report!.cues);

const minister: TestEntity = { id: 'p1', type: 'PER', canonical: 'سارا کریمی', mentions: [{ text: 'سارا کریمی' }] };

function quotesOf(text: string, entities: TestEntity[]): { doc: Doc; quotes: (Quote & { said: string })[] } {
  const doc = stage.run(docWithEntities(lexicons, text, entities));
  expect(checkDoc(doc)).toEqual([]);
  return { doc, quotes: ((doc.layers.quotes ?? []) as Quote[]).map((q) => ({ ...q, said: text.slice(q.start, q.end) })) };
}

describe('direct quotes', () => {
  it.each([
    ['after a colon, to the end of the paragraph', 'سارا کریمی گفت: ما برای گفت‌وگو آماده‌ایم.', 'گفت', 'ما برای گفت‌وگو آماده‌ایم.'],
    ['with a compound reporting verb', 'سارا کریمی تصریح کرد: این طرح اجرا می‌شود.', 'تصریح کرد', 'این طرح اجرا می‌شود.'],
    ['in any tense', 'سارا کریمی خواهد گفت: نشست لغو نمی‌شود.', 'گفت', 'نشست لغو نمی‌شود.'],
    ['in guillemets before the verb', '«ما تسلیم نمی‌شویم»، سارا کریمی گفت.', 'گفت', 'ما تسلیم نمی‌شویم'],
  ])('%s', (_, text, cue, said) => {
    const { quotes } = quotesOf(text, [minister]);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ kind: 'direct', speaker: 'p1', said });
    expect(quotes[0].cue.lemma.replace('تاکید', 'تأکید')).toBe(cue);
  });

  it('gives a verb with no subject the previous speaker', () => {
    const { quotes } = quotesOf('سارا کریمی گفت: نشست برگزار شد.\nافزود: گزارش آن منتشر می‌شود.', [minister]);
    expect(quotes.map((q) => [q.speaker, q.said])).toEqual([
      ['p1', 'نشست برگزار شد.'],
      ['p1', 'گزارش آن منتشر می‌شود.'],
    ]);
  });

  it('takes a name wrapped in « » as the subject, but not a name inside a quotation', () => {
    const accused: TestEntity = { id: 'p2', type: 'PER', canonical: 'ک.ر', mentions: [{ text: 'ک.ر' }] };
    const wrapped = quotesOf('«ک.ر» همه اتهامات را رد کرد و مدعی شد که اسناد جعلی است.', [accused]).quotes;
    expect(wrapped.map((q) => [q.speaker, q.said])).toEqual([['p2', 'همه اتهامات را'], ['p2', 'اسناد جعلی است.']]);
    const inside = quotesOf('«دیدار با ک.ر» عنوان گزارشی بود که نشان می‌داد اسناد جعلی است.', [accused]).quotes;
    expect(inside.every((q) => q.speaker !== 'p2')).toBe(true);
  });

  it('a pronoun tied to someone named only inside the last quote is the speaker going on', () => {
    const text = 'سارا کریمی گفت: علی نادری پرونده را به دادگاه فرستاده است.\nوی افزود که حکم هفته آینده صادر می‌شود.';
    const accused: TestEntity = { id: 'p2', type: 'PER', canonical: 'علی نادری', mentions: [{ text: 'علی نادری' }, { text: 'وی', kind: 'pronoun' }] };
    expect(quotesOf(text, [minister, accused]).quotes.map((q) => q.speaker)).toEqual(['p1', 'p1']);
    // named outside the quote too, the pronoun keeps its person
    const named = 'سارا کریمی گفت: علی نادری پرونده را به دادگاه فرستاده است.\nعلی نادری به دادگاه رفت. وی افزود که حکم هفته آینده صادر می‌شود.';
    const twice: TestEntity = { ...accused, mentions: [{ text: 'علی نادری' }, { text: 'علی نادری', nth: 1 }, { text: 'وی', kind: 'pronoun' }] };
    expect(quotesOf(named, [minister, twice]).quotes.map((q) => q.speaker)).toEqual(['p1', 'p2']);
  });

  it('attributes a pronoun subject through its mention', () => {
    const text = 'سارا کریمی به تهران رسید.\nوی ادامه داد: سفر دو روز طول می‌کشد.';
    const { quotes } = quotesOf(text, [{ ...minister, mentions: [{ text: 'سارا کریمی' }, { text: 'وی', kind: 'pronoun' }] }]);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ speaker: 'p1', said: 'سفر دو روز طول می‌کشد.' });
  });
});

describe('indirect quotes', () => {
  it.each([
    ['که after the verb', 'سارا کریمی اعلام کرد که نشست بعدی در مسکو برگزار می‌شود.', 'نشست بعدی در مسکو برگزار می‌شود.'],
    ['بر ... تأکید کرد', 'سارا کریمی بر لزوم گسترش همکاری‌ها تأکید کرد.', 'بر لزوم گسترش همکاری‌ها'],
    ['را ... دانست', 'سارا کریمی این تصمیم را ضروری دانست.', 'این تصمیم را ضروری'],
    ['ابراز امیدواری کرد که', 'سارا کریمی ابراز امیدواری کرد که مذاکرات به نتیجه برسد.', 'مذاکرات به نتیجه برسد.'],
  ])('%s', (_, text, said) => {
    const { quotes } = quotesOf(text, [minister]);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ kind: 'indirect', speaker: 'p1', said });
  });

  it('reads what خواستار ... شد asks for at any length, and closes it at the first verb', () => {
    const long = 'سارا کریمی خواستار حضور رئیس سازمان برنامه و بودجه در کمیسیون عمران مجلس برای بررسی وضعیت تخصیص اعتبارات عمرانی استان شد.';
    expect(quotesOf(long, [minister]).quotes).toMatchObject([{ kind: 'indirect', speaker: 'p1', said: 'حضور رئیس سازمان برنامه و بودجه در کمیسیون عمران مجلس برای بررسی وضعیت تخصیص اعتبارات عمرانی استان' }]);
    const two = 'سارا کریمی خواستار بررسی دوباره این طرح شد و نامه او صبح امروز به دفتر رئیس مجلس فرستاده شد.';
    expect(quotesOf(two, [minister]).quotes.map((q) => q.said)).toEqual(['بررسی دوباره این طرح']);
    const participle = 'سارا کریمی خواستار رسیدگی فوری به وضعیت کارگران اخراج شده و بازگشت آنان به کار شد.';
    expect(quotesOf(participle, [minister]).quotes.map((q) => q.said)).toEqual(['رسیدگی فوری به وضعیت کارگران اخراج شده و بازگشت آنان به کار']);
  });

  it('reads به گفته X as a quote by X', () => {
    const { quotes } = quotesOf('به گفته سارا کریمی، قرارداد هفته آینده امضا می‌شود.', [minister]);
    expect(quotes[0]).toMatchObject({ kind: 'indirect', speaker: 'p1', said: 'قرارداد هفته آینده امضا می‌شود.' });
  });

  it('reads a cue in the present inside a به گفته X sentence as X\'s words, not a report of its own', () => {
    const union: TestEntity = { id: 'o3', type: 'ORG', canonical: 'اتحادیه کارگران', mentions: [{ text: 'اتحادیه کارگران' }] };
    const { quotes } = quotesOf('به گفته سارا کریمی، اتحادیه کارگران این طرح را به سود کارگران می‌داند.', [minister, union]);
    expect(quotes.map((q) => [q.cue.lemma, q.speaker])).toEqual([['به گفته', 'p1']]);
  });

  it('reads به نوشته X, and به گفته X with no comma, as quotes by X', () => {
    expect(quotesOf('به نوشته سارا کریمی، صادرات نفت کاهش یافته است.', [minister]).quotes).toMatchObject([{ cue: { lemma: 'به نوشته' }, speaker: 'p1', said: 'صادرات نفت کاهش یافته است.' }]);
    expect(quotesOf('به گفته سارا کریمی دست‌کم ده نفر زخمی شدند.', [minister]).quotes).toMatchObject([{ cue: { lemma: 'به گفته' }, speaker: 'p1', said: 'دست‌کم ده نفر زخمی شدند.' }]);
  });
  it('gives X به نقل از Y نوشت که ... two quotes, one by each', () => {
    const agency: TestEntity = { id: 'o1', type: 'ORG', canonical: 'رویترز', mentions: [{ text: 'رویترز' }] };
    const { quotes } = quotesOf('رویترز به نقل از سارا کریمی نوشت که مذاکرات هفته آینده از سر گرفته می‌شود.', [agency, minister]);
    expect(quotes.map((q) => [q.cue.lemma, q.speaker])).toEqual([['نوشت', 'o1'], ['به نقل از', 'p1']]);
    expect(quotesOf('سارا کریمی حمله به کاروان را گزارش داد.', [minister]).quotes).toEqual([]);
  });
  it('reads X از قول Y، ...، نوشت: ... like به نقل از, the apposition of Y between commas', () => {
    const agency: TestEntity = { id: 'o1', type: 'ORG', canonical: 'رویترز', mentions: [{ text: 'رویترز' }] };
    const { quotes } = quotesOf('رویترز از قول سارا کریمی، سخنگوی امدادگران، نوشت: آب آشامیدنی تمام شده است.', [agency, minister]);
    expect(quotes.map((q) => [q.cue.lemma, q.speaker, q.kind])).toEqual([['نوشت', 'o1', 'direct'], ['از قول', 'p1', 'direct']]);
  });
  it('splits با بیان اینکه ...، گفت: into an indirect and a direct quote', () => {
    const { quotes } = quotesOf('سارا کریمی با بیان اینکه بودجه کافی نیست، گفت: طرح را متوقف نمی‌کنیم.', [minister]);
    expect(quotes.map((q) => [q.kind, q.said])).toEqual([
      ['indirect', 'بودجه کافی نیست'],
      ['direct', 'طرح را متوقف نمی‌کنیم.'],
    ]);
    expect(quotes.every((q) => q.speaker === 'p1')).toBe(true);
  });
});

describe('speakers', () => {
  it('skips the source line and prepositional objects', () => {
    const agency: TestEntity = { id: 'o1', type: 'ORG', canonical: 'ایرنا', mentions: [{ text: 'ایرنا' }] };
    const guest: TestEntity = { id: 'p2', type: 'PER', canonical: 'علی نادری', mentions: [{ text: 'علی نادری' }] };
    const { quotes } = quotesOf('به گزارش ایرنا، سارا کریمی در دیدار با علی نادری گفت: روابط گسترش می‌یابد.', [agency, minister, guest]);
    expect(quotes[0].speaker).toBe('p1');
  });

  it('leaves a message when nobody can be the speaker', () => {
    const { doc, quotes } = quotesOf('افزود: جلسه لغو شده است.', []);
    expect(quotes[0].speaker).toBeUndefined();
    expect(doc.messages.some((m) => m.code === 'unresolved-speaker')).toBe(true);
  });

  it('gives a plural verb with no subject of its own no singular person, but keeps the honorific plural', () => {
    const group = quotesOf('سارا کریمی گفت که قیمت نان ثابت می‌ماند. برخی نمایندگان این آمار را «ساختگی» خواندند.', [minister]).quotes;
    expect(group.map((q) => [q.cue.lemma, q.speaker])).toEqual([['گفت', 'p1'], ['خواند', undefined]]);
    const perfect = quotesOf('سارا کریمی گفت که قیمت نان ثابت می‌ماند. چند کارشناس نیز اعلام کرده‌اند که قیمت بالا می‌رود.', [minister]).quotes;
    expect(perfect[1].speaker).toBeUndefined();
    const honorific = quotesOf('سارا کریمی تأکید کردند که قیمت نان ثابت می‌ماند. همچنین افزودند که یارانه قطع نمی‌شود.', [minister]).quotes;
    expect(honorific.map((q) => q.speaker)).toEqual(['p1', 'p1']);
    const singular = quotesOf('سارا کریمی گفت که قیمت نان ثابت می‌ماند. همچنین این طرح را «ضروری» خواند.', [minister]).quotes;
    expect(singular.map((q) => q.speaker)).toEqual(['p1', 'p1']);
  });

  it('takes a person right before را for the object, never the speaker', () => {
    const { quotes } = quotesOf('نمایندگان کارگری استیضاح سارا کریمی را «نابجا» دانستند.', [minister]);
    expect(quotes).toHaveLength(1);
    expect(quotes[0].speaker).toBeUndefined();
  });

  it('opens a clause of its own after a semicolon', () => {
    const ministry: TestEntity = { id: 'o2', type: 'ORG', canonical: 'وزارت نفت', mentions: [{ text: 'وزارت نفت' }] };
    const { quotes } = quotesOf('وزارت نفت دیروز قیمت بنزین را دو برابر کرد؛ تصمیمی که سارا کریمی آن را «شتاب‌زده» دانست.', [ministry, minister]);
    expect(quotes).toMatchObject([{ kind: 'direct', speaker: 'p1' }]);
  });

  it('finds no quote in a sentence without a reporting verb', () => {
    expect(quotesOf('سارا کریمی به تهران رسید.', [minister]).quotes).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkDoc } from '../../doc/invariants.js';
import { loadLexicons } from '../../lexicon/load.js';
import { createWordEntityTagger, docFromWords } from './tag-words.js';
import { withBodiesOfPlaces, withBracketedBlessings, withGovernmentsAsBodies, withMinistriesOfPortfolios, withNamePartTitles, withoutLoneInstitutionNouns, withPerdtConventions, withPlacesOfKind } from './perdt-conventions.js';

describe('tagging pretokenized words', () => {
  const lexicons = loadLexicons();
  const tag = createWordEntityTagger(lexicons);
  it.each([
    ['a person and a city', ['سرگئی', 'لاوروف', 'در', 'مسکو', 'گفت', '.'], ['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'O']],
    ['an organization and a country', ['سخنگوی', 'سازمان', 'ملل', 'متحد', 'به', 'ایران', 'رفت'], ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-LOC', 'O']],
    ['a date and money', ['در', '۲۲', 'بهمن', '۱۳۵۷', '۳۰', 'میلیارد', 'دلار'], ['O', 'B-DATE', 'I-DATE', 'I-DATE', 'B-MONEY', 'I-MONEY', 'I-MONEY']],
  ])('%s', (_, words, tags) => {
    expect(tag(words)).toEqual(tags);
  });

  it('builds a sound Doc from the words', () => {
    const doc = docFromWords(['به', 'گزارش', 'ايرنا', '،']);
    expect(doc.text).toBe('به گزارش ايرنا ،');
    expect(doc.layers.tokens?.map((t) => [t.norm, t.kind])).toEqual([['به', 'word'], ['گزارش', 'word'], ['ایرنا', 'word'], ['،', 'punct']]);
    expect(checkDoc(doc)).toEqual([]);
  });

  it.each([
    ['a lineage title joins the name', ['سید', 'حسن', 'نوری', 'آمد'], ['O', 'B-PER', 'I-PER', 'O'], ['B-PER', 'I-PER', 'I-PER', 'O']],
    ['two name-part titles join it', ['حضرت', 'امام', 'رضا'], ['O', 'O', 'B-PER'], ['B-PER', 'I-PER', 'I-PER']],
    ['a courtesy title stays outside', ['آقای', 'حسن', 'نوری'], ['O', 'B-PER', 'I-PER'], ['O', 'B-PER', 'I-PER']],
    ['a title before a place stays outside', ['امام', 'تهران'], ['O', 'B-LOC'], ['O', 'B-LOC']],
  ])('issue #4: PerDT keeps name-part titles inside a person (%s)', (_, words, tags, expected) => {
    expect(withNamePartTitles(words, tags)).toEqual(expected);
  });

  it.each([
    ['a one-word blessing: its opening bracket closes the name', ['امام', 'رضا', '(', 'ع', ')', 'آمد'], ['B-PER', 'I-PER', 'O', 'O', 'O', 'O'], ['B-PER', 'I-PER', 'I-PER', 'O', 'O', 'O']],
    ['قدس سره belongs to the name whole', ['شیخ', 'مرتضی', 'انصاری', '(', 'قدس', 'سره', ')', 'نوشت'], ['O', 'B-PER', 'I-PER', 'O', 'O', 'O', 'O', 'O'], ['O', 'B-PER', 'I-PER', 'I-PER', 'I-PER', 'I-PER', 'I-PER', 'O']],
    ['عج in guillemets belongs to the name', ['امام', 'زمان', '«', 'عج', '»'], ['B-PER', 'I-PER', 'O', 'O', 'O'], ['B-PER', 'I-PER', 'I-PER', 'I-PER', 'I-PER']],
    ['brackets with other words stay outside', ['حسن', 'نوری', '(', 'وزیر', ')'], ['B-PER', 'I-PER', 'O', 'O', 'O'], ['B-PER', 'I-PER', 'O', 'O', 'O']],
    ['a blessing after a place stays outside', ['مشهد', '(', 'ع', ')'], ['B-LOC', 'O', 'O', 'O'], ['B-LOC', 'O', 'O', 'O']],
    ['a name-part title alone before a blessing is the person', ['پیرو', 'امام', '(', 'ره', ')'], ['O', 'O', 'O', 'O', 'O'], ['O', 'B-PER', 'I-PER', 'O', 'O']],
    ['another word before a blessing stays', ['پیرو', 'راه', '(', 'ره', ')'], ['O', 'O', 'O', 'O', 'O'], ['O', 'O', 'O', 'O', 'O']],
  ])('issue #4: PerDT keeps a bracketed blessing with the person (%s)', (_, words, tags, expected) => {
    expect(withBracketedBlessings(words, tags)).toEqual(expected);
  });

  it.each([
    ['a government read as a place with its country', ['دولت', 'ژاپن', 'پاسخ', 'داد'], ['B-LOC', 'I-LOC', 'O', 'O'], ['B-ORG', 'I-ORG', 'O', 'O']],
    ['a country after a government left outside', ['حکومت', 'مصر', 'را', 'ستود'], ['O', 'B-LOC', 'O', 'O'], ['B-ORG', 'I-ORG', 'O', 'O']],
    ['a regime named by an epithet', ['رژیم', 'اشغالگر', 'قدس', 'را', 'گرفت'], ['B-LOC', 'I-LOC', 'I-LOC', 'O', 'O'], ['B-ORG', 'I-ORG', 'I-ORG', 'O', 'O']],
    ['a government alone is no name', ['دولت', 'بودجه', 'را', 'فرستاد'], ['B-LOC', 'O', 'O', 'O'], ['O', 'O', 'O', 'O']],
    ['an organization opened by a government stays', ['دولت', 'موقت', 'افغانستان'], ['B-ORG', 'I-ORG', 'I-ORG'], ['B-ORG', 'I-ORG', 'I-ORG']],
    ['a person is left alone', ['دولت', 'آبادی'], ['B-PER', 'I-PER'], ['B-PER', 'I-PER']],
    ['a mission with its country and classifier', ['سفارت', 'کشور', 'کره'], ['O', 'B-LOC', 'I-LOC'], ['B-ORG', 'I-ORG', 'I-ORG']],
  ])('issue #4: PerDT reads a government as an organization (%s)', (_, words, tags, expected) => {
    expect(withGovernmentsAsBodies(words, tags)).toEqual(expected);
  });

  it('issue #4: PerDT reads a government named by a proper noun as an organization, an adjective not', () => {
    expect(withGovernmentsAsBodies(['دولت', 'صفوی', 'افتاد'], ['O', 'O', 'O'], ['NOUN', 'PROPN', 'VERB'])).toEqual(['B-ORG', 'I-ORG', 'O']);
    expect(withGovernmentsAsBodies(['دولت', 'جدید', 'آمد'], ['O', 'O', 'O'], ['NOUN', 'ADJ', 'VERB'])).toEqual(['O', 'O', 'O']);
  });

  it.each([
    ['the police by its kind alone', ['پلیس', 'راننده', 'را', 'گرفت'], ['B-ORG', 'O', 'O', 'O'], ['O', 'O', 'O', 'O']],
    ['a court by its kind alone', ['پرونده', 'به', 'دادگاه', 'رفت'], ['O', 'O', 'B-ORG', 'O'], ['O', 'O', 'O', 'O']],
    ['a parliament by its kind alone', ['مجلس', 'طرح', 'را', 'رد', 'کرد'], ['B-ORG', 'O', 'O', 'O', 'O'], ['O', 'O', 'O', 'O', 'O']],
    ['a news agency by its name stays', ['به', 'گزارش', 'مهر', '،'], ['O', 'O', 'B-ORG', 'O'], ['O', 'O', 'B-ORG', 'O']],
    ['a club by its name stays', ['پرسپولیس', 'برد'], ['B-ORG', 'O'], ['B-ORG', 'O']],
    ['a longer name opened by a kind stays', ['دادگاه', 'لاهه', 'رأی', 'داد'], ['B-ORG', 'I-ORG', 'O', 'O'], ['B-ORG', 'I-ORG', 'O', 'O']],
  ])('issue #4: PerDT names no institution by its kind alone (%s)', (_, words, tags, expected) => {
    expect(withoutLoneInstitutionNouns(words, tags, lexicons.entities?.gazetteer)).toEqual(expected);
  });

  it('issue #4: PerDT names no state body the POS tagger reads as a common noun, a proper noun it does', () => {
    const gazetteer = lexicons.entities?.gazetteer;
    expect(withoutLoneInstitutionNouns(['بخش', 'اورژانس', 'شلوغ', 'بود'], ['O', 'B-ORG', 'O', 'O'], gazetteer, ['NOUN', 'NOUN', 'ADJ', 'AUX'])).toEqual(['O', 'O', 'O', 'O']);
    expect(withoutLoneInstitutionNouns(['پنتاگون', 'گفت'], ['B-ORG', 'O'], gazetteer, ['PROPN', 'VERB'])).toEqual(['B-ORG', 'O']);
    expect(withoutLoneInstitutionNouns(['اورژانس', 'آمد'], ['B-ORG', 'O'], gazetteer)).toEqual(['B-ORG', 'O']);
  });

  it.each([
    ['a portfolio of one noun', ['وزیر', 'نیرو', 'از', 'سد', 'بازدید', 'کرد'], ['NOUN', 'NOUN', 'ADP', 'NOUN', 'NOUN', 'VERB'], ['O', 'O', 'O', 'O', 'O', 'O'], ['O', 'B-ORG', 'O', 'O', 'O', 'O']],
    ['a noun and an adjective with the country', ['وزیر', 'امور', 'خارجه', 'عمان', 'آمد'], ['NOUN', 'NOUN', 'ADJ', 'PROPN', 'VERB'], ['O', 'O', 'O', 'B-LOC', 'O'], ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']],
    ['a portfolio read with its country as a place', ['وزیر', 'دفاع', 'ترکیه', 'گفت'], ['NOUN', 'NOUN', 'PROPN', 'VERB'], ['O', 'B-LOC', 'I-LOC', 'O'], ['O', 'B-ORG', 'I-ORG', 'O']],
    ['an adjective with a country', ['وزیر', 'خارجهٔ', 'قطر', 'رسید'], ['NOUN', 'ADJ', 'PROPN', 'VERB'], ['O', 'O', 'B-LOC', 'O'], ['O', 'B-ORG', 'I-ORG', 'O']],
    ['an adjective alone is no portfolio', ['وزیر', 'مزبور', 'را', 'دیدم'], ['NOUN', 'ADJ', 'ADP', 'VERB'], ['O', 'O', 'O', 'O'], ['O', 'O', 'O', 'O']],
    ['a function word is no portfolio', ['وزیر', 'سابق', 'ژاپن', 'درگذشت'], ['NOUN', 'ADJ', 'PROPN', 'VERB'], ['O', 'O', 'B-LOC', 'O'], ['O', 'O', 'B-LOC', 'O']],
    ['a country alone after the minister stays a place', ['وزیر', 'ایران', 'آمد'], ['NOUN', 'PROPN', 'VERB'], ['O', 'B-LOC', 'O'], ['O', 'B-LOC', 'O']],
  ])("issue #4: PerDT names the ministry by a minister's portfolio (%s)", (_, words, pos, tags, expected) => {
    expect(withMinistriesOfPortfolios(words, tags, pos)).toEqual(expected);
  });

  it.each([
    ['a university and its city', ['استاد', 'دانشگاه', 'شیراز', 'آمد'], ['O', 'O', 'B-LOC', 'O'], ['O', 'B-ORG', 'I-ORG', 'O']],
    ['a city council with its classifier', ['شورای', 'شهر', 'رشت', 'رأی', 'داد'], ['O', 'B-LOC', 'I-LOC', 'O', 'O'], ['B-ORG', 'I-ORG', 'I-ORG', 'O', 'O']],
    ['a place after another word stays', ['مردم', 'شیراز', 'آمدند'], ['O', 'B-LOC', 'O'], ['O', 'B-LOC', 'O']],
    ['a head with no place after it stays', ['دانشگاه', 'بسته', 'شد'], ['O', 'O', 'O'], ['O', 'O', 'O']],
  ])('issue #4: PerDT names a body after its place as one organization (%s)', (_, words, tags, expected) => {
    expect(withBodiesOfPlaces(words, tags)).toEqual(expected);
  });

  it.each([
    ['a quarter and its proper noun', ['بچه‌های', 'محلهٔ', 'سنگلج', 'آمدند'], ['NOUN', 'NOUN', 'PROPN', 'VERB'], ['O', 'O', 'O', 'O'], ['O', 'B-LOC', 'I-LOC', 'O']],
    ['a rare common noun before a verb stays', ['در', 'باغ', 'ارغوانیه', 'نشستیم'], ['ADP', 'NOUN', 'NOUN', 'VERB'], ['O', 'O', 'O', 'O'], ['O', 'O', 'O', 'O']],
    ['a garden and a rare word', ['باغ', 'ارغوانیه', 'دیروز', 'باز', 'شد'], ['NOUN', 'NOUN', 'NOUN', 'ADJ', 'VERB'], ['O', 'O', 'B-DATE', 'O', 'O'], ['B-LOC', 'I-LOC', 'B-DATE', 'O', 'O']],
    ['a common word after the head stays', ['میدان', 'جنگ', 'را', 'دید'], ['NOUN', 'NOUN', 'ADP', 'VERB'], ['O', 'O', 'O', 'O'], ['O', 'O', 'O', 'O']],
    ['a word in ezafe stays', ['خیابان', 'باریکهٔ', 'ده'], ['NOUN', 'PROPN', 'NOUN'], ['O', 'O', 'O'], ['O', 'O', 'O']],
    ['a function word stays', ['سرزمین', 'خود', 'را'], ['NOUN', 'PROPN', 'ADP'], ['O', 'O', 'O'], ['O', 'O', 'O']],
  ])('issue #4: PerDT names a place with its kind (%s)', (_, words, pos, tags, expected) => {
    const frequency = (word: string): number => (word === 'ارغوانیه' ? 0 : 10);
    expect(withPlacesOfKind(words, tags, pos, frequency)).toEqual(expected);
  });

  it('issue #4: the PerDT conventions run together, a person and a ministry in one sentence', () => {
    const words = ['سید', 'مهدی', 'طاهری', 'وزیر', 'نیرو', 'شد'];
    const tags = ['O', 'B-PER', 'I-PER', 'O', 'O', 'O'];
    const pos = ['NOUN', 'PROPN', 'PROPN', 'NOUN', 'NOUN', 'VERB'];
    expect(withPerdtConventions(words, tags, { pos, frequency: () => 10 })).toEqual(['B-PER', 'I-PER', 'I-PER', 'O', 'B-ORG', 'O']);
  });

  it('issue #4: without POS a portfolio is left as the stage tagged it', () => {
    expect(withMinistriesOfPortfolios(['وزیر', 'نیرو'], ['O', 'O'], undefined)).toEqual(['O', 'O']);
  });

  it.each([
    ['a figure of literature by one name', ['شعرهای', 'سعدی', 'را', 'خواندیم'], ['NOUN', 'NOUN', 'ADP', 'VERB'], ['O', 'B-PER', 'O', 'O']],
    ['a scientist by one name', ['نیوتن', 'قانون', 'جاذبه', 'را', 'یافت'], ['NOUN', 'NOUN', 'NOUN', 'ADP', 'VERB'], ['B-PER', 'O', 'O', 'O', 'O']],
    ['a first name alone, read as a proper noun', ['دیروز', 'طاهره', 'به', 'خانه', 'آمد'], ['NOUN', 'PROPN', 'ADP', 'NOUN', 'VERB'], ['B-DATE', 'B-PER', 'O', 'O', 'O']],
    ['a first name that is an everyday word is no name alone', ['امید', 'به', 'آینده', 'را', 'از', 'دست', 'نداد'], ['PROPN', 'ADP', 'NOUN', 'ADP', 'ADP', 'NOUN', 'VERB'], ['O', 'O', 'O', 'O', 'O', 'O', 'O']],
  ])('issue #4: people of books and stories (%s)', (_, words, pos, tags) => {
    expect(tag(words, pos)).toEqual(tags);
  });

  it.each([
    ['the heads of a natural feature join the place', ['کوهنوردان', 'به', 'قلهٔ', 'کوه', 'البرز', 'رسیدند'], ['NOUN', 'ADP', 'NOUN', 'NOUN', 'PROPN', 'VERB'], ['O', 'O', 'B-LOC', 'I-LOC', 'I-LOC', 'O']],
    ["a country's government is an organization", ['دولت', 'روسیه', 'این', 'طرح', 'را', 'رد', 'کرد'], ['NOUN', 'PROPN', 'DET', 'NOUN', 'ADP', 'NOUN', 'VERB'], ['B-ORG', 'I-ORG', 'O', 'O', 'O', 'O', 'O']],
    ['the kind of body joins the organization', ['بازیکنان', 'تیم', 'پرسپولیس', 'به', 'تهران', 'برگشتند'], ['NOUN', 'NOUN', 'PROPN', 'ADP', 'PROPN', 'VERB'], ['O', 'B-ORG', 'I-ORG', 'O', 'B-LOC', 'O']],
    ['a government named by no country stays a common noun', ['دولت', 'جدید', 'این', 'طرح', 'را', 'رد', 'کرد'], ['NOUN', 'ADJ', 'DET', 'NOUN', 'ADP', 'NOUN', 'VERB'], ['O', 'O', 'O', 'O', 'O', 'O', 'O']],
  ])('issue #4: PerDT place and organization spans (%s)', (_, words, pos, tags) => {
    expect(tag(words, pos)).toEqual(tags);
  });
});

import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../lexicon/load.js';
import type { EntityContext, NameMention } from './entity-context.js';
import { entityKey } from './entity-key.js';
import { createWordInfoCache } from './word-info.js';
import { wordStatistics } from './entity-resources.js';
import { balanceBrackets, endAtRelation, endBeforePlaced, isCommonWord, isPluralOffice, looksPersonal, organizationOpeners, trimOffice, trimStopWords } from './name-filters.js';

const lexicons = loadLexicons();
const resources = lexicons.entities;
if (!resources) throw new Error('gazetteers missing');
const describeWord = createWordInfoCache(wordStatistics(lexicons));

/** A context over space-separated words, all tagged `pos` unless listed in `tags`. */
function contextOf(text: string, tags: Record<string, string> = {}): EntityContext {
  const words = text.split(' ');
  const tokens = words.map((w, i) => ({ start: i, end: i + 1, norm: w, kind: /^[()«»،.]$/.test(w) ? 'punct' : 'word', pos: tags[w] ?? 'NOUN' }));
  const infos = words.map((w) => describeWord(w));
  return { tokens, keys: infos.map((w) => w.key), words: infos, resources: resources!, homeCountry: 'IRN' } as EntityContext;
}

const span = (first: number, last: number, type: NameMention['type']): NameMention => ({ first, last, type });
const words = (context: EntityContext, s: NameMention): string => context.tokens.slice(s.first, s.last).map((t) => t.norm).join(' ');

describe('issue #4: name spans of the tagger are cleaned', () => {
  it.each([
    ['an open bracket ends the name', 'وزارت دفاع آمریکا ( پنتاگون ) گفت', span(0, 5, 'ORG'), 'وزارت دفاع آمریکا'],
    ['a trailing bracket is dropped', 'قرارگاه خاتم‌الانبیا ( ره', span(0, 3, 'ORG'), 'قرارگاه خاتم‌الانبیا'],
    ['a closing bracket without its opening starts it', 'پنتاگون ) وزارت دفاع', span(0, 4, 'ORG'), 'وزارت دفاع'],
    ['a balanced pair stays', 'میرزا جواد ( قدس سره )', span(0, 6, 'PER'), 'میرزا جواد ( قدس سره )'],
  ])('%s', (_, text, s, expected) => {
    const context = contextOf(text);
    expect(words(context, balanceBrackets(context, s))).toBe(expected);
  });

  it.each([
    ['هاکان فیدان همتای ترکیه‌ای', span(0, 3, 'PER'), 'هاکان فیدان'],
    ['مینا رستمی همسر او', span(0, 3, 'PER'), 'مینا رستمی'],
    ['همتای روس', span(0, 2, 'PER'), ''],
  ])('a relation noun ends a person: %s', (text, s, expected) => {
    const context = contextOf(text);
    expect(words(context, endAtRelation(context, s))).toBe(expected);
  });

  it('ends a name before an adjective of place (مستقر، حاضر، مقیم)', () => {
    const navy = contextOf('سخنگوی نیروی دریایی آمریکا مستقر در بحرین گفت');
    expect(words(navy, endBeforePlaced(navy, span(1, 5, 'ORG')))).toBe('نیروی دریایی آمریکا');
    const army = contextOf('ارتش حاضر در رزمایش');
    expect(words(army, endBeforePlaced(army, span(0, 2, 'ORG')))).toBe('ارتش');
    const bank = contextOf('بانک مرکزی روسیه');
    expect(endBeforePlaced(bank, span(0, 3, 'ORG'))).toEqual(span(0, 3, 'ORG'));
  });

  it('leaves organizations alone at a relation noun', () => {
    const context = contextOf('انجمن پدر و مادر');
    expect(endAtRelation(context, span(0, 4, 'ORG')).last).toBe(4);
  });

  it.each([
    ['the portfolio of a minister is no organization', 'وزیر امور خارجه ترکیه', span(0, 4, 'ORG'), ''],
    ['nor without the office inside the span', 'وزیر نفت عراق', span(1, 3, 'ORG'), ''],
    ['an organization after an office stays', 'سخنگوی وزارت امور خارجه', span(0, 4, 'ORG'), 'وزارت امور خارجه'],
    ['a person ends at an office', 'محمد عبدالسلام سخنگوی انصارالله', span(0, 3, 'PER'), 'محمد عبدالسلام'],
  ])('%s', (_, text, s, expected) => {
    const context = contextOf(text);
    expect(words(context, trimOffice(context, s))).toBe(expected);
  });

  it('knows the words that open organizations, ambiguous ones too', () => {
    const openers = organizationOpeners(resources!.gazetteer);
    expect(openers.has(entityKey('وزارت'))).toBe(true);
    expect(openers.has(entityKey('امور'))).toBe(false);
  });

  it.each([
    ['an adverb before an organization', 'سرانجام سازمان ملل', { سرانجام: 'ADV' }, span(0, 3, 'ORG'), 'سازمان ملل'],
    ['a verb before an organization', 'می‌گوید گروه ناظران', { 'می‌گوید': 'VERB' }, span(0, 3, 'ORG'), 'گروه ناظران'],
    ['a conjunction alone', 'بنابراین', { بنابراین: 'SCONJ' }, span(0, 1, 'LOC'), ''],
    ['a person keeps a first word the POS tagger misread', 'هرگز نیکزاد', { هرگز: 'ADV' }, span(0, 2, 'PER'), 'هرگز نیکزاد'],
  ])('issue #4: an organization or a place opens with no verb, adverb or subordinating conjunction (%s)', (_, text, tags, s, expected) => {
    const context = contextOf(text, tags);
    expect(words(context, trimStopWords(context, s))).toBe(expected);
  });

  it('takes a very frequent common word alone for no name', () => {
    const context = contextOf('زمین ایران نیکزاد', { نیکزاد: 'PROPN' });
    expect(isCommonWord(context, span(0, 1, 'LOC'))).toBe(true);
    expect(isCommonWord(context, span(1, 2, 'LOC'))).toBe(false);
    expect(isCommonWord(context, span(2, 3, 'PER'))).toBe(false);
    expect(isCommonWord(context, span(0, 2, 'LOC'))).toBe(false);
  });

  it('issue #4: takes a plural written with a half-space alone for no name, even a rare proper noun', () => {
    const context = contextOf('گلدان‌هایمان شکوفه‌ها نیکزاد امارات', { 'گلدان‌هایمان': 'PROPN', 'شکوفه‌ها': 'PROPN', نیکزاد: 'PROPN', امارات: 'PROPN' });
    expect(isCommonWord(context, span(0, 1, 'PER'))).toBe(true);
    expect(isCommonWord(context, span(1, 2, 'LOC'))).toBe(true);
    expect(isCommonWord(context, span(2, 3, 'PER'))).toBe(false);
    expect(isCommonWord(context, span(3, 4, 'LOC'))).toBe(false);
  });
});

describe('issue 4: an office in the plural is no one person (fourth session)', () => {
  it('reads وزیران, سفیران and فرماندهان as offices in the plural, even tagged as proper nouns', () => {
    for (const word of ['وزیران', 'سفیران', 'فرماندهان']) {
      expect(isPluralOffice(resources!.gazetteer, entityKey(word))).toBe(true);
      expect(looksPersonal(contextOf(word, { [word]: 'PROPN' }), span(0, 1, 'PER'))).toBe(false);
    }
  });
  it('leaves names and other plurals alone', () => {
    expect(isPluralOffice(resources!.gazetteer, entityKey('کارگران'))).toBe(false);
    expect(looksPersonal(contextOf('مهران', { مهران: 'PROPN' }), span(0, 1, 'PER'))).toBe(true);
  });
});

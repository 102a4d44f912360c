import { describe, expect, it } from 'vitest';
import { nameKey, searchKey, searchKeys } from './search-keys.js';

const Z = '\u200c';

describe('searchKey', () => {
  it.each([
    [`می${Z}شود`, 'میشود'],
    ['ميشود', 'میشود'],
    [`همکاری${Z}های`, 'همکاریهای'],
    ['كتابخانهٔ', 'کتابخانه'],
    ['آمريكا', 'امریکا'],
    ['F-35', 'f35'],
    ['۱۴۰۳', '1403'],
    ['١٤٠٣', '1403'],
    ['«ایران»', 'ایران'],
    ['تهران‍ـــ', 'تهران'],
  ])('keys %s as %s', (word, key) => {
    expect(searchKey(word)).toBe(key);
  });
});

describe('searchKeys', () => {
  it('indexes a token under its surface key, its lemma and its search stem', () => {
    expect(searchKeys({ norm: `همکاری${Z}های`, kind: 'word' })).toEqual({ surface: 'همکاریهای', extra: ['همکاری'] });
    expect(searchKeys({ norm: `کشور${Z}هایشان`, kind: 'word' })).toEqual({ surface: 'کشورهایشان', extra: ['کشور'] });
    expect(searchKeys({ norm: `می${Z}شود`, kind: 'word', lemma: 'شد' })?.extra).toContain('شد');
    expect(searchKeys({ norm: 'رفت', kind: 'word', lemma: 'رفت' })).toEqual({ surface: 'رفت', extra: [] });
  });

  it.each([['،', 'punct'], ['https://irna.ir', 'url'], ['$', 'symbol']] as const)('gives no keys to %s (%s)', (norm, kind) => {
    expect(searchKeys({ norm, kind })).toBeUndefined();
  });
});

describe('nameKey', () => {
  it.each([
    ['«سرگئي  لاوروف»', 'سرگیی لاوروف'],
    [`وزارت امور خارجه${Z}`, 'وزارت امور خارجه'],
    ['  ', ''],
  ])('keys the name %s as %s', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

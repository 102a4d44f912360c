import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileQuery, type QueryKeyer } from './compile-query.js';
import { MAX_QUERY_TERMS, parseQuery } from './parse-query.js';
import { renderKeyQuery } from './render-query.js';
import { searchKey } from './search-keys.js';

/** A keyer without the normalizer: words split on spaces, each keyed alone. */
const plainKeyer: QueryKeyer = (text) => text.split(/\s+/).map(searchKey).filter(Boolean).map((surface) => ({ surface, extra: [] }));

describe('parseQuery', () => {
  it.each([
    ['ایران', { type: 'term', text: 'ایران', prefix: false }],
    ['همکار*', { type: 'term', text: 'همکار', prefix: true }],
    ['"وزیر خارجه"', { type: 'phrase', words: ['وزیر', 'خارجه'] }],
    ['ایران OR ترکیه', { type: 'or', children: [{ type: 'term', text: 'ایران', prefix: false }, { type: 'term', text: 'ترکیه', prefix: false }] }],
    ['ایران -تحریم', { type: 'and', children: [{ type: 'term', text: 'ایران', prefix: false }, { type: 'not', child: { type: 'term', text: 'تحریم', prefix: false } }] }],
    ['"وزیر خارجه', { type: 'phrase', words: ['وزیر', 'خارجه'] }],
    ['(ایران', { type: 'term', text: 'ایران', prefix: false }],
    ['ایران)', { type: 'term', text: 'ایران', prefix: false }],
    ['OR AND NOT', undefined],
    ['', undefined],
  ])('reads %j', (query, tree) => {
    expect(parseQuery(query)).toEqual(tree);
  });

  it(`reads at most ${MAX_QUERY_TERMS} terms`, () => {
    const tree = parseQuery(Array.from({ length: 100 }, (_, i) => `w${i}`).join(' '));
    expect(tree?.type === 'and' && tree.children.length).toBe(MAX_QUERY_TERMS);
  });
});

describe('compileQuery', () => {
  it('puts negations aside and renders both backends', () => {
    const compiled = compileQuery('"وزیر خارجه" ترکیه -تحریم', plainKeyer);
    expect(renderKeyQuery(compiled.positive!, 'fts5')).toBe('(surface : "وزیر خارجه" AND "ترکیه")');
    expect(renderKeyQuery(compiled.positive!, 'tsquery')).toBe(`(('وزیر' <-> 'خارجه') & 'ترکیه')`);
    expect(renderKeyQuery(compiled.negative!, 'fts5')).toBe('"تحریم"');
    expect(compiled.highlight.sort()).toEqual(['ترکیه', 'خارجه', 'وزیر']);
  });

  it('keeps a negation inside its group', () => {
    const compiled = compileQuery('قطر OR دوحه -فوتبال', plainKeyer);
    expect(renderKeyQuery(compiled.positive!, 'fts5')).toBe('("قطر" OR ("دوحه" NOT "فوتبال"))');
    expect(renderKeyQuery(compiled.positive!, 'tsquery')).toBe(`('قطر' | ('دوحه' & !'فوتبال'))`);
    expect(compiled.negative).toBeUndefined();
  });

  it('never fails, and renders only quoted letters and digits, on any input', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (query) => {
      const compiled = compileQuery(query, plainKeyer);
      for (const node of [compiled.positive, compiled.negative]) {
        if (!node) continue;
        const fts = renderKeyQuery(node, 'fts5');
        const keys = fts.match(/"[^"]*"/g) ?? [];
        expect(keys.every((key) => /^"[\p{L}\p{N} ]+"$/u.test(key))).toBe(true);
        expect(fts.replace(/"[^"]*"/g, '').replace(/surface :|AND|OR|NOT|[()*\s]/g, '')).toBe('');
      }
    }), { numRuns: 500 });
  });
});

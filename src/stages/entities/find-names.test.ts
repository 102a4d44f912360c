import { describe, expect, it } from 'vitest';
import type { NameMention } from './entity-context.js';
import { joinSurname, takeProperNouns } from './find-names.js';

describe('issue #4: a surname the tagger read as a name of its own', () => {
  // `دکتر بهرام کیانی معاون درمان ...`: tokens 1–2 the person, 3 an office
  const person = (): NameMention => ({ first: 1, last: 2, type: 'PER' });
  const officeAt = (i: number): boolean => i === 3;

  it('joins the one-word organization between the first name and the office', () => {
    const me = person();
    const spans: NameMention[] = [me, { first: 2, last: 3, type: 'ORG' }];
    joinSurname(spans, me, officeAt);
    expect(spans).toEqual([{ first: 1, last: 3, type: 'PER' }]);
  });

  it('keeps a listed organization, a longer span, or one the name does not visibly end after', () => {
    const listed: NameMention = { first: 2, last: 3, type: 'ORG', entry: { kind: 'organization', canonical: 'ایرنا' } };
    const longer: NameMention = { first: 2, last: 4, type: 'ORG' };
    for (const other of [listed, longer]) {
      const me = person();
      const spans = [me, other];
      joinSurname(spans, me, officeAt);
      expect(spans).toHaveLength(2);
      expect(me.last).toBe(2);
    }
    const me = person();
    const spans: NameMention[] = [me, { first: 2, last: 3, type: 'LOC' }];
    joinSurname(spans, me, () => false);
    expect(spans).toHaveLength(2);
  });
});

describe('issue #4: a person the tagger ended before a proper noun', () => {
  // `ادوین وندرسار بیست سال ...` with the tagger's person on token 0 and both words proper nouns
  it('takes the proper noun after it', () => {
    const person: NameMention = { first: 0, last: 1, type: 'PER' };
    takeProperNouns(person, 5, (i) => i === 1);
    expect(person).toEqual({ first: 0, last: 2, type: 'PER' });
  });

  it('stops at three words, at the end of the sentence and at a word that is no proper noun', () => {
    const long: NameMention = { first: 0, last: 1, type: 'PER' };
    takeProperNouns(long, 9, () => true);
    expect(long.last).toBe(3);
    const atEnd: NameMention = { first: 0, last: 1, type: 'PER' };
    takeProperNouns(atEnd, 1, () => true);
    expect(atEnd.last).toBe(1);
    const common: NameMention = { first: 0, last: 1, type: 'PER' };
    takeProperNouns(common, 5, () => false);
    expect(common.last).toBe(1);
  });
});

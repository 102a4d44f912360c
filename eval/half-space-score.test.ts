import { describe, it, expect } from 'vitest';
import { addCounts, emptyCounts, scoreSentence, summarize, type HalfSpaceCounts } from './half-space-score.js';

const Z = '\u200c'; // ZWNJ, spelled out so the test data is unambiguous

/** Expected counts: every field not given is 0. */
function counts(partial: Partial<HalfSpaceCounts>): HalfSpaceCounts {
  return { ...emptyCounts(), ...partial };
}

type Row = { name: string; gold: string; output: string; expected: Partial<HalfSpaceCounts> };

/** Rows whose expected value is the complete count record (unlisted fields are 0). */
function runExact(rows: Row[]): void {
  it.each(rows)('$name', ({ gold, output, expected }) => {
    expect(scoreSentence(gold, output)).toEqual(counts(expected));
  });
}

/** Rows that only pin the listed fields. */
function runPartial(rows: Row[]): void {
  it.each(rows)('$name', ({ gold, output, expected }) => {
    expect(scoreSentence(gold, output)).toMatchObject(expected);
  });
}

describe('scoreSentence: basic ZWNJ outcomes', () => {
  // بچه‌ها کتاب‌های تازه را می‌خوانند → 5+7+4+2+8 = 26 letters, 25 boundaries.
  const gold = `بچه${Z}ها کتاب${Z}های تازه را می${Z}خوانند`;
  runExact([
    { name: 'identical strings with ZWNJs are all TP', gold, output: gold, expected: { tp: 3, boundaries: 25 } },
    {
      name: 'ZWNJ deleted in output is FN',
      gold,
      output: `بچه${Z}ها کتابهای تازه را می${Z}خوانند`,
      expected: { tp: 2, fn: 1, boundaries: 25 },
    },
    {
      name: 'ZWNJ turned into a space is FN (not a space insertion)',
      gold,
      output: `بچه ها کتاب های تازه را می${Z}خوانند`,
      expected: { tp: 1, fn: 2, boundaries: 25 },
    },
    {
      name: 'an extra ZWNJ in output is FP',
      gold: 'میز بزرگ',
      output: `می${Z}ز بزرگ`,
      expected: { fp: 1, boundaries: 6 },
    },
    {
      name: 'ZWNJ where gold has a space is FP only (not a deleted space)',
      gold: 'به خانه رفتم',
      output: `به${Z}خانه رفتم`,
      expected: { fp: 1, boundaries: 9 },
    },
    { name: 'empty strings score nothing', gold: '', output: '', expected: {} },
    { name: 'only spaces and ZWNJs score nothing', gold: ` ${Z} `, output: Z, expected: {} },
    { name: 'empty output leaves every gold letter unaligned', gold: 'سلام دنیا', output: '', expected: { unaligned: 8 } },
  ]);
});

describe('scoreSentence: invisible ZWNJ after non-joining letters', () => {
  runExact([
    { name: 'after ر, extra in output', gold: 'کارها تمام شد', output: `کار${Z}ها تمام شد`, expected: { boundaries: 10 } },
    { name: 'after ر, missing in output', gold: `کار${Z}ها تمام شد`, output: 'کارها تمام شد', expected: { boundaries: 10 } },
    { name: 'after ا, extra in output', gold: 'صداها بلند بود', output: `صدا${Z}ها بلند بود`, expected: { boundaries: 11 } },
    { name: 'after ا, missing in output', gold: `صدا${Z}ها بلند بود`, output: 'صداها بلند بود', expected: { boundaries: 11 } },
    { name: 'after د and و', gold: 'دردها و آرزوها', output: `درد${Z}ها و آرزو${Z}ها`, expected: { boundaries: 11 } },
    { name: 'after a Persian digit', gold: '۱۴۰۲ها', output: `۱۴۰۲${Z}ها`, expected: { boundaries: 5 } },
    {
      name: 'invisible ZWNJ turned into a space counts as a space inserted',
      gold: `کار${Z}ها`,
      output: 'کار ها',
      expected: { spacesInserted: 1, boundaries: 4 },
    },
    {
      name: 'non-joining in either string (gold ه, output ة) makes the boundary invisible',
      gold: `نامه${Z}ها`,
      output: `نامة${Z}ها`,
      expected: { boundaries: 5 },
    },
  ]);
});

describe('scoreSentence: folding keeps alignment', () => {
  // یک کتاب‌فروشی در سال ۱۴۰۲ باز شد → 2+9+2+3+4+3+2 = 25 letters, 24 boundaries.
  const gold = `یک کتاب${Z}فروشی در سال ۱۴۰۲ باز شد`;
  runExact([
    {
      name: 'Arabic ي/ك and Arabic-Indic digits in output',
      gold,
      output: `يك كتاب${Z}فروشي در سال ١٤٠٢ باز شد`,
      expected: { tp: 1, boundaries: 24 },
    },
    {
      name: 'Latin digits in output against Persian digits in gold',
      gold,
      output: `یک کتاب${Z}فروشی در سال 1402 باز شد`,
      expected: { tp: 1, boundaries: 24 },
    },
    {
      name: 'ئ, hamza above, أ and ؤ in gold against plain letters (5+4+6 letters)',
      gold: `مسئلهٔ أصلی رؤیا${Z}ست`,
      output: `مسیله اصلی رویا${Z}ست`,
      expected: { boundaries: 14 },
    },
  ]);
});

describe('scoreSentence: ignored marks', () => {
  const gold = `مدرسه${Z}ها بسته${Z}اند`; // 7 + 7 letters, 13 boundaries
  runExact([
    {
      name: 'diacritics and kashida in output',
      gold,
      output: `مَدرسـه${Z}ها بَستـــه${Z}اند`,
      expected: { tp: 2, boundaries: 13 },
    },
    {
      name: 'a diacritic between the letter and the ZWNJ',
      gold: `شب${Z}ها`,
      output: `شبِ${Z}ها`,
      expected: { tp: 1, boundaries: 3 },
    },
    {
      name: 'ZWJ, RLM, bidi isolates, BOM and soft hyphen in output',
      gold,
      output: `\u200fمدر\u200dسه${Z}ها\u2067 بس\u00adته${Z}اند\u2069\ufeff`,
      expected: { tp: 2, boundaries: 13 },
    },
    {
      name: 'a gap with both a space and a ZWNJ is a space',
      gold: `کتاب${Z}ها`,
      output: `کتاب ${Z}ها`,
      expected: { fn: 1, boundaries: 5 },
    },
    {
      name: 'a gap with both a space and a ZWNJ matches a gold space',
      gold: 'کتاب ها',
      output: `کتاب${Z} ها`,
      expected: { boundaries: 5 },
    },
    {
      name: 'any whitespace (NBSP, tab, newline) counts as a space',
      gold: 'سه کتاب نو',
      output: 'سه\u00a0کتاب\n\tنو',
      expected: { boundaries: 7 },
    },
  ]);
});

describe('scoreSentence: spaces and broken output', () => {
  runExact([
    {
      name: 'a space inserted inside a gold word',
      gold: 'دانشگاه تهران',
      output: 'دانش گاه تهران',
      expected: { spacesInserted: 1, boundaries: 11 },
    },
    {
      name: 'a space deleted between two gold words',
      gold: 'به خانه رفتم',
      output: 'بهخانه رفتم',
      expected: { spacesDeleted: 1, boundaries: 9 },
    },
    {
      // Gold letters: من(2) امروز(5) صبح(3) به(2) کتابخانه(8) رفتم(4) = 24.
      // امروز is unaligned; boundaries inside من (1) and from صبح to the end (16).
      name: 'output with a missing word still aligns the rest',
      gold: `من امروز صبح به کتاب${Z}خانه رفتم`,
      output: `من صبح به کتاب${Z}خانه رفتم`,
      expected: { tp: 1, unaligned: 5, boundaries: 17 },
    },
    {
      // Gold: ما(2) بهزودی(6) برمیگردیم(9) = 17 letters, 16 boundaries; the one
      // across the inserted word (ا|ب) is not adjacent in the output, so 15 are scored.
      name: 'output with an extra word scores only adjacent boundaries',
      gold: `ما به${Z}زودی برمی${Z}گردیم`,
      output: `ما حتما به${Z}زودی برمی${Z}گردیم`,
      expected: { tp: 2, boundaries: 15 },
    },
  ]);
  runPartial([
    {
      name: 'a substituted letter does not break the surrounding boundaries',
      gold: `دست${Z}هایش را شست`,
      output: `دشت${Z}هایش را شست`,
      expected: { tp: 1, fn: 0, fp: 0, unaligned: 1 },
    },
    {
      name: 'Latin text and punctuation are stream elements',
      gold: `نسخهٔ API${Z}ها، جدید است.`,
      output: `نسخه API${Z}ها، جدید است.`,
      expected: { tp: 1, unaligned: 0, fp: 0, fn: 0 },
    },
    {
      name: 'characters outside the BMP are single elements',
      gold: `🙂 خوش${Z}حالم`,
      output: `🙂 خوش${Z}حالم`,
      expected: { tp: 1, unaligned: 0, boundaries: 7 },
    },
  ]);
});

describe('scoreSentence: long inputs', () => {
  // 27 letters and 3 ZWNJs per repetition; 100 repetitions → 2,700 letters,
  // so a full LCS table (7.3e6 cells) is over the 4e6 limit.
  const unit = `بچه${Z}ها کتاب${Z}های تازه را می${Z}خوانند. `;
  const plain = 'بچهها کتابهای تازه را میخوانند. ';
  const gold = unit.repeat(100);

  it('aligns the whole text and counts ZWNJs despite differing ends', () => {
    // First letter ب → پ and final period → ! so prefix/suffix trimming cannot help.
    const output = 'پ' + (plain.repeat(10) + unit.repeat(90)).slice(1).trimEnd().slice(0, -1) + '!';
    const c = scoreSentence(gold, output);
    expect(c).toMatchObject({ tp: 270, fn: 30, fp: 0, spacesInserted: 0, spacesDeleted: 0, unaligned: 2 });
  });

  it('re-synchronises after a word missing in the middle', () => {
    const gold101 = unit.repeat(101).trimEnd();
    const middle = unit.repeat(50);
    const output = 'پ' + (middle + unit.replace('تازه ', '') + middle).slice(1).trimEnd().slice(0, -1) + '!';
    // Unaligned: the changed first letter, the four letters of تازه, the final period.
    expect(scoreSentence(gold101, output)).toMatchObject({ tp: 303, fn: 0, fp: 0, unaligned: 6 });
  });

  it('falls back to greedy alignment when there are many edits', () => {
    // ت → ط twice per unit: 200 substitutions, far beyond the Myers budget.
    const output = gold.replaceAll('ت', 'ط');
    const c = scoreSentence(gold, output);
    // The ZWNJ boundaries (ه|ه, ب|ه, ی|خ) are never next to a ت, so all 300 survive.
    expect(c).toMatchObject({ tp: 300, fn: 0, fp: 0, unaligned: 200, spacesInserted: 0, spacesDeleted: 0 });
  });

  it('sums the counts of 5,000 long sentences edited at both ends and in the middle', () => {
    // Edits at both ends and in the middle leave an ~800-letter middle to diff for every pair. How fast
    // this runs is not asserted here (tests assert no timings); the vitest timeout only stops a runaway.
    const sentence = unit.repeat(30).slice(0, 1000).trimEnd();
    const edited = 'پ' + sentence.slice(1, 500).replaceAll(Z, '') + sentence.slice(504, -1) + '!';
    const one = scoreSentence(sentence, edited);
    let total = emptyCounts();
    for (let k = 0; k < 5000; k++) total = addCounts(total, scoreSentence(sentence, edited));
    expect(one.unaligned).toBeGreaterThan(0);
    expect(one.fn).toBeGreaterThan(0);
    expect(total.fn).toBe(5000 * one.fn);
    expect(total.unaligned).toBe(5000 * one.unaligned);
  }, 60_000);
});

describe('scoreSentence: alignment is an optimal LCS', () => {
  const alphabet = ['ب', 'ت', 'ر', 'ه', 'ی', 'م', ' ', Z];

  /** Small deterministic PRNG (mulberry32) so failures are reproducible. */
  function rng(seed: number): () => number {
    let t = seed >>> 0;
    return () => {
      t = (t + 0x6d2b79f5) >>> 0;
      let r = Math.imul(t ^ (t >>> 15), 1 | t);
      r ^= r + Math.imul(r ^ (r >>> 7), 61 | r);
      return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
    };
  }

  function randomText(next: () => number, length: number): string {
    let text = '';
    for (let k = 0; k < length; k++) text += alphabet[Math.floor(next() * alphabet.length)];
    return text;
  }

  /** Randomly delete, insert or replace about `rate` of the characters. */
  function mutate(next: () => number, text: string, rate: number): string {
    const pick = (): string => alphabet[Math.floor(next() * alphabet.length)];
    let out = '';
    for (const ch of text) {
      const roll = next() / rate;
      if (roll < 1 / 3) continue; // delete
      else if (roll < 2 / 3) out += pick() + ch; // insert
      else if (roll < 1) out += pick(); // replace
      else out += ch;
    }
    return out;
  }

  /** Reference LCS length by the textbook quadratic recurrence. */
  function lcsLength(a: string[], b: string[]): number {
    let prev = new Array<number>(b.length + 1).fill(0);
    for (const x of a) {
      const row = [0];
      for (let j = 0; j < b.length; j++) row.push(x === b[j] ? prev[j] + 1 : Math.max(prev[j + 1], row[j]));
      prev = row;
    }
    return prev[b.length];
  }

  const letters = (text: string): string[] => [...text].filter((ch) => ch !== ' ' && ch !== Z);

  // Light mutation exercises the Myers path, heavy mutation the LCS-table path.
  it.each([
    { rate: 0.02, length: 300 },
    { rate: 0.1, length: 300 },
    { rate: 0.6, length: 700 },
    { rate: 1, length: 700 },
  ])('unaligned = |gold| - LCS at mutation rate $rate', ({ rate, length }) => {
    const next = rng(Math.round(rate * 1000) + length);
    for (let round = 0; round < 20; round++) {
      const gold = randomText(next, length);
      const output = mutate(next, gold, rate);
      const g = letters(gold);
      const c = scoreSentence(gold, output);
      expect(c.unaligned).toBe(g.length - lcsLength(g, letters(output)));
      expect(c.boundaries).toBeLessThanOrEqual(Math.max(0, g.length - 1));
    }
  });

  it('identical random texts score every boundary with no errors', () => {
    const next = rng(7);
    for (let round = 0; round < 20; round++) {
      const text = randomText(next, 200);
      const c = scoreSentence(text, text);
      expect(c).toMatchObject({ fp: 0, fn: 0, spacesInserted: 0, spacesDeleted: 0, unaligned: 0 });
      expect(c.boundaries).toBe(Math.max(0, letters(text).length - 1));
    }
  });
});

describe('addCounts and emptyCounts', () => {
  it('emptyCounts is all zeros', () => {
    expect(emptyCounts()).toEqual({ tp: 0, fp: 0, fn: 0, spacesInserted: 0, spacesDeleted: 0, boundaries: 0, unaligned: 0 });
  });

  it('adds field by field without mutating its arguments', () => {
    const a = counts({ tp: 1, fp: 2, fn: 3, spacesInserted: 4, spacesDeleted: 5, boundaries: 6, unaligned: 7 });
    const b = counts({ tp: 10, fp: 20, fn: 30, spacesInserted: 40, spacesDeleted: 50, boundaries: 60, unaligned: 70 });
    expect(addCounts(a, b)).toEqual({ tp: 11, fp: 22, fn: 33, spacesInserted: 44, spacesDeleted: 55, boundaries: 66, unaligned: 77 });
    expect(a.tp).toBe(1);
    expect(b.tp).toBe(10);
  });

  it('aggregates sentence scores', () => {
    const total = [
      [`می${Z}روم`, `می${Z}روم`],
      [`کتاب${Z}ها`, 'کتابها'],
      ['میز', `می${Z}ز`],
    ].reduce((acc, [gold, output]) => addCounts(acc, scoreSentence(gold, output)), emptyCounts());
    expect(total).toEqual(counts({ tp: 1, fn: 1, fp: 1, boundaries: 11 }));
  });
});

describe('summarize', () => {
  it.each([
    { name: 'nothing expected or predicted', c: counts({}), expected: { precision: 1, recall: 1, f1: 1 } },
    { name: 'perfect', c: counts({ tp: 4 }), expected: { precision: 1, recall: 1, f1: 1 } },
    { name: 'only misses', c: counts({ fn: 2 }), expected: { precision: 1, recall: 0, f1: 0 } },
    { name: 'only false alarms', c: counts({ fp: 3 }), expected: { precision: 0, recall: 1, f1: 0 } },
    { name: 'all wrong', c: counts({ fp: 1, fn: 1 }), expected: { precision: 0, recall: 0, f1: 0 } },
    { name: 'mixed', c: counts({ tp: 3, fp: 1, fn: 3 }), expected: { precision: 0.75, recall: 0.5, f1: 0.6 } },
  ])('$name', ({ c, expected }) => {
    const s = summarize(c);
    expect(s.precision).toBeCloseTo(expected.precision, 12);
    expect(s.recall).toBeCloseTo(expected.recall, 12);
    expect(s.f1).toBeCloseTo(expected.f1, 12);
  });

  it('ignores space counts', () => {
    expect(summarize(counts({ tp: 1, spacesInserted: 5, spacesDeleted: 5 }))).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});

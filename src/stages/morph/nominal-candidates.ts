import { fitsAfter, NOMINAL_SLOTS, type SuffixSlot } from './nominal-suffixes.js';

/** One way to read a word as stem + suffixes. */
export interface NominalCandidate {
  /** The lemma's letters (half-spaces removed), with any letter the suffix replaced put back. */
  lemma: string;
  /** Letters of the word the stem covers (before restoring); `lemma` = word.slice(0, stemLength) + restored. */
  stemLength: number;
  /** The suffixes peeled, innermost first, as `slot:text` (`plural:ها`, `clitic:ش`). */
  suffixes: string[];
  /** Whether the singular came from the broken-plural table (اساتید → استاد). */
  broken: boolean;
}

const MIN_STEM = 2;

/**
 * Every reading of `word` (letters folded, half-spaces removed) as a nominal stem plus suffixes
 * from {@link NOMINAL_SLOTS}, the word itself first; stems shorter than two letters are not
 * proposed. `brokenPlurals` maps a broken plural to its singular (`اساتید` → `استاد`).
 * `nominalCandidates('کتابهایمان')` → lemmas `کتابهایمان`، `کتابهایما`، `کتابهای`، `کتاب`، ...
 */
export function nominalCandidates(word: string, brokenPlurals?: ReadonlyMap<string, string>): NominalCandidate[] {
  const out: NominalCandidate[] = [{ lemma: word, stemLength: word.length, suffixes: [], broken: false }];
  const seen = new Set<string>([word]);
  const visit = (end: number, slot: number, outer: string[]): void => {
    for (let s = slot; s >= 0; s--) {
      const rule: SuffixSlot = NOMINAL_SLOTS[s];
      for (const suffix of rule.suffixes) {
        const stemEnd = end - suffix.text.length;
        if (stemEnd < MIN_STEM || !word.startsWith(suffix.text, stemEnd)) continue;
        const restore = suffix.restore ?? '';
        if (!fitsAfter(suffix, restore || word[stemEnd - 1])) continue;
        const suffixes = [`${rule.name}:${suffix.text}`, ...outer];
        const lemma = word.slice(0, stemEnd) + restore;
        const key = `${lemma}|${suffixes.join('+')}`;
        if (!seen.has(key)) {
          seen.add(key);
          out.push({ lemma, stemLength: stemEnd, suffixes, broken: false });
        }
        if (!restore) visit(stemEnd, s - 1, suffixes);
      }
    }
  };
  visit(word.length, NOMINAL_SLOTS.length - 1, []);
  if (brokenPlurals) {
    for (const candidate of [...out]) {
      if (candidate.broken || candidate.suffixes.some((s) => s.startsWith('plural:') || s.startsWith('degree:'))) continue;
      const singular = brokenPlurals.get(candidate.lemma);
      if (singular) out.push({ lemma: singular, stemLength: candidate.stemLength, suffixes: ['plural:broken', ...candidate.suffixes], broken: true });
    }
  }
  return out;
}

import { UPOS_TAGS, uposIndex } from './upos.js';

/**
 * A word's tag profile: which UPOS tags the tagger gives it across a large untagged corpus (the
 * PerDT train token stream), packed into one integer so the tagger can use it as a feature:
 * the most frequent tag, its share in tenths, the second tag and a count bucket.
 * `packProfile(0, 0.8, 4, 37)` → NOUN 80%, then ADJ, 37 occurrences.
 */
export function packProfile(top: number, share: number, second: number, count: number): number {
  const countBucket = Math.min(15, Math.floor(Math.log2(count + 1)));
  return (1 << 20) | top | (Math.min(10, Math.round(share * 10)) << 5) | (second << 9) | (countBucket << 14);
}

/** The most frequent tag's index. */
export function profileTag(profile: number): number {
  return profile & 31;
}

/** The most frequent tag's share, in tenths (0–10). */
export function profileShare(profile: number): number {
  return (profile >> 5) & 15;
}

/** The second tag's index (the first one again when there is no second). */
export function profileSecond(profile: number): number {
  return (profile >> 9) & 31;
}

/** The occurrence count bucket (log2). */
export function profileCount(profile: number): number {
  return (profile >> 14) & 15;
}

/**
 * Parses `data/morph/tag-profiles.tsv` (`key<TAB>TAG<TAB>share<TAB>SECOND<TAB>count`):
 * `کتاب\tNOUN\t0.97\tADJ\t120` → key `کتاب` with its packed profile.
 */
export function parseProfiles(text: string): Map<string, number> {
  const profiles = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [key, top, share, second, count] = line.split('\t');
    const topIndex = uposIndex(top);
    if (topIndex < 0) continue;
    const secondIndex = Math.max(0, uposIndex(second));
    profiles.set(key, packProfile(topIndex, Number(share), secondIndex, Number(count)));
  }
  return profiles;
}

/**
 * The profiles file's lines from tag counts per word (17 counts each, in {@link UPOS_TAGS} order).
 * Words seen fewer than `minCount` times are left out.
 */
export function formatProfiles(counts: Map<string, Uint32Array>, minCount = 2): string[] {
  const lines: string[] = [];
  for (const [key, tags] of counts) {
    let total = 0;
    let top = 0;
    for (let t = 0; t < tags.length; t++) {
      total += tags[t];
      if (tags[t] > tags[top]) top = t;
    }
    if (total < minCount) continue;
    let second = top;
    for (let t = 0; t < tags.length; t++) if (t !== top && (second === top || tags[t] > tags[second])) second = t;
    if (tags[second] === 0) second = top;
    lines.push(`${key}\t${UPOS_TAGS[top]}\t${(tags[top] / total).toFixed(2)}\t${UPOS_TAGS[second]}\t${total}`);
  }
  return lines;
}

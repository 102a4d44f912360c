/**
 * The unlabeled PerDT train token stream (26k sentences, 459k tokens) for the entity tagger: its
 * sentences and POS, the silver sentences of self-training (`train-ner.ts`: the stream tagged by a first
 * model's entity stage), and names induced from it — a word sequence the stage tags as one type often
 * enough, and in enough of the places it occurs, found again where the tagger passed it over
 * (`ner-cross-validation.ts --stream-names`; measured, no gain: the tagger already finds the names it
 * knows where they recur). Nothing of the stream goes into the project but weights.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lexicons } from '../src/lexicon/lexicons.js';
import { createMorphology } from '../src/stages/morph/morphology.js';
import { foldWord } from '../src/text/fold.js';
import { readTokenStream, sharedDataDir } from './lib/treebank.js';

/** The stream's sentences, or [] without ../shared/data. */
export function streamSentences(): string[][] {
  const shared = sharedDataDir();
  return shared ? readTokenStream(join(shared, 'perdt', 'perdt-train-tokens.txt')) : [];
}

/** UPOS of every stream token by the lexicons' morphology (trained on PerDT dev and Seraji dev, never on the stream), cached in `cache`. */
export function streamPos(sentences: readonly (readonly string[])[], lexicons: Lexicons, cache?: string): string[][] {
  if (cache && existsSync(cache)) {
    const stored = JSON.parse(readFileSync(cache, 'utf8')) as string[][];
    if (stored.length === sentences.length) return stored;
  }
  const morphology = createMorphology(lexicons);
  const pos = sentences.map((s) => morphology.analyzeSentence(s.map(foldWord)).map((a) => a.upos));
  if (cache) writeFileSync(cache, JSON.stringify(pos));
  return pos;
}

/** A name the stream's tagging induced: its words, type, how often tagged so and how often the words occur. */
export interface InducedName {
  words: string;
  type: string;
  tagged: number;
  occurrences: number;
}

/** Tag counts per name string of the tagged stream (`words` joined by spaces → type → count). */
export function taggedNames(sentences: readonly (readonly string[])[], tags: readonly (readonly string[])[]): Map<string, Map<string, number>> {
  const names = new Map<string, Map<string, number>>();
  sentences.forEach((tokens, s) => {
    const t = tags[s];
    for (let i = 0; i < t.length; i++) {
      if (!t[i].startsWith('B-')) continue;
      const type = t[i].slice(2);
      let j = i + 1;
      while (j < t.length && t[j] === `I-${type}`) j++;
      const words = tokens.slice(i, j).join(' ');
      let byType = names.get(words);
      if (!byType) names.set(words, (byType = new Map()));
      byType.set(type, (byType.get(type) ?? 0) + 1);
    }
  });
  return names;
}

/** How often each of `phrases` occurs in the stream as a word sequence. */
export function phraseCounts(sentences: readonly (readonly string[])[], phrases: Iterable<string>): Map<string, number> {
  const wanted = new Set(phrases);
  const longest = Math.max(1, ...[...wanted].map((p) => p.split(' ').length));
  const counts = new Map<string, number>();
  for (const tokens of sentences) {
    for (let i = 0; i < tokens.length; i++) {
      let phrase = '';
      for (let n = 1; n <= longest && i + n <= tokens.length; n++) {
        phrase = n === 1 ? tokens[i] : `${phrase} ${tokens[i + n - 1]}`;
        if (wanted.has(phrase)) counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/** Names tagged one type at least `minTagged` times and in at least `minShare` of their occurrences. */
export function induceNames(sentences: readonly (readonly string[])[], tags: readonly (readonly string[])[], minTagged = 2, minShare = 0.5): InducedName[] {
  const names = taggedNames(sentences, tags);
  const counts = phraseCounts(sentences, names.keys());
  const out: InducedName[] = [];
  for (const [words, byType] of names) {
    const [type, tagged] = [...byType].sort((a, b) => b[1] - a[1])[0];
    const occurrences = counts.get(words) ?? tagged;
    if (tagged >= minTagged && tagged / occurrences >= minShare) out.push({ words, type, tagged, occurrences });
  }
  return out;
}

/**
 * Tags the occurrences of `names` in a sentence where `tags` has no name (longest first): a second pass
 * that finds again a name the stream showed the tagger elsewhere.
 */
export function tagInduced(tokens: readonly string[], tags: readonly string[], names: ReadonlyMap<string, string>, longest: number): string[] {
  const out = [...tags];
  for (let i = 0; i < tokens.length; i++) {
    if (out[i] !== 'O') continue;
    for (let n = Math.min(longest, tokens.length - i); n >= 1; n--) {
      const span = out.slice(i, i + n);
      if (span.some((t) => t !== 'O')) continue;
      if (i + n < out.length && out[i + n].startsWith('I-')) continue;
      const type = names.get(tokens.slice(i, i + n).join(' '));
      if (!type) continue;
      for (let j = i; j < i + n; j++) out[j] = `${j === i ? 'B' : 'I'}-${type}`;
      i += n - 1;
      break;
    }
  }
  return out;
}

/**
 * Up to `size` sentences of the stream with a name in `tags` (at most 50 tokens each, spread evenly over
 * the stream), with those tags as their gold and their POS: the silver part of self-training.
 */
export function silverSentences(sentences: readonly (readonly string[])[], pos: readonly (readonly string[])[], tags: readonly (readonly string[])[], size: number): { sentences: { tokens: string[]; tags: string[] }[]; pos: (readonly string[])[] } {
  const named = tags.map((t, i) => (t.length <= 50 && t.some((x) => x !== 'O') ? i : -1)).filter((i) => i >= 0);
  const step = Math.max(1, named.length / size);
  const chosen: number[] = [];
  for (let k = 0; k < named.length && chosen.length < size; k += step) chosen.push(named[Math.floor(k)]);
  return { sentences: chosen.map((i) => ({ tokens: [...sentences[i]], tags: [...tags[i]] })), pos: chosen.map((i) => pos[i]) };
}

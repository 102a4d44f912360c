import type { StemMatch, VerbIndex, VerbLemma } from './verb-index.js';
import { type OneWordShape, type PersonEnding, PREVERBS, SHAPES, type ShapePrefix, VERB_CLITICS } from './verb-paradigm.js';
import { verbFeats } from './verb-feats.js';

/** One reading of a word as a verb form. */
export interface VerbAnalysis {
  /** UD PerDT lemma: the past stem without preverb (`گفت`, `گشت` for برمی‌گردد). */
  lemma: string;
  /** Present stem (بن مضارع) of the verb, preverb included: `گو`, `برگرد`. */
  present: string;
  /** Past stem (بن ماضی), preverb included: `گفت`, `برگشت`. */
  past: string;
  preverb: string;
  shape: OneWordShape | 'infinitive';
  prefix: string;
  ending: PersonEnding | undefined;
  negative: boolean;
  /** An attached object pronoun (`ش` in دیدمش), or ''. */
  clitic: string;
  /** UD features: `Mood=Ind|Number=Sing|Person=3|Polarity=Neg|Tense=Pres`. */
  feats: string;
  /** False when the stem is not in the verb table and was guessed from the shape. */
  known: boolean;
  /** Higher is more plausible; compares readings of one word. */
  score: number;
}

const BN_PREFIXES = new Set(['ب', 'ن', 'م']);

/** Stem spellings to look up after a prefix: `یاور` after ب is `آور`, `یفت` is `افت` (بیاورد، بیفتد). */
function stemSpellings(prefix: string, surface: string): string[] {
  if (!BN_PREFIXES.has(prefix) || !surface.startsWith('ی')) return [surface];
  const out = [surface, `ا${surface.slice(1)}`];
  if (surface.startsWith('یا')) out.push(`آ${surface.slice(2)}`);
  return out;
}

function scoreOf(verb: VerbLemma, shape: string, prefix: string, ending: string, clitic: string, preverb: string): number {
  let score = -verb.rank;
  if (preverb) score -= 1.5;
  if (clitic) score -= 1;
  if (prefix === 'م' || prefix === 'همی') score -= 1;
  if (prefix === '' && ending === '' && shape !== 'past' && shape !== 'participle') score -= 0.5; // a bare present stem (کن) is rarely an imperative
  if (shape === 'infinitive') score -= 0.5;
  return score;
}

/**
 * Every reading of `word` (letters folded, half-spaces removed) as one-word verb form of a verb in
 * the table: preverb + prefix + stem + participle ه + ending + object clitic. Best first.
 * `analyzeVerb(index, 'برنمیگردند')` → `[{lemma: 'گشت', present: 'برگرد', shape: 'present', negative: true, ...}]`;
 * a word that is no verb form → `[]`.
 */
export function analyzeVerb(index: VerbIndex, word: string): VerbAnalysis[] {
  const out: VerbAnalysis[] = [];
  for (const preverb of ['', ...PREVERBS]) {
    if (preverb && (!word.startsWith(preverb) || word.length < preverb.length + 2)) continue;
    const rest = word.slice(preverb.length);
    for (const clitic of ['', ...VERB_CLITICS]) {
      if (clitic && (!rest.endsWith(clitic) || rest.length < clitic.length + 2)) continue;
      const body = clitic ? rest.slice(0, -clitic.length) : rest;
      for (const rule of SHAPES) {
        for (const prefix of rule.prefixes) {
          if (!body.startsWith(prefix.text)) continue;
          for (const ending of rule.endings) {
            const tail = rule.stemSuffix + ending.ending;
            if (!body.endsWith(tail) || body.length - prefix.text.length - tail.length < 1) continue;
            const surface = body.slice(prefix.text.length, body.length - tail.length);
            for (const stem of stemSpellings(prefix.text, surface)) {
              collect(out, index, stem, preverb, rule.stem, rule.shape, prefix, ending, clitic, rule.feats);
            }
          }
        }
      }
      if (!clitic && body.endsWith('ن') && (body.length > 2)) {
        const negative = body.startsWith('ن') && index.byPast.has(body.slice(1, -1));
        const stem = negative ? body.slice(1, -1) : body.slice(0, -1);
        collect(out, index, stem, preverb, 'past', 'infinitive', { text: negative ? 'ن' : '', negative }, undefined, '', 'VerbForm=Inf');
      }
    }
  }
  return out.sort((a, b) => b.score - a.score);
}

function collect(
  out: VerbAnalysis[], index: VerbIndex, stem: string, preverb: string, kind: 'past' | 'present', shape: OneWordShape | 'infinitive',
  prefix: ShapePrefix, ending: PersonEnding | undefined, clitic: string, feats: string,
): void {
  const matches: StemMatch[] = kind === 'past' ? (index.byPast.get(stem) ?? []).map((verb) => ({ verb, glide: false })) : index.byPresent.get(stem) ?? [];
  const endingText = ending?.ending ?? '';
  for (const { verb, glide } of matches) {
    if (kind === 'present' && endingText !== '' && !glide && verb.glide && verb.present.endsWith('ا')) continue; // آ + د is written آید
    if (glide && endingText === '') continue;
    if (preverb && verb.preverb) continue; // one preverb only
    const lemma = verb.lemma;
    const fullPreverb = preverb || verb.preverb;
    out.push({
      lemma, present: preverb + verb.present, past: preverb + verb.past, preverb: fullPreverb, shape, prefix: prefix.text, ending,
      negative: prefix.negative, clitic, feats: verbFeats(feats, ending, prefix.negative, verb.present === 'خواه' && shape === 'subjunctive' && prefix.text !== 'ب'),
      known: true, score: scoreOf(verb, shape, prefix.text, endingText, clitic, preverb),
    });
  }
}

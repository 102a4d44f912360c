import type { Normalizer } from '../src/stages/normalize/normalizer.js';
import { addCounts, emptyCounts, type HalfSpaceCounts, scoreSentence, summarize } from './half-space-score.js';

export type Variant = 'deleted' | 'spaced' | 'clean';

const ZWNJ = /\u200c/g;

/** The damaged input for a gold sentence: half-spaces deleted, turned into spaces, or untouched. */
export function damage(gold: string, variant: Variant): string {
  if (variant === 'deleted') return gold.replace(ZWNJ, '');
  if (variant === 'spaced') return gold.replace(ZWNJ, ' ');
  return gold;
}

export interface HalfSpaceRow {
  variant: Variant;
  counts: HalfSpaceCounts;
  precision: number;
  recall: number;
  f1: number;
}

/** Scores the normalizer on every gold sentence in the three damaged variants. */
export function evaluateHalfSpaces(sentences: string[], normalize: Normalizer, onError?: (gold: string, output: string, variant: Variant) => void): HalfSpaceRow[] {
  return (['deleted', 'spaced', 'clean'] as Variant[]).map((variant) => {
    let counts = emptyCounts();
    for (const gold of sentences) {
      const output = normalize(damage(gold, variant)).text;
      const scored = scoreSentence(gold, output);
      if (onError && (scored.fp > 0 || scored.fn > 0)) onError(gold, output, variant);
      counts = addCounts(counts, scored);
    }
    return { variant, counts, ...summarize(counts) };
  });
}

/** The rows as a fixed-width table. */
export function formatHalfSpaceRows(title: string, rows: HalfSpaceRow[]): string {
  const lines = [title, 'variant    P      R      F1     TP     FP     FN   spaces+  spaces-'];
  for (const r of rows) {
    lines.push(
      `${r.variant.padEnd(8)} ${r.precision.toFixed(4)} ${r.recall.toFixed(4)} ${r.f1.toFixed(4)} ${String(r.counts.tp).padStart(6)} ${String(r.counts.fp).padStart(6)} ${String(r.counts.fn).padStart(6)} ${String(r.counts.spacesInserted).padStart(8)} ${String(r.counts.spacesDeleted).padStart(8)}`,
    );
  }
  return lines.join('\n');
}

/**
 * A tune-only diagnostic of quote attribution: for every gold quote of a `tune` report that no
 * prediction matched, its paragraph, gold cue and speaker beside the quotes predicted in that
 * paragraph (cue, kind, speaker's canonical); then the predictions no gold quote took. Test reports
 * are never read. Scores are given per part of the tune split (`tune-parts.ts`: the older 35 reports,
 * the blind writers' parts); the validation parts' errors are not printed.
 *   node dist/eval/quote-errors.js [--part old|newA|newB|newE|newF] [--quiet]
 */
import { pathToFileURL } from 'node:url';
import type { Doc } from '../src/doc/doc.js';
import type { EntityRecord } from '../src/stages/entities/entity-layers.js';
import type { Quote } from '../src/stages/quotes/quote-layer.js';
import { loadLexicons } from '../src/lexicon/load.js';
import { analyze, createAnalyzer } from '../src/pipeline/analyze.js';
import { projectRoot } from '../scripts/lib/treebank.js';
import { readGold, scoreReport, type GoldReport, type Tally } from './report-eval.js';
import { errorsMayShow, tunePart } from './tune-parts.js';


function paragraphOf(doc: Doc, offset: number): number {
  const paragraphs = doc.layers.paragraphs ?? [];
  const index = paragraphs.findIndex((p) => offset >= p.start && offset < p.end);
  return index < 0 ? paragraphs.length - 1 : index;
}

function describe(doc: Doc, q: Quote): string {
  const entities = new Map(((doc.layers.entities ?? []) as EntityRecord[]).map((e) => [e.id, e]));
  const speaker = q.speaker ? entities.get(q.speaker)?.canonical ?? q.speaker : '—';
  return `[${q.cue.lemma}/${q.kind}] ${speaker} «${doc.text.slice(q.start, Math.min(q.end, q.start + 40))}»`;
}

/** Lines describing one tune report's quote errors. */
export function quoteErrorLines(doc: Doc, gold: GoldReport): string[] {
  const lines: string[] = [];
  const quotes = (doc.layers.quotes ?? []) as Quote[];
  const goldById = new Map(gold.entities.map((e) => [e.id, e]));
  // the same greedy one-to-one matching as scoreReport, one gold quote and one prediction at a time
  const matched = new Set<number>();
  const usedGold = new Set<number>();
  const noEvents = { ...doc.layers, events: [] };
  gold.quotes.forEach((g, gi) => {
    const single = { ...gold, quotes: [g], events: [] };
    const index = quotes.findIndex((q, i) => !matched.has(i) && paragraphOf(doc, q.start) === g.paragraph
      && scoreReport({ ...doc, layers: { ...noEvents, quotes: [q] } }, single).quotes.tp === 1);
    if (index >= 0) {
      matched.add(index);
      usedGold.add(gi);
    }
  });
  gold.quotes.forEach((g, gi) => {
    if (usedGold.has(gi)) return;
    const inParagraph = quotes.filter((q) => paragraphOf(doc, q.start) === g.paragraph);
    lines.push(`  MISS p${g.paragraph} [${g.cue}/${g.kind}] gold ${goldById.get(g.speaker)?.canonical} «${g.text}»`);
    for (const q of inParagraph) lines.push(`       predicted ${describe(doc, q)}`);
  });
  quotes.forEach((q, i) => {
    if (!matched.has(i)) lines.push(`  EXTRA p${paragraphOf(doc, q.start)} ${describe(doc, q)}`);
  });
  return lines;
}

function main(): void {
  const at = process.argv.indexOf('--part');
  const onlyPart = at >= 0 ? process.argv[at + 1] : undefined;
  const quiet = process.argv.includes('--quiet');
  const pipeline = createAnalyzer(loadLexicons());
  const totals = new Map<string, Tally>();
  for (const { gold, text } of readGold(projectRoot())) {
    if (gold.split !== 'tune') continue; // never look at the test part
    const part = tunePart(gold.report);
    if (onlyPart && part !== onlyPart) continue;
    const doc = analyze(pipeline, text);
    const score = scoreReport(doc, gold).quotes;
    const into = totals.get(part) ?? { tp: 0, predicted: 0, gold: 0 };
    into.tp += score.tp;
    into.predicted += score.predicted;
    into.gold += score.gold;
    totals.set(part, into);
    if (quiet || !errorsMayShow(gold.report)) continue;
    const lines = quoteErrorLines(doc, gold);
    if (lines.length > 0) console.log(`${gold.report} [${part}] (${score.tp}/${score.predicted}/${score.gold})\n${lines.join('\n')}`);
  }
  for (const [name, t] of totals) {
    console.log(`tune-${name}  quotes P ${(t.tp / Math.max(1, t.predicted)).toFixed(3)} R ${(t.tp / t.gold).toFixed(3)} (${t.tp}/${t.predicted}/${t.gold})`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();

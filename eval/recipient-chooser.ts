/**
 * Measures a learned recipient chooser against the rules, on tune parts it was not trained on. For every
 * event the events stage keeps, the sides its sentence offers (`recipientCandidates`: each party with the
 * words around it, its distance from the trigger, its kind, whether the rules chose it; the rules' choice
 * from outside the sentence; none) are ranked by an averaged perceptron trained on the events of the
 * development parts (`old`, `newA`, `newB`, `newE`, `newF`) whose type and actor country a gold event of their
 * paragraph shares; the event's recipient becomes the best-ranked side. Each development part is scored by
 * a model trained on the other four, the validation parts (`newG`, `newH`) by one trained on all five —
 * never on them. Prints aggregates only (events P/R, tp/pred/gold, rules then chooser), never an error.
 * Test reports are never read. Nothing is written: the stage itself still keeps the rules' choice.
 *   node dist/eval/recipient-chooser.js [--epochs N]
 */
import { RankingPerceptron } from '../src/model/ranking-perceptron.js';
import { pathToFileURL } from 'node:url';
import type { Doc } from '../src/doc/doc.js';
import type { KhabarEvent } from '../src/stages/events/event-layer.js';
import { createEventsStage } from '../src/stages/events/events-stage.js';
import type { RecipientChoice } from '../src/stages/events/recipient-features.js';
import { loadLexicons } from '../src/lexicon/load.js';
import { analyze, createAnalyzer } from '../src/pipeline/analyze.js';
import { projectRoot } from '../scripts/lib/treebank.js';
import { readGold, scoreReport, type GoldReport, type Tally } from './report-eval.js';
import { type TunePart, tunePart } from './tune-parts.js';

const DEVELOPMENT: readonly TunePart[] = ['old', 'newA', 'newB', 'newE', 'newF'];
const VALIDATION: readonly TunePart[] = ['newG', 'newH'];

type Choice = RecipientChoice & { paragraph: number; start: number };
/** One kept event with the choice behind it and the recipient countries gold events of its paragraph, type and actor have. */
interface Item { event: KhabarEvent; choice?: Choice; wanted: Set<string | null> }
interface Report { gold: GoldReport; doc: Doc; part: TunePart; items: Item[] }

type Weights = Map<string, number>;

function score(weights: Weights, features: readonly string[]): number {
  let sum = 0;
  for (const feature of features) sum += weights.get(feature) ?? 0;
  return sum;
}

/** The best-scored candidate of a choice (the first on ties). */
function best(weights: Weights, choice: Choice, among = choice.candidates): Choice['candidates'][number] {
  let top = among[0];
  let topScore = -Infinity;
  for (const candidate of among) {
    const s = score(weights, candidate.features);
    if (s > topScore) [top, topScore] = [candidate, s];
  }
  return top;
}

/** An averaged perceptron over the items of `parts` with a gold recipient among their candidates; a fixed order per epoch. */
function train(reports: readonly Report[], parts: readonly TunePart[], epochs: number): Weights {
  const items = reports.filter((r) => parts.includes(r.part)).flatMap((r) => r.items).filter((i) => i.choice && i.choice.candidates.some((c) => i.wanted.has(c.country)));
  const ranker = new RankingPerceptron();
  for (let epoch = 0; epoch < epochs; epoch++) {
    // a fixed interleaving per epoch (every k-th item from an offset), so runs are reproducible
    const order = items.map((_, i) => (i * 7 + epoch * 13) % items.length);
    for (const index of order) {
      const { choice, wanted } = items[index];
      if (!choice) continue;
      const predicted = best(ranker.weights, choice);
      if (!wanted.has(predicted.country)) ranker.correct(best(ranker.weights, choice, choice.candidates.filter((c) => wanted.has(c.country))).features, predicted.features);
      ranker.step();
    }
  }
  return ranker.averaged();
}

/** Events P/R of a part with the rules' recipients, then with the chooser's. */
function evaluate(reports: readonly Report[], part: TunePart, weights: Weights): { rules: Tally; chooser: Tally } {
  const rules: Tally = { tp: 0, predicted: 0, gold: 0 };
  const chooser: Tally = { tp: 0, predicted: 0, gold: 0 };
  const add = (into: Tally, s: Tally): void => {
    into.tp += s.tp;
    into.predicted += s.predicted;
    into.gold += s.gold;
  };
  for (const report of reports.filter((r) => r.part === part)) {
    const kept = report.doc.layers.events;
    report.doc.layers.events = report.items.map((i) => i.event);
    add(rules, scoreReport(report.doc, report.gold).events);
    report.doc.layers.events = report.items.map(({ event, choice }) => {
      if (!choice) return event;
      const chosen = best(weights, choice);
      const { recipient: _recipient, ...rest } = event;
      return chosen.country ? { ...rest, recipient: { country: chosen.country } } : rest;
    });
    add(chooser, scoreReport(report.doc, report.gold).events);
    report.doc.layers.events = kept;
  }
  return { rules, chooser };
}

/** Every tune report but the test split, analysed, with each kept event's choice (the events stage run again with `candidates`). */
function readReports(): Report[] {
  const lexicons = loadLexicons();
  const patterns = lexicons.report?.eventPatterns;
  if (!patterns) throw new Error('recipient-chooser: the report data is missing (run from the project root with data/)');
  const pipeline = createAnalyzer(lexicons);
  const reports: Report[] = [];
  for (const { gold, text } of readGold(projectRoot()).filter(({ gold }) => gold.split === 'tune')) {
    const choices: Choice[] = [];
    const doc: Doc = { ...analyze(pipeline, text) };
    doc.layers = { ...doc.layers };
    createEventsStage(lexicons, patterns, { candidates: (c) => choices.push(c) }).run(doc);
    const used = new Set<number>();
    const items = ((doc.layers.events ?? []) as KhabarEvent[]).map((event): Item => {
      const k = choices.findIndex((c, i) => !used.has(i) && c.type === event.type && c.start === event.trigger.start
        && c.actorCountry === (event.actor?.country ?? null) && c.ruleCountry === (event.recipient?.country ?? null));
      if (k >= 0) used.add(k);
      const choice = k >= 0 ? choices[k] : undefined;
      const wanted = new Set(gold.events.filter((g) => choice && g.paragraph === choice.paragraph && g.type === choice.type && g.actor.country === choice.actorCountry).map((g) => g.recipient.country));
      return { event, choice, wanted };
    });
    reports.push({ gold, doc, part: tunePart(gold.report), items });
  }
  return reports;
}

function main(): void {
  const args = process.argv.slice(2);
  const epochs = args.includes('--epochs') ? Number(args[args.indexOf('--epochs') + 1]) : 10;
  const reports = readReports();
  const line = (t: Tally): string => `${(t.tp / Math.max(1, t.predicted)).toFixed(3)}/${(t.tp / Math.max(1, t.gold)).toFixed(3)} (${t.tp}/${t.predicted}/${t.gold})`;
  console.log('part   trained on                      events P/R rules                 events P/R chooser');
  for (const part of [...DEVELOPMENT, ...VALIDATION]) {
    const on = DEVELOPMENT.filter((p) => p !== part);
    const { rules, chooser } = evaluate(reports, part, train(reports, on, epochs));
    console.log(`${part.padEnd(6)} ${on.join(',').padEnd(31)} ${line(rules).padEnd(29)} ${line(chooser)}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();

/**
 * Trains the learned paragraph model of events (`src/stages/events/event-model.ts`) on the `tune`
 * split of our sample reports (examples/gold; the `test` split is never read) and writes
 * `data/events/event-model.txt`. Each report is analysed by the pipeline without the model (the
 * events it adds are not what it learns from); each paragraph gives one example per PLOVER type
 * (does the writer's gold tell an event of that type there?) and, per type it tells, one ranking of
 * (actor country, recipient country) pairs with the gold pairs as the right ones.
 *   node dist/scripts/train-events.js
 * Types: logistic regression, {@link TYPE_EPOCHS} passes of stochastic gradient in file order, rate
 * {@link TYPE_RATE} falling as 1/(1 + {@link RATE_DECAY}·pass), L2 {@link TYPE_L2}; a lemma feature seen in
 * fewer than {@link MIN_COUNT} training paragraphs is left out. The model keeps {@link THRESHOLD} (a type
 * becomes an event) and {@link FLOOR} (the pattern events of a type are dropped).
 * Sides: averaged perceptron, {@link SIDE_EPOCHS} passes. Deterministic: the same reports give the same file.
 * Then the judgement of each event (`data/events/event-judge.txt`, `scripts/train-event-judge.ts`) on the same paragraphs.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Doc } from '../src/doc/doc.js';
import { type GoldReport, paragraphOf, readGold } from '../eval/report-eval.js';
import { readLexiconFiles } from '../src/lexicon/load.js';
import { createLexicons, type Lexicons } from '../src/lexicon/lexicons.js';
import { analyze, createAnalyzer } from '../src/pipeline/analyze.js';
import type { Pipeline } from '../src/pipeline/pipeline.js';
import { sentenceView } from '../src/stages/clauses/sentence-view.js';
import { PLOVER_TYPES, type KhabarEvent } from '../src/stages/events/event-layer.js';
import { anchorOf, anchorPairFeatures, type EventModel, formatEventModel, LEMMA, pairCandidates, pairFeatures, typeFeatures } from '../src/stages/events/event-model.js';
import { type ParagraphFacts, paragraphFacts } from '../src/stages/events/paragraph-facts.js';
import { RankingPerceptron } from '../src/model/ranking-perceptron.js';
import { triggersRead } from '../src/stages/events/triggers-read.js';
import { projectRoot } from './lib/treebank.js';
import { formatEventJudge } from '../src/stages/events/event-judge.js';
import { tunePart } from '../eval/tune-parts.js';
import { JUDGE_EPOCHS, JUDGE_FOLDS, JUDGE_L2, JUDGE_ORDERS, JUDGE_RATE, outOfFoldRows, trainJudge } from './train-event-judge.js';

export const TYPE_EPOCHS = 25;
/** The type part's learning rate at pass `k` (from 0): `TYPE_RATE / (1 + RATE_DECAY·k)`. */
export const TYPE_RATE = 0.2;
export const RATE_DECAY = 0.1;
export const TYPE_L2 = 3e-4;
export const SIDE_EPOCHS = 6;
export const MIN_COUNT = 2;
/**
 * The probability at which a type becomes an event: with lemma pairs among the features, 0.4 kept the right events of
 * 0.45 without them at a better leave-one-writer-out F (0.45 and 0.5 gave a little more F and fewer right events).
 */
export const THRESHOLD = 0.4;
/** The probability below which the pattern events of a type are dropped (leave one writer out: 0.03–0.08 alike, 0.05 chosen). */
export const FLOOR = 0.05;
const HOME = 'IRN';

/** An event by what the evaluation compares: type, actor and recipient countries. */
export interface CodedEvent { type: string; actor: string | null; recipient: string | null }

/** One training paragraph: its facts, the gold events told in it and those the pattern table read there. */
export interface EventExample {
  report: string;
  facts: ParagraphFacts;
  gold: CodedEvent[];
  patterns: CodedEvent[];
  /** The pattern table's events of the paragraph (in `patterns` order), as the judge reads them. */
  events: KhabarEvent[];
}

/** A report analysed for training: its gold, the Doc (without learned events) and the `paragraph|type` of every trigger the table read. */
export interface AnalysedReport { gold: GoldReport; doc: Doc; read: string[] }

/** Reports analysed by `pipeline` (which must not add learned events), the triggers read found by running the events stage of `lexicons` again. */
export function analyseReports(pipeline: Pipeline, lexicons: Lexicons, reports: readonly { gold: GoldReport; text: string }[]): AnalysedReport[] {
  return reports.map(({ gold, text }) => {
    const doc = analyze(pipeline, text);
    return { gold, doc, read: [...triggersRead(doc, lexicons)] };
  });
}

/** The training examples of analysed reports: one per paragraph. */
export function examplesOf(reports: readonly AnalysedReport[]): EventExample[] {
  const out: EventExample[] = [];
  for (const { gold, doc, read } of reports) {
    const view = sentenceView(doc);
    const events = (doc.layers.events ?? []) as KhabarEvent[];
    const facts = paragraphFacts(view, events, new Set(read));
    for (const p of facts) {
      const told = gold.events.filter((g) => g.paragraph === p.index).map((g) => ({ type: g.type, actor: g.actor.country, recipient: g.recipient.country }));
      const inParagraph = events.filter((e) => paragraphOf(doc, e.trigger.start) === p.index);
      const found = inParagraph.map((e) => ({ type: e.type, actor: e.actor?.country ?? null, recipient: e.recipient?.country ?? null }));
      out.push({ report: gold.report, facts: p, gold: told, patterns: found, events: inParagraph });
    }
  }
  return out;
}

/** The training examples of reports, each analysed by `pipeline` (which must not add learned events). */
export function eventExamples(pipeline: Pipeline, lexicons: Lexicons, reports: readonly { gold: GoldReport; text: string }[]): EventExample[] {
  return examplesOf(analyseReports(pipeline, lexicons, reports));
}

/** Trains a model on examples (deterministic: examples in the order given). */
export function trainEventModel(examples: readonly EventExample[], threshold = THRESHOLD, floor = FLOOR): EventModel {
  const types = trainTypes(examples);
  return { threshold, floor, types, sides: trainSides(examples, types) };
}

/** The type part: per feature of {@link typeFeatures}, logistic weights, one per PLOVER type. */
export function trainTypes(examples: readonly EventExample[]): Map<string, Float64Array> {
  const n = PLOVER_TYPES.length;
  const count = new Map<string, number>();
  const featureLists = examples.map((e) => typeFeatures(e.facts));
  for (const features of featureLists) for (const f of features) count.set(f, (count.get(f) ?? 0) + 1);
  const ids = new Map<string, number>();
  const rows = featureLists.map((features) => Int32Array.from(features.filter((f) => !f.startsWith('l:') || (count.get(f) ?? 0) >= MIN_COUNT).map((f) => {
    let id = ids.get(f);
    if (id === undefined) ids.set(f, (id = ids.size));
    return id;
  })));
  const w = new Float64Array(ids.size * n);
  for (let epoch = 0; epoch < TYPE_EPOCHS; epoch++) {
    const rate = TYPE_RATE / (1 + RATE_DECAY * epoch);
    examples.forEach((example, e) => {
      const told = new Set(example.gold.map((g) => g.type));
      const row = rows[e];
      for (let t = 0; t < n; t++) {
        let s = 0;
        for (const f of row) s += w[f * n + t];
        const gradient = (told.has(PLOVER_TYPES[t]) ? 1 : 0) - 1 / (1 + Math.exp(-s));
        for (const f of row) w[f * n + t] += rate * (gradient - TYPE_L2 * w[f * n + t]);
      }
    });
  }
  const types = new Map<string, Float64Array>();
  for (const [f, id] of ids) types.set(f, w.slice(id * n, id * n + n));
  return types;
}

/** One ranking the side part learns from: the candidate pairs of a type a paragraph's gold tells, with their features and whether gold tells each. */
export interface SideChoice { features: string[][]; right: boolean[] }

/** An example's side choices without their anchor features, per type: built once and kept (the leave-one-writer-out check trains on each example many times). */
const choiceCache = new WeakMap<EventExample, (SideChoice & { type: string })[]>();

/**
 * The side choices of an example: per type its gold tells, the candidate pairs, those gold tells the right ones (none right:
 * no choice); with `types` (a type part's weights), each pair's features also in the sentence of the type's anchor word.
 */
export function sideChoices(example: EventExample, types?: ReadonlyMap<string, Float64Array>): SideChoice[] {
  const { facts, gold } = example;
  let choices = choiceCache.get(example);
  if (!choices) {
    choices = [];
    for (const type of new Set(gold.map((g) => g.type))) {
      const wanted = new Set(gold.filter((g) => g.type === type).map((g) => `${g.actor}>${g.recipient}`));
      const pairs = pairCandidates(facts, HOME);
      const right = pairs.map(([a, b]) => wanted.has(`${a}>${b}`));
      if (right.some(Boolean)) choices.push({ type, features: pairs.map(([a, b]) => pairFeatures(facts, type, a, b, HOME)), right });
    }
    choiceCache.set(example, choices);
  }
  if (!types) return choices;
  return choices.map(({ type, features, right }) => {
    const t = PLOVER_TYPES.indexOf(type as (typeof PLOVER_TYPES)[number]);
    const anchor = anchorOf(facts, (key) => types.get(`${LEMMA}${key}`)?.[t]);
    const pairs = pairCandidates(facts, HOME);
    return { features: features.map((f, i) => [...f, ...anchorPairFeatures(facts, type, pairs[i][0], pairs[i][1], anchor)]), right };
  });
}

/**
 * The side ranker: an averaged perceptron over {@link pairFeatures}, the gold pairs of a type the right answers; with `types`
 * (the type part's weights), a pair's features in the sentence the type's anchor word stands in too, as at run time.
 */
export function trainSides(examples: readonly EventExample[], types?: ReadonlyMap<string, Float64Array>): Map<string, number> {
  const ranker = new RankingPerceptron();
  const choices = examples.flatMap((e) => sideChoices(e, types));
  for (let epoch = 0; epoch < SIDE_EPOCHS; epoch++) {
    for (const { features, right } of choices) {
      const scores = features.map((f) => ranker.score(f));
      let best = 0;
      for (let i = 1; i < scores.length; i++) if (scores[i] > scores[best]) best = i;
      if (!right[best]) {
        let truth = -1;
        for (let i = 0; i < scores.length; i++) if (right[i] && (truth < 0 || scores[i] > scores[truth])) truth = i;
        ranker.correct(features[truth], features[best]);
      }
      ranker.step();
    }
  }
  return ranker.averaged();
}

/**
 * The tune reports analysed by the data files as they are now on disk (read afresh), without the learned
 * model. With `cache` (a file path; `KHABAR_EVENT_CACHE` in the scripts), the analysed reports are read from
 * it when it exists and written to it when not — a development aid: delete the file when the analysis changes.
 */
export function analysedTune(cache?: string): AnalysedReport[] {
  if (cache && existsSync(cache)) return readFileSync(cache, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as AnalysedReport);
  const lexicons = createLexicons(readLexiconFiles());
  const reports = analyseReports(createAnalyzer(lexicons, { learnedEvents: false }), lexicons, readGold(projectRoot()).filter((r) => r.gold.split === 'tune'));
  if (cache) writeFileSync(cache, reports.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return reports;
}

/** The tune reports' examples ({@link analysedTune}). */
export function tuneExamples(cache = process.env.KHABAR_EVENT_CACHE): EventExample[] {
  return examplesOf(analysedTune(cache));
}

export function buildEventModel(): string {
  const examples = tuneExamples();
  const model = trainEventModel(examples);
  const reports = new Set(examples.map((e) => e.report)).size;
  const notes = [
    `learned paragraph model of events: per PLOVER type logistic weights (${TYPE_EPOCHS} passes, rate ${TYPE_RATE}/(1+${RATE_DECAY}·pass), L2 ${TYPE_L2}, lemma features seen in ${MIN_COUNT}+ paragraphs) and an averaged-perceptron ranker of (actor, recipient) country pairs (${SIDE_EPOCHS} passes)`,
    `trained on ${examples.length} paragraphs of the ${reports} tune reports of examples/ (ours, MIT); made by scripts/train-events.ts`,
  ];
  const dir = join(projectRoot(), 'data', 'events');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'event-model.txt'), formatEventModel(model, notes));
  const rows = outOfFoldRows(examples, (e) => tunePart(e.report), (some) => trainEventModel(some)).flat();
  const judgeNotes = [
    `learned judgement of each event: logistic weights (${JUDGE_EPOCHS} passes in shuffled order, rate ${JUDGE_RATE}/(1+0.1·pass), L2 ${JUDGE_L2}, averaged over ${JUDGE_ORDERS} orders) over what an event and its paragraph show, right as the evaluation counts`,
    `trained on the ${rows.length} events kept in ${examples.length} paragraphs of the ${reports} tune reports of examples/ (ours, MIT), each read by a paragraph model trained on the other of ${JUDGE_FOLDS} folds of the tune parts; made by scripts/train-events.ts`,
  ];
  writeFileSync(join(dir, 'event-judge.txt'), formatEventJudge(trainJudge(rows), judgeNotes));
  return `data/events/event-model.txt and event-judge.txt (${examples.length} paragraphs of ${reports} reports)`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) console.log('wrote', buildEventModel());

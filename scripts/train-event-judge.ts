/**
 * Trains the judgement of each event (`src/stages/events/event-judge.ts`) on the `tune` split's paragraphs
 * (`scripts/train-events.ts` gives them and writes the file with the paragraph model): every event the
 * pipeline keeps in a paragraph — the pattern table's, less those of a type the paragraph model drops, and the
 * model's own — is one example, right when it matches a gold event of its paragraph as the evaluation counts
 * (type, actor and recipient country; one to one). The paragraph model an event's features read must not have
 * seen its report: the tune parts are split into {@link JUDGE_FOLDS} groups and each group's events are read by
 * a model trained on the others (out of fold), as the shipped model reads unseen text.
 * Logistic regression, {@link JUDGE_EPOCHS} passes of stochastic gradient in a shuffled order, rate {@link JUDGE_RATE}
 * falling as 1/(1 + 0.1·pass), L2 {@link JUDGE_L2}, weights averaged over {@link JUDGE_ORDERS} orders; a lemma feature seen
 * in fewer than 2 events is left out.
 */
import type { EventJudge } from '../src/stages/events/event-judge.js';
import { alternativeEvents, firstPairs, judgedEvent, paragraphJudgeFeatures } from '../src/stages/events/event-judge.js';
import type { EventModel } from '../src/stages/events/event-model.js';
import { modelReading } from '../src/stages/events/event-model-scoring.js';
import type { PloverType } from '../src/stages/events/event-layer.js';
import type { CodedEvent, EventExample } from './train-events.js';
import { shuffled } from './train-tagger.js';

export const JUDGE_EPOCHS = 40;
export const JUDGE_RATE = 0.1;
export const JUDGE_L2 = 1e-4;
export const JUDGE_FOLDS = 5;
/** How many runs in different orders the judge's weights are averaged over. */
export const JUDGE_ORDERS = 5;
/**
 * The probability below which the judge drops an event (leave one writer out, `eval/event-model-transfer.ts --judge`, at the
 * end of the nineteenth session: with the weights averaged over orders, F .677–.679 anywhere from 0.075 to 0.3, best at 0.2;
 * higher thresholds buy precision with recall, .80/.58 at 0.4).
 */
export const JUDGE_THRESHOLD = 0.2;
const HOME = 'IRN';

/** One event the pipeline keeps: its judge features, whether it is right, and what the evaluation compares. */
export interface JudgeRow { features: string[]; right: boolean; event: CodedEvent; alternativeOf?: number }

/** Per predicted event, whether it matches a gold event (each gold event matched at most once, the first unmatched prediction taken). */
export function rightEvents(predicted: readonly CodedEvent[], gold: readonly CodedEvent[]): boolean[] {
  const right = predicted.map(() => false);
  for (const g of gold) {
    const i = predicted.findIndex((e, j) => !right[j] && e.type === g.type && e.actor === g.actor && e.recipient === g.recipient);
    if (i >= 0) right[i] = true;
  }
  return right;
}

/** The events `model` keeps in the paragraph of `e` (the table's it does not drop, then its own), with their judge features and labels. */
export function judgeRows(model: EventModel, e: EventExample): JudgeRow[] {
  const reading = modelReading(model, e.facts, HOME);
  const kept = e.events.filter((x) => !reading.dropped.has(x.type));
  const judged = [
    ...kept.map((x) => judgedEvent(x, e.facts)),
    ...reading.picks.map(({ type, sides: [a, b] }) => judgedEvent({ type, actor: a === null ? undefined : { country: a }, recipient: b === null ? undefined : { country: b }, modality: 'asserted', inferred: true, trigger: { start: 0, end: 0, lemma: '' } }, e.facts, reading.anchors.get(type as PloverType))),
  ];
  const ranked = firstPairs(model, e.facts, HOME);
  const alternatives = alternativeEvents(e.facts, judged, ranked);
  judged.push(...alternatives.map((a) => a.event));
  const coded = judged.map((j) => ({ type: j.type, actor: j.actor, recipient: j.recipient }));
  const right = rightEvents(coded, e.gold);
  const features = paragraphJudgeFeatures(model, e.facts, judged, HOME, reading.probabilities, ranked);
  const first = judged.length - alternatives.length;
  return judged.map((_, i) => ({ features: features[i], right: right[i], event: coded[i], ...(i >= first ? { alternativeOf: alternatives[i - first].of } : {}) }));
}

/**
 * Per example, its judge rows read by a paragraph model that did not see it: the examples' groups (`groupOf`) are dealt
 * into `folds` folds in order of first appearance, and each fold read by `train` on the other folds.
 */
export function outOfFoldRows(examples: readonly EventExample[], groupOf: (e: EventExample) => string, train: (examples: readonly EventExample[]) => EventModel, folds = JUDGE_FOLDS): JudgeRow[][] {
  const groups = [...new Set(examples.map(groupOf))];
  const foldOf = new Map(groups.map((g, i) => [g, i % folds]));
  const rows: JudgeRow[][] = examples.map(() => []);
  for (let k = 0; k < folds; k++) {
    const model = train(examples.filter((e) => foldOf.get(groupOf(e)) !== k));
    examples.forEach((e, i) => {
      if (foldOf.get(groupOf(e)) === k) rows[i] = judgeRows(model, e);
    });
  }
  return rows;
}

/**
 * Logistic weights over the rows' features: {@link JUDGE_ORDERS} runs, each over the rows in its own fixed-seed shuffled
 * order every pass, their weights averaged (deterministic; the order of training alone moves what the judge drops).
 */
export function trainJudge(rows: readonly JudgeRow[], threshold = JUDGE_THRESHOLD, orders = JUDGE_ORDERS): EventJudge {
  const count = new Map<string, number>();
  for (const r of rows) for (const f of r.features) count.set(f, (count.get(f) ?? 0) + 1);
  const ids = new Map<string, number>();
  const examples = rows.map((r) => ({
    right: r.right,
    features: Int32Array.from(r.features.filter((f) => !f.startsWith('lem:') || (count.get(f) ?? 0) >= 2).map((f) => {
      let id = ids.get(f);
      if (id === undefined) ids.set(f, (id = ids.size));
      return id;
    })),
  }));
  const sum = new Float64Array(ids.size);
  for (let order = 0; order < orders; order++) {
    const w = trainOrder(examples, ids.size, order);
    for (let f = 0; f < sum.length; f++) sum[f] += w[f] / orders;
  }
  return { threshold, weights: new Map([...ids].map(([f, id]) => [f, sum[id]])) };
}

/** One run of {@link trainJudge}: stochastic gradient over `examples` (features by number) shuffled anew each pass by seeds of `order`. */
function trainOrder(examples: readonly { right: boolean; features: Int32Array }[], size: number, order: number): Float64Array {
  const w = new Float64Array(size);
  for (let epoch = 0; epoch < JUDGE_EPOCHS; epoch++) {
    const rate = JUDGE_RATE / (1 + 0.1 * epoch);
    for (const { right, features } of shuffled(examples, 7919 * (order + 1) + epoch)) {
      let s = 0;
      for (const f of features) s += w[f];
      const gradient = (right ? 1 : 0) - 1 / (1 + Math.exp(-s));
      for (const f of features) w[f] += rate * (gradient - JUDGE_L2 * w[f]);
    }
  }
  return w;
}

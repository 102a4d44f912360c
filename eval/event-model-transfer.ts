/**
 * How the learned paragraph model of events carries to writers it never saw: leave one writer out.
 * For each part of the tune split (`tune-parts.ts`: each blind writer's ten reports, and `old`), the
 * model is trained on the other parts and scored on that one, beside the pattern table alone; events
 * are right as `npm run eval` counts them (paragraph, type, actor and recipient country); with the model,
 * the pattern events of a type it finds below its floor in their paragraph are dropped, as the stage does.
 *   node dist/eval/event-model-transfer.js [--threshold 0.45] [--floor 0.05] [--parts] [--judge] [--folds N]
 * `--parts` prints each part's line. `--judge` adds the judgement of each event (`src/stages/events/event-judge.ts`) at
 * several thresholds: each paragraph's kept events are read by the model trained without its part, and the judge of a
 * part is trained on the other parts' events so read (their model saw the held-out part's gold, the judge did not).
 * `--folds N` holds out N groups of writers instead of each writer alone (the sorted part names dealt round the groups):
 * N trainings instead of one per part, for a quick check while developing; its figures are a little below the per-writer
 * ones, since each model sees a tenth less. The test split is never read.
 */
import { pathToFileURL } from 'node:url';
import { type CodedEvent, type EventExample, FLOOR, THRESHOLD, trainEventModel, tuneExamples } from '../scripts/train-events.js';
import { modelReading } from '../src/stages/events/event-model-scoring.js';
import { type EventJudge, judgeDecisions, judgeProbability } from '../src/stages/events/event-judge.js';
import type { EventModel } from '../src/stages/events/event-model.js';
import { type JudgeRow, judgeRows, rightEvents, trainJudge } from '../scripts/train-event-judge.js';
import { tunePart } from './tune-parts.js';
import type { PloverType } from '../src/stages/events/event-layer.js';

interface Tally { tp: number; predicted: number; gold: number }

/** Right events of `predicted` against `gold` (each gold event matched at most once). */
const matchEvents = (predicted: readonly CodedEvent[], gold: readonly CodedEvent[]): number => rightEvents(predicted, gold).filter(Boolean).length;

const line = (name: string, t: Tally): string =>
  `${name.padEnd(22)} P ${(t.tp / Math.max(1, t.predicted)).toFixed(3)} R ${(t.tp / Math.max(1, t.gold)).toFixed(3)} F ${((2 * t.tp) / Math.max(1, t.predicted + t.gold)).toFixed(3)} (${t.tp}/${t.predicted}/${t.gold})`;

/** A tune example's held-out unit: its part, or with `folds` the part's group when the sorted part names are dealt round `folds` groups. */
export function heldOutUnit(examples: readonly EventExample[], folds = 0): (e: EventExample) => string {
  if (folds <= 0) return (e) => tunePart(e.report);
  const parts = [...new Set(examples.map((e) => tunePart(e.report)))].sort();
  const group = new Map(parts.map((p, i) => [p, `fold${i % folds}`]));
  return (e) => group.get(tunePart(e.report)) ?? tunePart(e.report);
}

/**
 * Leave one part out: per tune part (or per held-out unit of `unitOf`), the paragraph model trained on the other parts (handed to `each` with the part as it is
 * made); with `withRows`, each example's judge rows (`judgeRows`) read by the model trained without its part — the out-of-fold
 * events a held-out part's judge is trained on ({@link judgeWithout}). Without it the rows are empty.
 */
export function leaveOnePartOut(examples: readonly EventExample[], threshold: number, floor: number, each: (part: string, model: EventModel) => void, withRows: boolean, unitOf = heldOutUnit(examples)): JudgeRow[][] {
  const partOf = unitOf;
  const rows: JudgeRow[][] = examples.map(() => []);
  for (const part of new Set(examples.map(partOf))) {
    const model = trainEventModel(examples.filter((e) => partOf(e) !== part), threshold, floor);
    each(part, model);
    if (withRows) examples.forEach((e, i) => { if (partOf(e) === part) rows[i] = judgeRows(model, e); });
  }
  return rows;
}

/** The judge of a held-out `part`: trained on the other parts' rows only (`rows` per example, as {@link leaveOnePartOut} gives them). */
export function judgeWithout(examples: readonly EventExample[], rows: readonly (readonly JudgeRow[])[], part: string, unitOf = heldOutUnit(examples)): EventJudge {
  return trainJudge(examples.flatMap((e, i) => (unitOf(e) === part ? [] : rows[i])));
}

/** Leave-one-part-out scores of the patterns alone, with the model at `threshold` and `floor`, and with the judge at each of `judgeThresholds`. */
export function eventModelTransfer(examples: readonly EventExample[], threshold: number, floor: number, perPart: (part: string, rules: Tally, model: Tally) => void = () => {}, judgeThresholds: readonly number[] = [], folds = 0): { rules: Tally; model: Tally; judged: Tally[] } {
  const partOf = heldOutUnit(examples, folds);
  const total = { rules: { tp: 0, predicted: 0, gold: 0 }, model: { tp: 0, predicted: 0, gold: 0 }, judged: judgeThresholds.map(() => ({ tp: 0, predicted: 0, gold: 0 })) };
  // each paragraph's kept events read by the model trained without its part: the judge's examples, out of fold
  const rows = leaveOnePartOut(examples, threshold, floor, (part, model) => {
    const rules = { tp: 0, predicted: 0, gold: 0 };
    const both = { tp: 0, predicted: 0, gold: 0 };
    for (const e of examples) {
      if (partOf(e) !== part) continue;
      const { picks, dropped } = modelReading(model, e.facts, 'IRN');
      const added = picks.map(({ type, sides }) => ({ type, actor: sides[0], recipient: sides[1] }));
      const all = [...e.patterns.filter((x) => !dropped.has(x.type as PloverType)), ...added];
      rules.tp += matchEvents(e.patterns, e.gold);
      rules.predicted += e.patterns.length;
      both.tp += matchEvents(all, e.gold);
      both.predicted += all.length;
      rules.gold += e.gold.length;
      both.gold += e.gold.length;
    }
    perPart(part, rules, both);
    for (const k of ['tp', 'predicted', 'gold'] as const) {
      total.rules[k] += rules[k];
      total.model[k] += both[k];
    }
  }, judgeThresholds.length > 0, partOf);
  if (judgeThresholds.length === 0) return total;
  // the judge of each part trained on the other parts' out-of-fold events, then each threshold's events of the part scored
  for (const part of new Set(examples.map(partOf))) {
    const judge = judgeWithout(examples, rows, part, partOf);
    examples.forEach((e, i) => {
      if (partOf(e) !== part) return;
      const p = rows[i].map((r) => judgeProbability(judge, r.features));
      judgeThresholds.forEach((t, k) => {
        const keep = judgeDecisions(p, rows[i].map((r) => r.alternativeOf), t);
        const kept = rows[i].filter((_, j) => keep[j]).map((r) => r.event);
        total.judged[k].tp += matchEvents(kept, e.gold);
        total.judged[k].predicted += kept.length;
        total.judged[k].gold += e.gold.length;
      });
    });
  }
  return total;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const option = (name: string, fallback: number): number => {
    const at = process.argv.indexOf(name);
    return at > 0 ? Number(process.argv[at + 1]) : fallback;
  };
  const threshold = option('--threshold', THRESHOLD);
  const floor = option('--floor', FLOOR);
  const examples = tuneExamples();
  const judgeThresholds = process.argv.includes('--judge') ? [0, 0.05, 0.075, 0.1, 0.125, 0.15, 0.2, 0.25, 0.3, 0.4] : [];
  const total = eventModelTransfer(examples, threshold, floor, (part, rules, model) => {
    if (process.argv.includes('--parts')) console.log(`${line(`${part} patterns`, rules)}   ${line('with model', model)}`);
  }, judgeThresholds, option('--folds', 0));
  const folds = option('--folds', 0);
  console.log(`Events, leave ${folds > 0 ? `one of ${folds} groups of writers` : 'one writer'} out (${examples.length} tune paragraphs; threshold ${threshold}, floor ${floor})`);
  console.log(line('patterns alone', total.rules));
  console.log(line('patterns + model', total.model));
  judgeThresholds.forEach((t, k) => console.log(line(`+ judge at ${t}`, total.judged[k])));
}

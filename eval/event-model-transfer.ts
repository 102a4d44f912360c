/**
 * How the learned paragraph model of events carries to writers it never saw: leave one writer out.
 * For each part of the tune split (`tune-parts.ts`: each blind writer's ten reports, and `old`), the
 * model is trained on the other parts and scored on that one, beside the pattern table alone; events
 * are right as `npm run eval` counts them (paragraph, type, actor and recipient country); with the model,
 * the pattern events of a type it finds below its floor in their paragraph are dropped, as the stage does.
 *   node dist/eval/event-model-transfer.js [--threshold 0.45] [--floor 0.05] [--parts]
 * `--parts` prints each part's line. The test split is never read.
 */
import { pathToFileURL } from 'node:url';
import { type CodedEvent, type EventExample, FLOOR, THRESHOLD, trainEventModel, tuneExamples } from '../scripts/train-events.js';
import { modelReading } from '../src/stages/events/event-model-scoring.js';
import { tunePart } from './tune-parts.js';
import type { PloverType } from '../src/stages/events/event-layer.js';

interface Tally { tp: number; predicted: number; gold: number }

/** Right events of `predicted` against `gold` (each gold event matched at most once). */
function matchEvents(predicted: readonly CodedEvent[], gold: readonly CodedEvent[]): number {
  const used = new Set<number>();
  let tp = 0;
  for (const g of gold) {
    const i = predicted.findIndex((e, j) => !used.has(j) && e.type === g.type && e.actor === g.actor && e.recipient === g.recipient);
    if (i >= 0) {
      used.add(i);
      tp++;
    }
  }
  return tp;
}

const line = (name: string, t: Tally): string =>
  `${name.padEnd(22)} P ${(t.tp / Math.max(1, t.predicted)).toFixed(3)} R ${(t.tp / Math.max(1, t.gold)).toFixed(3)} F ${((2 * t.tp) / Math.max(1, t.predicted + t.gold)).toFixed(3)} (${t.tp}/${t.predicted}/${t.gold})`;

/** Leave-one-part-out scores of the patterns alone and with the model at `threshold` and `floor`. */
export function eventModelTransfer(examples: readonly EventExample[], threshold: number, floor: number, perPart: (part: string, rules: Tally, model: Tally) => void = () => {}): { rules: Tally; model: Tally } {
  const partOf = (e: EventExample): string => tunePart(e.report);
  const parts = [...new Set(examples.map(partOf))];
  const total = { rules: { tp: 0, predicted: 0, gold: 0 }, model: { tp: 0, predicted: 0, gold: 0 } };
  for (const part of parts) {
    const model = trainEventModel(examples.filter((e) => partOf(e) !== part), threshold, floor);
    const rules = { tp: 0, predicted: 0, gold: 0 };
    const both = { tp: 0, predicted: 0, gold: 0 };
    for (const e of examples.filter((x) => partOf(x) === part)) {
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
  const total = eventModelTransfer(examples, threshold, floor, (part, rules, model) => {
    if (process.argv.includes('--parts')) console.log(`${line(`${part} patterns`, rules)}   ${line('with model', model)}`);
  });
  console.log(`Events, leave one writer out (${examples.length} tune paragraphs; threshold ${threshold}, floor ${floor})`);
  console.log(line('patterns alone', total.rules));
  console.log(line('patterns + model', total.model));
}

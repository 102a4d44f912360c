/**
 * A tune-only diagnostic of events: every gold event of a `tune` report that no prediction matched
 * and every prediction no gold event took, each with its paragraph, classified as
 *   - `missed`: nothing predicted in the paragraph comes near it and no trigger of its type was read there;
 *   - `lost`: nothing predicted comes near it, but a trigger of its type was read in its paragraph and
 *     its candidate dropped or coded with sides that matched nothing (an argument error, not coverage);
 *   - `type`: a prediction in the paragraph has both sides' countries but another PLOVER type;
 *   - `actor` / `recipient` / `sides`: a prediction of the right type whose actor's, recipient's or
 *     both countries differ;
 *   - `spurious`: a prediction left over.
 * Test reports are never read. Scores are given per part of the tune split (`tune-parts.ts`: the
 * older 35 reports and each blind writer's ten), so a change developed on one part's errors can be
 * checked on the others; the validation parts' errors are never printed.
 *   node dist/eval/event-errors.js [--part old|newA|newB|newE|newF] [--held-out newEE,newEF [--folds 10]] [--quiet] [--text] [--why]
 * `--held-out` (one part or several, by commas; it replaces `--part`) reads each listed part as a writer the learned events
 * never saw: its reports are analysed with a paragraph model and a judge trained without it exactly as leave one writer out
 * does (`event-model-transfer.ts --judge`: the model on the other parts; the judge on the other parts' events, each read by
 * the model trained without its own part), so the errors are those an unseen writer gets, not the shipped files' in-sample
 * ones. It trains one model per tune part once (a few minutes, whatever the number of parts listed); `KHABAR_EVENT_CACHE`
 * (see `scripts/train-events.ts`) keeps the tune analysis between runs.
 * With `--folds N` the writers are held out in the N groups of `event-model-transfer.js --folds N` (N trainings, not one per
 * part: quicker; each listed part is read by the model and judge of its group).
 * `--text` prints each paragraph (an event the learned model added is marked `(model)`); `--why`, under each `lost` event, the triggers of its type read in its
 * paragraph that gave no event (or a pair of their sides none) and why (`droppedTriggers`; an event the judge vetoed
 * shows its sides' countries: `the learned model's veto (LBN → ISR)`).
 */
import { pathToFileURL } from 'node:url';
import type { Doc } from '../src/doc/doc.js';
import type { EntityRecord } from '../src/stages/entities/entity-layers.js';
import type { KhabarEvent } from '../src/stages/events/event-layer.js';
import type { DroppedTrigger } from '../src/stages/events/events-stage.js';
import { loadLexicons } from '../src/lexicon/load.js';
import { droppedTriggers, triggersRead } from '../src/stages/events/triggers-read.js';
import { analyze, createAnalyzer } from '../src/pipeline/analyze.js';
import type { Pipeline } from '../src/pipeline/pipeline.js';
import type { Lexicons } from '../src/lexicon/lexicons.js';
import type { EventModel } from '../src/stages/events/event-model.js';
import type { EventJudge } from '../src/stages/events/event-judge.js';
import { FLOOR, THRESHOLD, tuneExamples } from '../scripts/train-events.js';
import { heldOutUnit, judgeWithout, leaveOnePartOut } from './event-model-transfer.js';
import { projectRoot } from '../scripts/lib/treebank.js';
import { readGold, scoreReport, type GoldReport } from './report-eval.js';
import { errorsMayShow, tunePart } from './tune-parts.js';

export type ErrorClass = 'missed' | 'lost' | 'type' | 'actor' | 'recipient' | 'sides' | 'spurious';

function paragraphOf(doc: Doc, offset: number): number {
  const paragraphs = doc.layers.paragraphs ?? [];
  const index = paragraphs.findIndex((p) => offset >= p.start && offset < p.end);
  return index < 0 ? paragraphs.length - 1 : index;
}

type GoldEvent = GoldReport['events'][number];

/** The class of a missed gold event given a leftover prediction of its paragraph (if any). */
function classify(g: GoldEvent, e: KhabarEvent | undefined, read: ReadonlySet<string>): ErrorClass {
  if (!e) return read.has(`${g.paragraph}|${g.type}`) ? 'lost' : 'missed';
  const actor = (e.actor?.country ?? null) === g.actor.country;
  const recipient = (e.recipient?.country ?? null) === g.recipient.country;
  if (e.type !== g.type) return 'type';
  return actor ? 'recipient' : recipient ? 'actor' : 'sides';
}

/** How close a leftover prediction is to a gold event: type counts most, then each side. */
function closeness(g: GoldEvent, e: KhabarEvent): number {
  const actor = (e.actor?.country ?? null) === g.actor.country ? 1 : 0;
  const recipient = (e.recipient?.country ?? null) === g.recipient.country ? 1 : 0;
  if (e.type === g.type) return 2 + actor + recipient;
  return actor && recipient ? 1 : 0;
}

export interface EventError { cls: ErrorClass; paragraph: number; line: string; type?: string }

/**
 * One tune report's event errors, classified (the same greedy matching as scoreReport first); `read`
 * holds `paragraph|type` of every trigger the stage read (see `triggersRead`), else every miss is `missed`.
 */
export function reportEventErrors(doc: Doc, gold: GoldReport, read: ReadonlySet<string> = new Set()): EventError[] {
  const events = (doc.layers.events ?? []) as KhabarEvent[];
  const entities = new Map(((doc.layers.entities ?? []) as EntityRecord[]).map((e) => [e.id, e]));
  const goldNames = new Map(gold.entities.map((e) => [e.id, e.canonical]));
  const paragraphs = events.map((e) => paragraphOf(doc, e.trigger.start));
  const used = new Set<number>();
  const missed: GoldEvent[] = [];
  for (const g of gold.events) {
    const i = events.findIndex((e, k) => !used.has(k) && paragraphs[k] === g.paragraph && closeness(g, e) === 4);
    if (i >= 0) used.add(i);
    else missed.push(g);
  }
  const side = (p: { entity?: string | null; country?: string | null } | undefined, names: Map<string, string>): string =>
    p ? `${p.country ?? '-'}${p.entity ? `(${names.get(p.entity) ?? p.entity})` : ''}` : '-';
  const predicted = (e: KhabarEvent): string => {
    const names = new Map([...entities].map(([id, r]) => [id, r.canonical]));
    return `${e.type} ${side(e.actor, names)} → ${side(e.recipient, names)} [${e.trigger.lemma}] ${e.modality}${e.inferred ? ' (model)' : ''}`;
  };
  const errors: EventError[] = [];
  for (const g of missed) {
    let best = -1;
    for (let k = 0; k < events.length; k++) {
      if (used.has(k) || paragraphs[k] !== g.paragraph || closeness(g, events[k]) === 0) continue;
      if (best < 0 || closeness(g, events[k]) > closeness(g, events[best])) best = k;
    }
    if (best >= 0) used.add(best);
    const cls = classify(g, best >= 0 ? events[best] : undefined, read);
    const wanted = `${g.type} ${side(g.actor, goldNames)} → ${side(g.recipient, goldNames)} ${g.modality}`;
    errors.push({ cls, paragraph: g.paragraph, type: g.type, line: `gold ${wanted}${best >= 0 ? `  | got ${predicted(events[best])}` : ''}` });
  }
  events.forEach((e, k) => {
    if (!used.has(k)) errors.push({ cls: 'spurious', paragraph: paragraphs[k], line: `pred ${predicted(e)}  «${doc.text.slice(e.trigger.start, e.trigger.end)}»` });
  });
  return errors.sort((a, b) => a.paragraph - b.paragraph);
}

/** `lexicons` with the learned events' paragraph model and judge replaced by `model` and `judge`. */
export function withLearnedEvents(lexicons: Lexicons, model: EventModel, judge: EventJudge): Lexicons {
  if (!lexicons.report) return lexicons;
  return { ...lexicons, report: { ...lexicons.report, eventModel: model, eventJudge: judge } };
}

/** Per held-out part, the lexicons (and their pipeline) whose model and judge never saw it (see the file's comment). */
function heldOutAnalyzers(lexicons: Lexicons, parts: readonly string[], folds: number): Map<string, { lexicons: Lexicons; pipeline: Pipeline }> {
  const examples = tuneExamples();
  const unitOf = heldOutUnit(examples, folds);
  const unitOfPart = new Map<string, string>(examples.map((e) => [tunePart(e.report), unitOf(e)]));
  const units = new Set(parts.map((p) => unitOfPart.get(p) ?? p));
  const models = new Map<string, EventModel>();
  const rows = leaveOnePartOut(examples, THRESHOLD, FLOOR, (unit, model) => { if (units.has(unit)) models.set(unit, model); }, true, unitOf);
  const out = new Map<string, { lexicons: Lexicons; pipeline: Pipeline }>();
  for (const [unit, model] of models) {
    const held = withLearnedEvents(lexicons, model, judgeWithout(examples, rows, unit, unitOf));
    const analyzer = { lexicons: held, pipeline: createAnalyzer(held) };
    for (const part of parts) if ((unitOfPart.get(part) ?? part) === unit) out.set(part, analyzer);
  }
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const heldOut = args.includes('--held-out') ? args[args.indexOf('--held-out') + 1].split(',') : undefined;
  const onlyPart = args.includes('--part') ? args[args.indexOf('--part') + 1] : undefined;
  const quiet = args.includes('--quiet');
  const withText = args.includes('--text');
  const why = args.includes('--why');
  const lexicons = loadLexicons();
  const shipped = { lexicons, pipeline: createAnalyzer(lexicons) };
  const folds = args.includes('--folds') ? Number(args[args.indexOf('--folds') + 1]) : 0;
  const analyzers = heldOut ? heldOutAnalyzers(lexicons, heldOut, folds) : undefined;
  const tune = readGold(projectRoot()).filter(({ gold }) => gold.split === 'tune'); // never look at the test part
  const totals = new Map<string, { tp: number; predicted: number; gold: number }>();
  const classes: Record<string, number> = {};
  const add = (name: string, s: { tp: number; predicted: number; gold: number }): void => {
    const t = totals.get(name) ?? { tp: 0, predicted: 0, gold: 0 };
    t.tp += s.tp;
    t.predicted += s.predicted;
    t.gold += s.gold;
    totals.set(name, t);
  };
  for (const { gold, text } of tune) {
    const part = tunePart(gold.report);
    if (heldOut ? !analyzers?.has(part) : onlyPart && part !== onlyPart) continue;
    const { lexicons: used, pipeline } = analyzers?.get(part) ?? shipped;
    const doc = analyze(pipeline, text);
    const score = scoreReport(doc, gold).events;
    add(part, score);
    add('all', score);
    if (!errorsMayShow(gold.report)) continue;
    const errors = reportEventErrors(doc, gold, triggersRead(doc, used));
    for (const e of errors) classes[e.cls] = (classes[e.cls] ?? 0) + 1;
    if (quiet || errors.length === 0) continue;
    console.log(`${gold.report} [${part}] (${score.tp}/${score.predicted}/${score.gold})`);
    const paragraphs = doc.layers.paragraphs ?? [];
    let shown = -1;
    let dropped: DroppedTrigger[] | undefined;
    const events = (doc.layers.events ?? []) as KhabarEvent[];
    for (const e of errors) {
      if (withText && e.paragraph !== shown) {
        const p = paragraphs[e.paragraph];
        if (p) console.log(`    ¶${e.paragraph} ${doc.text.slice(p.start, p.end)}`);
        shown = e.paragraph;
      }
      console.log(`  ${e.cls.padEnd(9)} p${e.paragraph} ${e.line}`);
      if (why && e.cls === 'lost') {
        dropped ??= droppedTriggers(doc, used);
        const drops = dropped.filter((d) => d.paragraph === e.paragraph && d.type === e.type);
        for (const d of drops) console.log(`              dropped «${doc.text.slice(d.start, d.end)}»: ${d.why}`);
        const made = events.filter((x) => x.type === e.type && paragraphOf(doc, x.trigger.start) === e.paragraph);
        for (const x of made) console.log(`              made ${x.actor?.country ?? '-'} → ${x.recipient?.country ?? '-'} «${doc.text.slice(x.trigger.start, x.trigger.end)}» (taken by another gold event)`);
      }
    }
  }
  console.log(`classes (validation parts left out): ${Object.entries(classes).sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ')}`);
  for (const [name, t] of [...totals].sort()) {
    console.log(`${name.padEnd(7)} events P ${(t.tp / Math.max(1, t.predicted)).toFixed(3)} R ${(t.tp / Math.max(1, t.gold)).toFixed(3)} (${t.tp}/${t.predicted}/${t.gold})`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();

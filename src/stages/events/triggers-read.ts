import type { Doc } from '../../doc/doc.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { createEventsStage, type DroppedTrigger } from './events-stage.js';

/**
 * `paragraph|type` of every trigger the events stage reads in an analysed Doc, an event kept of it or
 * not (the stage run again, without a model, on a copy of the Doc with a trace); empty without the
 * lexicons' event patterns. The events stage gathers the same set as it runs, for the learned model;
 * training and diagnostics read it from a Doc already analysed.
 * `نیروهای دو کشور ... حمله کردند` in paragraph 0 → `0|ASSAULT`.
 */
export function triggersRead(doc: Doc, lexicons: Lexicons): Set<string> {
  const read = new Set<string>();
  const patterns = lexicons.report?.eventPatterns;
  if (!patterns) return read;
  const copy: Doc = { ...doc, layers: { ...doc.layers } };
  createEventsStage(lexicons, patterns, { trace: (c) => read.add(`${c.paragraph}|${c.type}`) }).run(copy);
  return read;
}

/**
 * Every trigger the events stage reads in an analysed Doc, or one pair of its sides, that gave no event, and
 * why (the stage run again, with the learned model and its judge when the lexicons hold them, on a copy of the Doc).
 * `... را هدف قرار داد` whose attacker has no country → `{ type: 'ASSAULT', why: 'an attacker with no country', ... }`.
 */
export function droppedTriggers(doc: Doc, lexicons: Lexicons): DroppedTrigger[] {
  const dropped: DroppedTrigger[] = [];
  const report = lexicons.report;
  if (!report?.eventPatterns) return dropped;
  const copy: Doc = { ...doc, layers: { ...doc.layers } };
  createEventsStage(lexicons, report.eventPatterns, { ...(report.eventModel ? { model: report.eventModel, ...(report.eventJudge ? { judge: report.eventJudge } : {}) } : {}), dropped: (d) => dropped.push(d) }).run(copy);
  return dropped;
}

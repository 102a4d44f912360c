/**
 * Entity accuracy (../shared/design/EVALUATION.md, "Entities"):
 * - treebank: entity-level exact span match (first and last token and type), micro P/R/F1 over PER,
 *   LOC, ORG, on the held-out fifth of perdt-dev-ner.tsv (every 5th sentence; neither the entity
 *   tagger nor the POS tagger trains on it), tagged as `khabar tag --pretokenized` tags gold tokens.
 * - sample reports (examples/reports + examples/gold): the share of gold person mentions (names,
 *   roles, pronouns) linked to the right person, for the `tune` and `test` splits separately.
 *   node dist/eval/entity-eval.js [treebank|reports|all] [--verbose]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Doc } from '../src/doc/doc.js';
import type { Lexicons } from '../src/lexicon/lexicons.js';
import { loadLexicons } from '../src/lexicon/load.js';
import { analyze, createAnalyzer } from '../src/pipeline/analyze.js';
import { entityKey } from '../src/stages/entities/entity-key.js';
import { entityTable, type EntityWithMentions } from '../src/stages/entities/entity-layers.js';
import { createWordEntityTagger } from '../src/stages/entities/tag-words.js';
import { createMorphology } from '../src/stages/morph/morphology.js';
import { foldWord } from '../src/text/fold.js';
import { projectRoot } from '../scripts/lib/treebank.js';
import { isHeldOut, nameTags, nerDataPath, type NerSentence, readNerSentences } from '../scripts/train-ner.js';

/** A span of tokens `[first, last)` with a type. */
export interface TypedSpan {
  type: string;
  first: number;
  last: number;
}

/** The entities of an IOB sequence (an I- without a B- of its type opens one, as conlleval reads it). */
export function iobSpans(tags: readonly string[]): TypedSpan[] {
  const spans: TypedSpan[] = [];
  let open: TypedSpan | undefined;
  tags.forEach((tag, i) => {
    const type = tag.slice(2);
    if (open && (tag === 'O' || tag[0] === 'B' || open.type !== type)) open = undefined;
    if (tag === 'O') return;
    if (open) open.last = i + 1;
    else spans.push((open = { type, first: i, last: i + 1 }));
  });
  return spans;
}

/** True positives, false positives and false negatives, with P, R and F1. */
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 of counts (0 when undefined). */
export function prf({ tp, fp, fn }: Prf): { p: number; r: number; f: number } {
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** Exact-match counts per type (and `micro` over `types`) of predicted against gold IOB sequences. */
export function scoreEntities(gold: readonly string[][], predicted: readonly string[][], types: readonly string[]): Map<string, Prf> {
  const counts = new Map<string, Prf>([...types, 'micro'].map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  gold.forEach((tags, s) => {
    const key = (span: TypedSpan): string => `${span.type}:${span.first}:${span.last}`;
    const g = new Set(iobSpans(tags).filter((x) => types.includes(x.type)).map(key));
    const p = new Set(iobSpans(predicted[s]).filter((x) => types.includes(x.type)).map(key));
    for (const span of p) {
      const type = span.split(':')[0];
      const field = g.has(span) ? 'tp' : 'fp';
      (counts.get(type) as Prf)[field]++;
      (counts.get('micro') as Prf)[field]++;
    }
    for (const span of g) {
      if (p.has(span)) continue;
      (counts.get(span.split(':')[0]) as Prf).fn++;
      (counts.get('micro') as Prf).fn++;
    }
  });
  return counts;
}

/**
 * The IOB tags (PER/LOC/ORG) of each sentence as `khabar tag --pretokenized` gives them: POS from
 * the morphology lexicon when loaded, then the entity stage over the words.
 */
export function tagTreebank(lexicons: Lexicons, sentences: readonly NerSentence[]): { gold: string[][]; predicted: string[][] } {
  const tag = createWordEntityTagger(lexicons);
  const morphology = lexicons.morph ? createMorphology(lexicons) : undefined;
  const predicted = sentences.map((s) => {
    const pos = morphology?.analyzeSentence(s.tokens.map(foldWord)).map((a) => a.upos);
    return tag(s.tokens, pos).map((t) => (/-(PER|LOC|ORG)$/.test(t) ? t : 'O'));
  });
  return { gold: sentences.map((s) => nameTags(s.tags)), predicted };
}

/** Rows `type P R F1 (gold count)` for printing. */
export function formatEntityScores(title: string, counts: Map<string, Prf>): string {
  const rows = [title, 'type      P      R      F1     gold'];
  for (const [type, c] of counts) {
    const { p, r, f } = prf(c);
    rows.push(`${type.padEnd(8)}  ${p.toFixed(3)}  ${r.toFixed(3)}  ${f.toFixed(3)}  ${c.tp + c.fn}`);
  }
  return rows.join('\n');
}

/** One gold entity of a sample report (`examples/gold/*.json`). */
interface GoldEntity {
  id: string;
  type: string;
  canonical: string;
  mentions: string[];
}

interface GoldReport {
  report: string;
  split: 'tune' | 'test';
  published: string | null;
  entities: GoldEntity[];
}

const PRONOUNS = new Set(['وی', 'او', 'ایشان'].map(entityKey));
const tight = (text: string): string => entityKey(text).replace(/[\s«»"]/g, '');
const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}\u200c]/u.test(ch);

/** Gold person mentions found in the text: `[start, end)` and the gold entities that list that string. */
function goldOccurrences(text: string, people: readonly GoldEntity[]): { start: number; end: number; gold: Set<string> }[] {
  const found: { start: number; end: number; gold: Set<string> }[] = [];
  const strings = [...new Set(people.flatMap((p) => p.mentions))].sort((a, b) => b.length - a.length);
  const covered = new Uint8Array(text.length);
  for (const mention of strings) {
    for (let at = text.indexOf(mention); at >= 0; at = text.indexOf(mention, at + 1)) {
      const end = at + mention.length;
      if (isLetter(text[at - 1]) || isLetter(text[end]) || covered.subarray(at, end).some((c) => c === 1)) continue;
      covered.fill(1, at, end);
      found.push({ start: at, end, gold: new Set(people.filter((p) => p.mentions.includes(mention)).map((p) => p.id)) });
    }
  }
  return found;
}

/** Whether a predicted entity is this gold person: its canonical name or a non-pronoun mention is one of theirs. */
function samePerson(doc: Doc, entity: EntityWithMentions, gold: GoldEntity): boolean {
  const keys = new Set([gold.canonical, ...gold.mentions].map(tight).filter((k) => !PRONOUNS.has(k)));
  return keys.has(tight(entity.canonical)) || entity.mentions.some((m) => m.kind !== 'pronoun' && keys.has(tight(doc.text.slice(m.start, m.end))));
}

/** Linking accuracy on one report: gold person mentions linked to the right person. */
export function linkReport(doc: Doc, gold: Pick<GoldReport, 'report' | 'entities'>): { right: number; total: number; misses: string[] } {
  const people = gold.entities.filter((e) => e.type === 'PER');
  const table = entityTable(doc).filter((e) => e.type === 'PER');
  const byId = new Map(people.map((p) => [p.id, p]));
  let right = 0;
  const misses: string[] = [];
  const occurrences = goldOccurrences(doc.text, people);
  for (const occurrence of occurrences) {
    let best: { entity: EntityWithMentions; overlap: number } | undefined;
    for (const entity of table) {
      for (const m of entity.mentions) {
        const overlap = Math.min(m.end, occurrence.end) - Math.max(m.start, occurrence.start);
        if (overlap > 0 && (!best || overlap > best.overlap)) best = { entity, overlap };
      }
    }
    const ok = best !== undefined && [...occurrence.gold].some((id) => samePerson(doc, (best as { entity: EntityWithMentions }).entity, byId.get(id) as GoldEntity));
    if (ok) right++;
    else misses.push(`${gold.report}: «${doc.text.slice(occurrence.start, occurrence.end)}» → ${best ? best.entity.canonical : '(no mention)'} (gold ${[...occurrence.gold].map((id) => byId.get(id)?.canonical).join('/')})`);
  }
  return { right, total: occurrences.length, misses };
}

/** Person-mention linking accuracy on the sample reports, per split. */
export function evaluateReportLinking(lexicons: Lexicons, examplesDir = join(projectRoot(), 'examples')): Map<string, { right: number; total: number; reports: number; misses: string[] }> {
  const pipeline = createAnalyzer(lexicons);
  const result = new Map<string, { right: number; total: number; reports: number; misses: string[] }>();
  const goldDir = join(examplesDir, 'gold');
  if (!existsSync(goldDir)) return result;
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as GoldReport;
    const text = readFileSync(join(examplesDir, 'reports', gold.report), 'utf8');
    const doc = analyze(pipeline, text, gold.published ? { published: gold.published } : {});
    const score = linkReport(doc, gold);
    const split = result.get(gold.split) ?? { right: 0, total: 0, reports: 0, misses: [] };
    split.right += score.right;
    split.total += score.total;
    split.reports++;
    split.misses.push(...score.misses);
    result.set(gold.split, split);
  }
  return result;
}

/** The treebank part as printable lines, or a note when ../shared/data is absent. */
export function treebankEntityLines(lexicons: Lexicons): string[] {
  const path = nerDataPath();
  if (!path || !existsSync(path)) return ['entities: ../shared/data is not available; skipping the treebank part.'];
  const heldOut = readNerSentences(path).filter((_, i) => isHeldOut(i));
  const { gold, predicted } = tagTreebank(lexicons, heldOut);
  return [formatEntityScores(`Entities — PerDT dev NER, held-out fifth (${heldOut.length} sentences, every 5th; exact span and type; target micro F1 ≥ .90)`, scoreEntities(gold, predicted, ['PER', 'LOC', 'ORG']))];
}

/** The sample-report part as printable lines; `verbose` lists the misses of the tune split. */
export function reportLinkingLines(lexicons: Lexicons, verbose = false): string[] {
  const lines = ['Person mentions linked to the right person (names, roles, pronouns) — examples/gold; test = never tuned on (target ≥ .95)'];
  for (const [split, s] of evaluateReportLinking(lexicons)) {
    lines.push(`${split.padEnd(5)} ${s.right}/${s.total} = ${(s.right / Math.max(1, s.total)).toFixed(3)}  (${s.reports} reports)`);
    if (verbose && split === 'tune') lines.push(...s.misses.map((miss) => `  ${miss}`));
  }
  return lines;
}

function main(): void {
  const which = process.argv[2] ?? 'all';
  const lexicons = loadLexicons();
  if (which === 'all' || which === 'treebank') console.log([...treebankEntityLines(lexicons), ''].join('\n'));
  if (which === 'all' || which === 'reports') console.log(reportLinkingLines(lexicons, process.argv.includes('--verbose')).join('\n'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();

/**
 * Quotes, events and the source line on our annotated sample reports (examples/gold), scored as in
 * ../shared/design/EVALUATION.md: a predicted quote is right when it lies in a gold quote's
 * paragraph and its speaker is that quote's gold person (by canonical name or any mention); an
 * event when paragraph, PLOVER type, actor country and recipient country all match. Reported
 * separately for the `tune` and `test` splits (the test third is never used for tuning).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Doc } from '../src/doc/doc.js';
import { matchKey } from '../src/stages/clauses/match-key.js';
import type { EntityRecord, Mention } from '../src/stages/entities/entity-layers.js';
import type { KhabarEvent } from '../src/stages/events/event-layer.js';
import type { Quote } from '../src/stages/quotes/quote-layer.js';
import type { SourcePart } from '../src/stages/source/source-stage.js';

interface GoldEntity { id: string; type: string; canonical: string; mentions: string[] }
interface GoldQuote { paragraph: number; speaker: string; kind: string; cue: string; text: string }
interface GoldParty { entity: string | null; country: string | null }
interface GoldEvent { paragraph: number; type: string; actor: GoldParty; recipient: GoldParty; modality: string }
export interface GoldReport { report: string; split: 'tune' | 'test'; source: { agency: string; via: string[] }; entities: GoldEntity[]; quotes: GoldQuote[]; events: GoldEvent[] }

export interface Tally { tp: number; predicted: number; gold: number }
export interface ReportScores { quotes: Tally; events: Tally; agency: Tally; reports: number }

const empty = (): Tally => ({ tp: 0, predicted: 0, gold: 0 });

export function readGold(root: string): { gold: GoldReport; text: string }[] {
  const dir = join(root, 'examples', 'gold');
  return readdirSync(dir).filter((n) => n.endsWith('.json')).sort().map((name) => {
    const gold = JSON.parse(readFileSync(join(dir, name), 'utf8')) as GoldReport;
    return { gold, text: readFileSync(join(root, 'examples', 'reports', gold.report), 'utf8') };
  });
}

/** The index of the paragraph holding `offset` (the last paragraph when none does), as the scores place quotes and events. */
export function paragraphOf(doc: Doc, offset: number): number {
  const paragraphs = doc.layers.paragraphs ?? [];
  const index = paragraphs.findIndex((p) => offset >= p.start && offset < p.end);
  return index < 0 ? paragraphs.length - 1 : index;
}

/** Every name a predicted entity goes by in this Doc, as match keys. */
function predictedNames(doc: Doc): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  for (const entity of (doc.layers.entities ?? []) as EntityRecord[]) names.set(entity.id, new Set([matchKey(entity.canonical)]));
  for (const mention of (doc.layers.mentions ?? []) as Mention[]) {
    if (mention.kind === 'pronoun') continue;
    names.get(mention.entity)?.add(matchKey(doc.text.slice(mention.start, mention.end)));
  }
  return names;
}

function sameEntity(predicted: Set<string> | undefined, gold: GoldEntity | undefined): boolean {
  if (!predicted || !gold) return false;
  const goldNames = [gold.canonical, ...gold.mentions].map(matchKey);
  return goldNames.some((name) => predicted.has(name));
}

/** Scores one analysed report against its gold. */
export function scoreReport(doc: Doc, gold: GoldReport): ReportScores {
  const names = predictedNames(doc);
  const goldEntities = new Map(gold.entities.map((e) => [e.id, e]));
  const quotes = (doc.layers.quotes ?? []) as Quote[];
  const used = new Set<number>();
  let quoteTp = 0;
  for (const g of gold.quotes) {
    const match = quotes.findIndex((q, i) => !used.has(i) && paragraphOf(doc, q.start) === g.paragraph && q.speaker !== undefined && sameEntity(names.get(q.speaker), goldEntities.get(g.speaker)));
    if (match >= 0) {
      used.add(match);
      quoteTp++;
    }
  }
  const events = (doc.layers.events ?? []) as KhabarEvent[];
  const usedEvents = new Set<number>();
  let eventTp = 0;
  for (const g of gold.events) {
    const match = events.findIndex((e, i) => !usedEvents.has(i) && paragraphOf(doc, e.trigger.start) === g.paragraph && e.type === g.type
      && (e.actor?.country ?? null) === g.actor.country && (e.recipient?.country ?? null) === g.recipient.country);
    if (match >= 0) {
      usedEvents.add(match);
      eventTp++;
    }
  }
  const agency = ((doc.layers.source ?? []) as SourcePart[]).find((p) => p.role === 'agency');
  const agencyRight = agency !== undefined && matchKey(agency.name).includes(matchKey(gold.source.agency));
  return {
    quotes: { tp: quoteTp, predicted: quotes.length, gold: gold.quotes.length },
    events: { tp: eventTp, predicted: events.length, gold: gold.events.length },
    agency: { tp: agencyRight ? 1 : 0, predicted: agency ? 1 : 0, gold: 1 },
    reports: 1,
  };
}

export function addScores(a: ReportScores, b: ReportScores): ReportScores {
  const add = (x: Tally, y: Tally): Tally => ({ tp: x.tp + y.tp, predicted: x.predicted + y.predicted, gold: x.gold + y.gold });
  return { quotes: add(a.quotes, b.quotes), events: add(a.events, b.events), agency: add(a.agency, b.agency), reports: a.reports + b.reports };
}

export function emptyScores(): ReportScores {
  return { quotes: empty(), events: empty(), agency: empty(), reports: 0 };
}

export function formatReportScores(title: string, rows: [string, ReportScores][]): string {
  const pr = (t: Tally): string => `${(t.predicted ? t.tp / t.predicted : 0).toFixed(3)} ${(t.gold ? t.tp / t.gold : 0).toFixed(3)} (${t.tp}/${t.predicted}/${t.gold})`;
  const lines = [title, 'split   reports  quotes P R (tp/pred/gold)        events P R (tp/pred/gold)        agency P R'];
  for (const [name, s] of rows) lines.push(`${name.padEnd(7)} ${String(s.reports).padStart(7)}  ${pr(s.quotes).padEnd(30)} ${pr(s.events).padEnd(30)} ${pr(s.agency)}`);
  return lines.join('\n');
}

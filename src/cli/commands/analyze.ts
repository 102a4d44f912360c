import { type Command, InvalidArgumentError } from 'commander';
import { parsePublished, reportDate } from '../../corpus/ingest/persian-date.js';
import type { Doc, Span } from '../../doc/doc.js';
import { entityTable, type EntityWithMentions } from '../../stages/entities/entity-layers.js';
import type { EventParty, KhabarEvent } from '../../stages/events/event-layer.js';
import type { Quote } from '../../stages/quotes/quote-layer.js';
import type { SourcePart } from '../../stages/source/source-stage.js';
import type { Keyphrase } from '../../stages/summary/keyphrases.js';
import { loadLexicons } from '../../lexicon/load.js';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';
import { encodingOption, type InputOptions, MAX_DOCUMENT_BYTES } from '../options.js';
import { readText } from '../input.js';
import { write } from '../output.js';

const oneLine = (text: string, max = 140): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** A person or other entity as a reader wants it: name, type and what is known (`سرگئی لاوروف [PER] وزیر خارجه (RUS)`). */
function describeEntity(entity: EntityWithMentions): string {
  const { attributes: a } = entity;
  const parts = [`${entity.canonical} [${entity.type}${a.subtype ? `/${a.subtype}` : ''}]`];
  if (a.titles?.length) parts.push(a.titles.join(' '));
  if (a.ranks?.length) parts.push(a.ranks.join(' '));
  for (const role of a.roles ?? []) parts.push([role.role, role.organizationName, role.country && `(${role.country})`].filter(Boolean).join(' '));
  if (a.country && !a.roles?.length) parts.push(`(${a.country})`);
  if (a.value !== undefined) parts.push(`= ${a.value}${a.currency ? ` ${a.currency}` : ''}${a.calendar && a.native ? ` (${a.calendar} ${a.native})` : ''}`);
  const others = entity.mentions.length - 1;
  return others > 0 ? `${parts.join(' ')} — ${others} more mention${others > 1 ? 's' : ''}` : parts.join(' ');
}

/**
 * A readable account of an analysed report: counts; the source chain; people and other entities;
 * quotes with their speakers; events with actor → recipient (`(inferred)` after the type of one the learned
 * model added); keyphrases; the summary; messages.
 * Sections whose layer is missing or empty are left out.
 */
export function describeDoc(doc: Doc): string {
  const { paragraphs = [], sentences = [], tokens = [] } = doc.layers;
  const lines = [`${paragraphs.length} paragraphs, ${sentences.length} sentences, ${tokens.length} tokens`];
  const section = (title: string, rows: string[]): void => {
    if (rows.length > 0) lines.push('', `${title}:`, ...rows.map((row) => `  ${row}`));
  };
  const entities = entityTable(doc);
  const nameOf = new Map(entities.map((e) => [e.id, e.canonical]));
  const party = (p: EventParty | undefined): string => (p ? [p.entity && nameOf.get(p.entity), p.country, p.sector].filter(Boolean).join(' ') || '?' : '—');
  const source = (doc.layers.source ?? []) as SourcePart[];
  section('source', source.map((part) => `${part.role}: ${part.name}`));
  section('people', entities.filter((e) => e.type === 'PER').map(describeEntity));
  section('organizations and places', entities.filter((e) => e.type === 'ORG' || e.type === 'LOC' || e.type === 'MISC').map(describeEntity));
  section('dates and amounts', entities.filter((e) => e.type === 'DATE' || e.type === 'MONEY' || e.type === 'PERCENT').map(describeEntity));
  section('quotes', ((doc.layers.quotes ?? []) as Quote[]).map((q) => `${(q.speaker && nameOf.get(q.speaker)) ?? '?'} (${q.cue.lemma}, ${q.kind}): ${oneLine(doc.text.slice(q.start, q.end))}`));
  section('events', ((doc.layers.events ?? []) as KhabarEvent[]).map((e) => `${e.type}${e.inferred ? ' (inferred)' : ''} ${party(e.actor)} → ${party(e.recipient)}${e.modality === 'asserted' ? '' : ` [${e.modality}]`}: «${oneLine(doc.text.slice(e.trigger.start, e.trigger.end), 60)}»`));
  section('keyphrases', [((doc.layers.keyphrases ?? []) as Keyphrase[]).map((k) => k.text).join('، ')].filter(Boolean));
  section('summary', ((doc.layers.summary ?? []) as Span[]).map((s) => oneLine(doc.text.slice(s.start, s.end), 400)));
  if (!doc.layers.summary) section('sentences', sentences.map((sentence, i) => `${String(i + 1).padStart(3)}. ${oneLine(doc.text.slice(sentence.start, sentence.end), 400)}`));
  section('messages', doc.messages.map((m) => `${m.severity}: ${m.message} [${m.start ?? ''}-${m.end ?? ''}]`));
  return lines.join('\n') + '\n';
}

/** A `--published` value as ISO 8601 (ISO, RFC 822 or a Persian date such as `۱۴۰۴/۰۸/۱۲` or `۱۲ آبان ۱۴۰۴`). */
function publishedArgument(value: string): string {
  const iso = parsePublished(value);
  if (!iso) throw new InvalidArgumentError('expected a date: 2025-11-03, 1404/08/12, ۱۲ آبان ۱۴۰۴ or an RSS date');
  return iso;
}

/**
 * `khabar analyze [file] [--json] [--published date]`: the whole analysis of one report. Its date
 * is `--published`, else the first date in its opening (as ingest dates reports); with a date,
 * relative dates in the text (`دیروز`, `روز دوشنبه`, `سال گذشته`) resolve to ISO dates.
 */
export function registerAnalyze(program: Command): void {
  encodingOption(
    program
      .command('analyze')
      .description('analyse one report: the Doc as JSON (--json, with the original text) or a readable summary')
      .argument('[file]', 'input file (default: standard input)')
      .option('--json', 'print the Doc as JSON')
      .option('--published <date>', "the report's date (2025-11-03, 1404/08/12, ۱۲ آبان ۱۴۰۴): relative dates resolve against it", publishedArgument),
  ).action(async (file: string | undefined, flags: InputOptions & { json?: boolean; published?: string }) => {
    const text = await readText(file, flags.encoding, MAX_DOCUMENT_BYTES);
    const published = reportDate(text, flags.published);
    const doc = analyze(createAnalyzer(loadLexicons()), text, published ? { published } : {});
    await write(flags.json ? JSON.stringify(doc) + '\n' : describeDoc(doc));
  });
}

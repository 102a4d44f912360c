import { gzipSync } from 'node:zlib';
import type { Doc, Span, Token } from '../../doc/doc.js';
import { analyze } from '../../pipeline/analyze.js';
import type { Pipeline } from '../../pipeline/pipeline.js';
import { isSummaryStage } from '../../stages/summary/summary-stage.js';
import { reportTerms } from '../../stages/summary/word-weights.js';
import { bodyHash, contentHash } from '../dedup/content-hash.js';
import { lshBands, minhashSignature, shingleHashes, signatureToBytes } from '../dedup/minhash.js';
import { keyingPipeline } from '../search/query-keyer.js';
import { searchView } from '../search/search-view.js';
import { nameKey, searchKeys } from '../search/search-keys.js';
import { type CorpusEntityType, readEntities, readEvents, readQuotes } from './doc-layers.js';
import { reportDate } from './persian-date.js';
import type { RawReport } from './raw-report.js';

/** An entity of one report, ready to be merged into the corpus' entities. */
export interface PreparedEntity {
  localId: string;
  type: CorpusEntityType;
  canonical: string;
  key: string;
  aliases: { alias: string; key: string }[];
  roles: string[];
  country?: string;
  mentions: { start: number; end: number; kind: string }[];
}

/** A report analysed and reduced to what the store writes; structured-clone safe (crosses worker threads). */
export interface PreparedReport {
  contentHash: string;
  bodyHash: string;
  meta: Omit<RawReport, 'text'>;
  chars: number;
  tokens: number;
  /** The Doc as gzip-compressed JSON. */
  docGzip: Uint8Array;
  /** What search reads of the report (see `searchView`), gzip-compressed. */
  viewGzip: Uint8Array;
  /** Search keys, space-separated: title words, body surface forms in order, and further keys (lemmas, stems). */
  keys: { title: string; surface: string; extra: string };
  signature: Uint8Array;
  shingles: number;
  bands: number[];
  /**
   * The report's distinct content keys (`reportTerms`: what its keyphrases count), for the corpus's
   * document frequencies; absent when the pipeline has no summary stage (the report is then not counted).
   */
  terms?: string[];
  entities: PreparedEntity[];
  quotes: { start: number; end: number; text: string; speaker?: string; cue?: string; kind?: string }[];
  events: { start: number; end: number; evidence: string; type: string; actor?: string; recipient?: string; modality?: string; inferred?: boolean }[];
}

function tokenKeys(tokens: readonly Token[]): { surface: string[]; extra: string[] } {
  const surface: string[] = [];
  const extra: string[] = [];
  for (const token of tokens) {
    const keys = searchKeys(token);
    if (!keys) continue;
    surface.push(keys.surface);
    extra.push(...keys.extra);
  }
  return { surface, extra };
}

function prepareEntities(doc: Doc): PreparedEntity[] {
  return readEntities(doc).map((entity) => {
    const aliases = new Map<string, string>();
    const roles = new Set<string>();
    for (const mention of entity.mentions) {
      const surface = doc.text.slice(mention.start, mention.end).trim();
      if (mention.kind === 'role') roles.add(surface);
      else if (mention.kind !== 'pronoun' && nameKey(surface)) aliases.set(nameKey(surface), surface);
    }
    const role = entity.attributes.role;
    for (const value of Array.isArray(role) ? role : [role]) if (typeof value === 'string' && value) roles.add(value);
    const country = typeof entity.attributes.country === 'string' ? entity.attributes.country : undefined;
    return {
      localId: entity.id, type: entity.type, canonical: entity.canonical, key: nameKey(entity.canonical),
      aliases: [...aliases].map(([key, alias]) => ({ key, alias })), roles: [...roles], country, mentions: entity.mentions,
    };
  }).filter((entity) => entity.key !== '');
}

/** The reporting agency the source stage found (`layers.source`, role `agency`), if any. */
function agency(doc: Doc): string | undefined {
  const parts = doc.layers.source as (Span & { role?: unknown; name?: unknown })[] | undefined;
  const name = parts?.find((part) => part.role === 'agency')?.name;
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : undefined;
}

/**
 * Analyses one raw report with the pipeline and derives everything the store keeps: hashes, search
 * keys, the MinHash signature and its LSH bands, its terms (when the pipeline has the summary stage),
 * and the entities, quotes and events of the Doc's layers when they exist. A report without a
 * `published` date gets the first date written in its opening (`تهران - ۱۸ مهر ۱۴۰۳ - ...` →
 * `2024-10-09`); one without a `source`, the agency of the analysis' source layer (`به گزارش ایرنا،` →
 * `ایرنا`) when there is one.
 */
export function prepareReport(pipeline: Pipeline, raw: RawReport): PreparedReport {
  const { text, ...meta } = raw;
  const published = reportDate(text, meta.published);
  if (published) meta.published = published;
  const doc = analyze(pipeline, text, meta);
  const body = tokenKeys(doc.layers.tokens ?? []);
  const title = meta.title ? tokenKeys(analyze(keyingPipeline(pipeline), meta.title).layers.tokens ?? []) : { surface: [], extra: [] };
  meta.source ??= agency(doc);
  const shingles = shingleHashes(body.surface);
  const signature = minhashSignature(shingles);
  const summary = pipeline.stages.find(isSummaryStage);
  return {
    contentHash: contentHash(text),
    bodyHash: bodyHash(body.surface),
    meta,
    chars: text.length,
    tokens: doc.layers.tokens?.length ?? 0,
    docGzip: gzipSync(JSON.stringify(doc), { level: 1 }),
    viewGzip: searchView(text, doc.layers.tokens ?? [], doc.layers.sentences ?? []),
    keys: { title: [...title.surface, ...title.extra].join(' '), surface: body.surface.join(' '), extra: body.extra.join(' ') },
    signature: signatureToBytes(signature),
    shingles: shingles.length,
    bands: lshBands(signature),
    ...(summary ? { terms: reportTerms(doc.layers.tokens ?? [], summary.weights) } : {}),
    entities: prepareEntities(doc),
    quotes: readQuotes(doc).map((q) => ({ ...q, text: text.slice(q.start, q.end) })),
    events: readEvents(doc).map((e) => ({ ...e, evidence: text.slice(e.start, e.end) })),
  };
}

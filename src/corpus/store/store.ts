import type { Doc } from '../../doc/doc.js';
import type { DocumentFrequency } from '../../stages/summary/word-weights.js';
import type { PreparedReport } from '../ingest/prepare-report.js';
import type { RawReport } from '../ingest/raw-report.js';
import type { Snippet } from '../search/snippet.js';

/** A raw report claimed by a worker for analysis. */
export interface ClaimedJob {
  id: number;
  report: RawReport;
}

/** What saving one analysed report did. */
export interface SaveOutcome {
  /** `added`, or `duplicate` when a report with the same content hash was already stored (nothing changed). */
  status: 'added' | 'duplicate';
  id: number;
  /** The story cluster it joined, if any. */
  clusterId?: number;
}

/** A search request. Dates are ISO (`2024-10-09`), inclusive. */
export interface SearchRequest {
  query: string;
  limit?: number;
  offset?: number;
  from?: string;
  to?: string;
  /** Publishing agency or site, any spelling (`ایرنا`, `ايرنا`). */
  source?: string;
  /** Only reports mentioning this corpus entity (by name or alias). */
  entity?: string;
  /** Only reports with an event of this PLOVER type. */
  eventType?: string;
  /** Show one report per story cluster (default true). */
  collapse?: boolean;
}

/** One search result. */
export interface SearchHit {
  id: number;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  snippet: Snippet;
  /** Higher is better; comparable within one result list. */
  score: number;
  clusterId: number | null;
  /** Matching reports in its cluster (1 when not collapsed or not clustered). */
  copies: number;
}

/**
 * The result of a search: how many reports (or stories, when collapsed) match, and one page of hits.
 * A query matching more than `RANK_WINDOW` reports on SQLite is ranked among its newest matches and its
 * total is `estimated` (from the share of matches that pass the filters and collapse in that window).
 */
export interface SearchResult {
  total: number;
  estimated?: boolean;
  hits: SearchHit[];
}

/** A stored report with its Doc. */
export interface StoredReport {
  id: number;
  title: string | null;
  url: string | null;
  published: string | null;
  source: string | null;
  author: string | null;
  origin: string;
  clusterId: number | null;
  doc: Doc;
}

/** Corpus-wide counts, as `khabar stats --json` prints them. */
export interface CorpusStats {
  reports: number;
  entities: number;
  quotes: number;
  events: number;
  clusters: number;
}

/** Everything the corpus knows of one entity. */
export interface EntityProfile {
  id: number;
  type: string;
  canonical: string;
  country: string | null;
  aliases: { alias: string; count: number }[];
  roles: { role: string; first: string | null; last: string | null; reports: number }[];
  /** Mentions per day (`YYYY-MM-DD`; `unknown` for undated reports), in date order. */
  timeline: { date: string; mentions: number; reports: number }[];
  quotes: { reportId: number; published: string | null; text: string; cue: string | null; kind: string | null }[];
  coMentions: { id: number; canonical: string; type: string; reports: number }[];
  /** `inferred`: read by the learned paragraph model, not a trigger pattern. */
  events: { reportId: number; published: string | null; type: string; role: 'actor' | 'recipient'; other: string | null; modality: string | null; evidence: string; inferred: boolean }[];
}

/** A story cluster: the reports that republish one story, earliest (the origin) first. */
export interface StoryCluster {
  id: number;
  originReportId: number;
  reports: { id: number; title: string | null; source: string | null; published: string | null; similarity: number | null }[];
}

/** One event row with its actors' names, as exported. */
export interface StoredEvent {
  id: number;
  reportId: number;
  published: string | null;
  source: string | null;
  type: string;
  modality: string | null;
  actor: { name: string; country: string | null } | null;
  recipient: { name: string; country: string | null } | null;
  start: number;
  end: number;
  evidence: string;
  /** Read by the learned paragraph model, not a trigger pattern (false for events stored before schema 3 until `reindexEvents`). */
  inferred: boolean;
}

/**
 * The corpus store, the same on every backend (SQLite, PostgreSQL). Ingestion goes through a job
 * queue: `enqueue` raw reports (idempotent by content hash), `claim` a batch, analyse it, `save` each
 * result (one transaction per report: the report, its Doc, search index, clusters, term counts,
 * entities, quotes, events, and the job's removal commit together or not at all).
 */
export interface CorpusStore {
  readonly backend: 'sqlite' | 'postgres';
  /** Queues raw reports not already stored or queued. */
  enqueue(reports: readonly RawReport[]): Promise<{ queued: number; known: number }>;
  /** Claims up to `limit` pending jobs (and claims older than `leaseMs`) for `worker`. */
  claim(worker: string, limit: number, leaseMs?: number): Promise<ClaimedJob[]>;
  /** Returns jobs claimed by the given workers to the queue (workers known to be dead). */
  release(workers: readonly string[]): Promise<number>;
  /** Workers holding claimed jobs. */
  claimants(): Promise<string[]>;
  /** Marks a job failed with a reason; it stays in the queue, out of the way. */
  fail(jobId: number, reason: string): Promise<void>;
  /** Jobs waiting (pending or claimed) and failed. */
  queueSize(): Promise<{ waiting: number; failed: number }>;
  /** Saves analysed reports, each atomically; `jobIds[i]` is removed with `reports[i]`. */
  save(reports: readonly PreparedReport[], jobIds?: readonly (number | undefined)[]): Promise<(SaveOutcome | Error)[]>;
  search(request: SearchRequest): Promise<SearchResult>;
  report(id: number): Promise<StoredReport | undefined>;
  /** Reports in id order, after `afterId`, at most `limit`: for exports. */
  reports(afterId: number, limit: number): Promise<StoredReport[]>;
  /** Events in id order, after `afterId`, at most `limit`: for exports. */
  events(afterId: number, limit: number): Promise<StoredEvent[]>;
  /** A story cluster with its reports, origin first. */
  cluster(id: number): Promise<StoryCluster | undefined>;
  /** The entity a name or alias refers to (the most mentioned one when several do). */
  entity(name: string): Promise<EntityProfile | undefined>;
  stats(): Promise<CorpusStats>;
  /** How many reports the corpus's document frequencies count (every report saved with terms since schema version 2). */
  termReports(): Promise<number>;
  /**
   * The corpus's own document frequencies: the reports counted and, for each content key found in at
   * least `minReports` of them (default 1: every key), how many contain it.
   */
  termFrequency(minReports?: number): Promise<DocumentFrequency>;
  /**
   * Counts the stored reports the document frequencies lack (stored before schema version 2, or
   * analysed without keyphrases), each from its Doc with `termsOf` (`reportTerms` over its tokens).
   * Safe beside running ingests. Returns how many were counted.
   */
  countStoredTerms(termsOf: (doc: Doc) => readonly string[], onBatch?: (counted: number) => void): Promise<number>;
  /**
   * Reads from their Docs whether the events stored before schema version 3 were inferred by the
   * learned model (they read false until then). Safe beside running ingests; a rerun does nothing.
   * Returns how many events were marked inferred.
   */
  markStoredInferred(onBatch?: (marked: number) => void): Promise<number>;
  close(): Promise<void>;
}

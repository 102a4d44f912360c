import type { Generated } from 'kysely';

/** `reports`: one row per distinct report (by content hash), its metadata and duplicate-story data. */
export interface ReportsTable {
  id: Generated<number>;
  content_hash: string;
  body_hash: string;
  title: string | null;
  url: string | null;
  published: string | null;
  source: string | null;
  /** `nameKey(source)`, for filtering whatever the spelling. */
  source_key: string | null;
  author: string | null;
  origin: string;
  ingested_at: string;
  chars: number;
  tokens: number;
  cluster_id: number | null;
  /** Estimated similarity to the report it was clustered with (1 for an exact duplicate). */
  similarity: number | null;
  shingles: number;
  signature: Uint8Array;
  /** 1 when the report's terms are in `corpus_terms` (schema 2 on, analysed with keyphrases), else 0. */
  terms_counted: Generated<number>;
}

/** `report_docs`: the whole Doc of each report and its search view (`searchView`), gzip-compressed JSON. */
export interface ReportDocsTable {
  report_id: number;
  doc: Uint8Array;
  view: Uint8Array;
}

/** `report_bands`: LSH band keys of each report's MinHash signature. */
export interface ReportBandsTable {
  band: number;
  report_id: number;
}

/** `clusters`: stories republished by several reports; `origin_report_id` is the earliest. */
export interface ClustersTable {
  id: Generated<number>;
  origin_report_id: number;
  size: number;
}

/** `entities`: people, organizations, places merged across reports. */
export interface EntitiesTable {
  id: Generated<number>;
  type: string;
  canonical: string;
  key: string;
  country: string | null;
  mentions: number;
}

/** `entity_aliases`: every name an entity was written with. */
export interface EntityAliasesTable {
  entity_id: number;
  key: string;
  alias: string;
  count: number;
}

/** `entity_roles`: a role or title held, with the report (and so the date) it was seen in. */
export interface EntityRolesTable {
  entity_id: number;
  role: string;
  /** `nameKey(role)`, to find who held a role. */
  key: string;
  report_id: number;
}

/** `mentions`: where an entity is named in a report. */
export interface MentionsTable {
  report_id: number;
  entity_id: number;
  start_offset: number;
  end_offset: number;
  kind: string;
}

/** `quotes`: what was said, by whom (a corpus entity when resolved). */
export interface QuotesTable {
  id: Generated<number>;
  report_id: number;
  speaker_id: number | null;
  start_offset: number;
  end_offset: number;
  text: string;
  cue: string | null;
  kind: string | null;
}

/** `events`: who did what to whom, PLOVER type, with the evidence span. */
export interface EventsTable {
  id: Generated<number>;
  report_id: number;
  type: string;
  actor_id: number | null;
  recipient_id: number | null;
  modality: string | null;
  start_offset: number;
  end_offset: number;
  evidence: string;
  /**
   * 1 when the learned paragraph model read the event (`inferred` in the Doc), 0 for a pattern event.
   * Schema 3 on; events stored before it read 0 until `khabar reindex-events` reads their Docs.
   */
  inferred: Generated<number>;
}

/** `inferred_pending`: reports stored before schema 3 with events whose `inferred` flag is not yet read from their Doc. */
export interface InferredPendingTable {
  report_id: number;
}

/** `ingest_jobs`: raw reports waiting to be analysed; claimed by workers, deleted when saved. */
export interface IngestJobsTable {
  id: Generated<number>;
  content_hash: string;
  payload: string;
  status: 'pending' | 'claimed' | 'failed';
  worker: string | null;
  claimed_at: string | null;
  attempts: number;
  error: string | null;
  created_at: string;
}

/** `corpus_terms`: in how many counted reports each content key (`reportTerms`) occurs — the corpus's own document frequencies. */
export interface CorpusTermsTable {
  term: string;
  reports: number;
}

/** `corpus_terms_total`: one row (`id` 1), the number of reports `corpus_terms` counts. */
export interface CorpusTermsTotalTable {
  id: number;
  reports: number;
}

/** `khabar_schema`: the migrations applied. */
export interface SchemaTable {
  version: number;
  name: string;
  applied_at: string;
}

/** The corpus database, as Kysely sees it on every backend. */
export interface CorpusDatabase {
  reports: ReportsTable;
  report_docs: ReportDocsTable;
  report_bands: ReportBandsTable;
  clusters: ClustersTable;
  entities: EntitiesTable;
  entity_aliases: EntityAliasesTable;
  entity_roles: EntityRolesTable;
  mentions: MentionsTable;
  quotes: QuotesTable;
  events: EventsTable;
  inferred_pending: InferredPendingTable;
  ingest_jobs: IngestJobsTable;
  corpus_terms: CorpusTermsTable;
  corpus_terms_total: CorpusTermsTotalTable;
  khabar_schema: SchemaTable;
}

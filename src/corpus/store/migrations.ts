import type { Migration } from './dialect.js';

/** How a backend spells the column types and the search index the shared schema needs. */
export interface SchemaDialect {
  /** An auto-numbered integer primary key: `INTEGER PRIMARY KEY` / `SERIAL PRIMARY KEY`. */
  id: string;
  blob: string;
  real: string;
  bigint: string;
  /** Extra columns of `reports` (PostgreSQL: the tsvector). */
  reportColumns: string[];
  /** The search index and other backend-only objects of version 1. */
  searchIndex: string[];
  /** Table option for pure key tables (`WITHOUT ROWID` on SQLite). */
  keyTable: string;
}

/**
 * The corpus schema, version by version, for one backend. Never edit a released migration: add the
 * next version.
 */
export function corpusMigrations(d: SchemaDialect): Migration[] {
  return [
    {
      version: 1,
      name: 'reports, search, clusters, entities, quotes, events, jobs',
      statements: [
        `CREATE TABLE clusters (id ${d.id}, origin_report_id INTEGER NOT NULL, size INTEGER NOT NULL)`,
        `CREATE TABLE reports (id ${d.id}, content_hash TEXT NOT NULL UNIQUE, body_hash TEXT NOT NULL,
          title TEXT, url TEXT, published TEXT, source TEXT, source_key TEXT, author TEXT, origin TEXT NOT NULL,
          ingested_at TEXT NOT NULL, chars INTEGER NOT NULL, tokens INTEGER NOT NULL,
          cluster_id INTEGER REFERENCES clusters(id), similarity ${d.real}, shingles INTEGER NOT NULL,
          signature ${d.blob} NOT NULL${d.reportColumns.map((column) => `, ${column}`).join('')})`,
        `CREATE INDEX reports_body_hash ON reports(body_hash)`,
        `CREATE INDEX reports_published ON reports(published)`,
        `CREATE INDEX reports_source_key ON reports(source_key)`,
        `CREATE INDEX reports_cluster ON reports(cluster_id)`,
        `CREATE TABLE report_docs (report_id INTEGER PRIMARY KEY REFERENCES reports(id), doc ${d.blob} NOT NULL, view ${d.blob} NOT NULL)`,
        `CREATE TABLE report_bands (band ${d.bigint} NOT NULL, report_id INTEGER NOT NULL, PRIMARY KEY (band, report_id)) ${d.keyTable}`,
        `CREATE TABLE entities (id ${d.id}, type TEXT NOT NULL, canonical TEXT NOT NULL, key TEXT NOT NULL, country TEXT, mentions INTEGER NOT NULL DEFAULT 0, UNIQUE (type, key))`,
        `CREATE TABLE entity_aliases (entity_id INTEGER NOT NULL REFERENCES entities(id), key TEXT NOT NULL, alias TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (entity_id, key))`,
        `CREATE INDEX entity_aliases_key ON entity_aliases(key)`,
        `CREATE TABLE entity_roles (entity_id INTEGER NOT NULL REFERENCES entities(id), role TEXT NOT NULL, key TEXT NOT NULL, report_id INTEGER NOT NULL REFERENCES reports(id))`,
        `CREATE INDEX entity_roles_entity ON entity_roles(entity_id)`,
        `CREATE INDEX entity_roles_key ON entity_roles(key)`,
        `CREATE TABLE mentions (report_id INTEGER NOT NULL REFERENCES reports(id), entity_id INTEGER NOT NULL REFERENCES entities(id), start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, kind TEXT NOT NULL)`,
        `CREATE INDEX mentions_entity ON mentions(entity_id, report_id)`,
        `CREATE INDEX mentions_report ON mentions(report_id)`,
        `CREATE TABLE quotes (id ${d.id}, report_id INTEGER NOT NULL REFERENCES reports(id), speaker_id INTEGER REFERENCES entities(id), start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, text TEXT NOT NULL, cue TEXT, kind TEXT)`,
        `CREATE INDEX quotes_speaker ON quotes(speaker_id)`,
        `CREATE TABLE events (id ${d.id}, report_id INTEGER NOT NULL REFERENCES reports(id), type TEXT NOT NULL, actor_id INTEGER REFERENCES entities(id), recipient_id INTEGER REFERENCES entities(id), modality TEXT, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, evidence TEXT NOT NULL)`,
        `CREATE INDEX events_report ON events(report_id, type)`,
        `CREATE INDEX events_actor ON events(actor_id)`,
        `CREATE INDEX events_recipient ON events(recipient_id)`,
        `CREATE TABLE ingest_jobs (id ${d.id}, content_hash TEXT NOT NULL UNIQUE, payload TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'pending', worker TEXT, claimed_at TEXT, attempts INTEGER NOT NULL DEFAULT 0, error TEXT, created_at TEXT NOT NULL)`,
        `CREATE INDEX ingest_jobs_status ON ingest_jobs(status, id)`,
        ...d.searchIndex,
      ],
    },
    {
      version: 2,
      name: 'corpus document frequencies for keyphrases',
      statements: [
        `CREATE TABLE corpus_terms (term TEXT PRIMARY KEY, reports INTEGER NOT NULL) ${d.keyTable}`,
        `CREATE TABLE corpus_terms_total (id INTEGER PRIMARY KEY CHECK (id = 1), reports INTEGER NOT NULL)`,
        `INSERT INTO corpus_terms_total (id, reports) VALUES (1, 0)`,
        // reports stored before this version are not counted until `khabar reindex-terms` counts them from their Docs
        `ALTER TABLE reports ADD COLUMN terms_counted INTEGER NOT NULL DEFAULT 0`,
        `CREATE INDEX reports_terms_uncounted ON reports(id) WHERE terms_counted = 0`,
      ],
    },
    {
      version: 3,
      name: 'events the learned model inferred',
      statements: [
        // events stored before this version read 0 (not inferred) until `khabar reindex-events` reads the
        // flag from their reports' Docs; `inferred_pending` lists those reports, and nothing stored later
        `ALTER TABLE events ADD COLUMN inferred INTEGER NOT NULL DEFAULT 0`,
        `CREATE TABLE inferred_pending (report_id INTEGER PRIMARY KEY)`,
        `INSERT INTO inferred_pending (report_id) SELECT DISTINCT report_id FROM events`,
      ],
    },
  ];
}

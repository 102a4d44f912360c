import type { QueryKeyer } from '../../corpus/search/compile-query.js';
import type { CorpusDialect } from '../../corpus/store/dialect.js';
import type { EntitySummary } from '../schemas/entities.js';
import type { EventsFilter, EventsResponse, MatrixFilter, MatrixResponse } from '../schemas/events.js';
import type { ClusterResponse } from '../schemas/reports.js';
import type { FacetsResponse, SearchResponse } from '../schemas/search.js';
import { readEventMatrix, readEvents } from './read-events.js';
import { readFacets } from './read-facets.js';
import { readLatest } from './read-latest.js';
import { createCorpusCache } from './corpus-cache.js';
import { readCluster } from './read-cluster.js';
import { readEntityList } from './read-entity-list.js';
import { type ApiEntityProfile, readEntityProfile, resolveEntityId } from './read-entity-profile.js';

/** What a list of entities may be narrowed to. */
export interface EntityListFilter {
  q?: string;
  type?: string;
  limit: number;
  offset: number;
}

/**
 * Read queries the API needs beyond the corpus store's interface (entity profiles remembered until
 * the corpus changes), written once over the backend
 * dialect's typed query layer (the same SQL on SQLite and PostgreSQL).
 */
export interface CorpusReads {
  /** The profile of entity `id`, or undefined. */
  entityById(id: number): Promise<ApiEntityProfile | undefined>;
  /** The profile of the entity a name, alias or role refers to, in any spelling, or undefined. */
  entityByName(name: string): Promise<ApiEntityProfile | undefined>;
  /** Entities, most mentioned first; `q` matches the start of a name or alias in any spelling. */
  entities(filter: EntityListFilter): Promise<EntitySummary[]>;
  /** A story cluster and its reports, earliest first. */
  cluster(id: number): Promise<ClusterResponse | undefined>;
  /** Events matching the filters, in id order after `filter.after`. */
  events(filter: EventsFilter): Promise<EventsResponse>;
  /** Events counted by actor country and recipient country. */
  eventMatrix(filter: MatrixFilter): Promise<MatrixResponse>;
  /** The latest stories, one per cluster, newest first (a page of `limit` after `offset`). */
  latest(limit: number, offset: number): Promise<SearchResponse>;
  /** How the reports a query matches divide by source, month and entity. */
  facets(query: string): Promise<FacetsResponse>;
}

/** The {@link CorpusReads} of one opened corpus. */
export function createCorpusReads(dialect: CorpusDialect, keyer: QueryKeyer): CorpusReads {
  const profiles = createCorpusCache<number, ApiEntityProfile | undefined>(dialect);
  const profile = (id: number) => profiles.get(id, () => readEntityProfile(dialect, id));
  return {
    entityById: profile,
    async entityByName(name) {
      const id = await resolveEntityId(dialect, name);
      return id === undefined ? undefined : profile(id);
    },
    entities: (filter) => readEntityList(dialect, filter),
    cluster: (id) => readCluster(dialect, id),
    events: (filter) => readEvents(dialect, filter),
    eventMatrix: (filter) => readEventMatrix(dialect, filter),
    latest: (limit, offset) => readLatest(dialect, limit, offset),
    facets: (query) => readFacets(dialect, keyer, query),
  };
}

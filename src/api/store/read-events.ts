import type { ExpressionBuilder, Kysely, SelectQueryBuilder } from 'kysely';
import { nameKey } from '../../corpus/search/search-keys.js';
import type { CorpusDialect } from '../../corpus/store/dialect.js';
import type { CorpusDatabase } from '../../corpus/store/schema.js';
import type { EventsFilter, EventsResponse, MatrixFilter, MatrixResponse } from '../schemas/events.js';

/** Most cells of the country matrix. */
const MATRIX_CELLS = 400;

type EventTables = CorpusDatabase & { ev: CorpusDatabase['events']; r: CorpusDatabase['reports']; a: CorpusDatabase['entities']; t: CorpusDatabase['entities'] };

/** The end of an inclusive `to` date, whether `published` holds dates or timestamps. */
const endOf = (date: string): string => `${date}T99`;

/** Ids of the entities a name, alias or role refers to (any spelling). */
function entityIds(eb: ExpressionBuilder<EventTables, 'ev'>, name: string) {
  const key = nameKey(name);
  return eb.selectFrom('entities').select('id').where('key', '=', key)
    .union(eb.selectFrom('entity_aliases').select('entity_id as id').where('key', '=', key))
    .union(eb.selectFrom('entity_roles').select('entity_id as id').where('key', '=', key));
}

/** Narrows an events query joined with its report (`r`) and actors (`a`, `t`) by the filters given. */
function filtered<O>(query: SelectQueryBuilder<EventTables, 'ev' | 'r' | 'a' | 't', O>, filter: Partial<EventsFilter>): SelectQueryBuilder<EventTables, 'ev' | 'r' | 'a' | 't', O> {
  let q = query;
  if (filter.type) q = q.where('ev.type', '=', filter.type);
  if (filter.modality) q = q.where('ev.modality', '=', filter.modality);
  if (filter.from) q = q.where('r.published', '>=', filter.from);
  if (filter.to) q = q.where('r.published', '<', endOf(filter.to));
  if (filter.actorCountry) q = q.where('a.country', '=', filter.actorCountry);
  if (filter.recipientCountry) q = q.where('t.country', '=', filter.recipientCountry);
  const { country, entity } = filter;
  if (country) q = q.where((eb) => eb.or([eb('a.country', '=', country), eb('t.country', '=', country)]));
  if (entity) q = q.where((eb) => eb.or([eb('ev.actor_id', 'in', entityIds(eb, entity)), eb('ev.recipient_id', 'in', entityIds(eb, entity))]));
  return q;
}

function joined(dialect: CorpusDialect) {
  return (dialect.db as unknown as Kysely<EventTables>).selectFrom('events as ev')
    .innerJoin('reports as r', 'r.id', 'ev.report_id')
    .leftJoin('entities as a', 'a.id', 'ev.actor_id')
    .leftJoin('entities as t', 't.id', 'ev.recipient_id');
}

/** Events matching the filters, in id order after `filter.after`, with `next` when more follow. */
export async function readEvents(dialect: CorpusDialect, filter: EventsFilter): Promise<EventsResponse> {
  const rows = await filtered(joined(dialect).select([
    'ev.id', 'ev.report_id', 'r.published', 'r.source', 'ev.type', 'ev.modality', 'ev.start_offset', 'ev.end_offset', 'ev.evidence', 'ev.inferred',
    'a.id as actor_id', 'a.canonical as actor_name', 'a.country as actor_country',
    't.id as recipient_id', 't.canonical as recipient_name', 't.country as recipient_country',
  ]), filter).where('ev.id', '>', filter.after).orderBy('ev.id').limit(filter.limit + 1).execute();
  const page = rows.slice(0, filter.limit);
  const side = (id: number | null, name: string | null, country: string | null) => (id === null || name === null ? null : { id, name, country });
  return {
    events: page.map((row) => ({
      id: row.id, reportId: row.report_id, published: row.published, source: row.source, type: row.type, modality: row.modality,
      actor: side(row.actor_id, row.actor_name, row.actor_country), recipient: side(row.recipient_id, row.recipient_name, row.recipient_country),
      start: row.start_offset, end: row.end_offset, evidence: row.evidence, inferred: Number(row.inferred) === 1,
    })),
    next: rows.length > filter.limit ? page[page.length - 1].id : null,
  };
}

/** Events between countries: how many went from each actor country to each recipient country. */
export async function readEventMatrix(dialect: CorpusDialect, filter: MatrixFilter): Promise<MatrixResponse> {
  const rows = await filtered(joined(dialect).select((eb) => ['a.country as actor', 't.country as recipient', eb.fn.countAll<number>().as('count')]), filter)
    .where('a.country', 'is not', null).where('t.country', 'is not', null)
    .groupBy(['a.country', 't.country']).orderBy('count', 'desc').limit(MATRIX_CELLS).execute();
  return { cells: rows.map((row) => ({ actor: String(row.actor), recipient: String(row.recipient), count: Number(row.count) })) };
}

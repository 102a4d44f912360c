import { nameKey } from '../../corpus/search/search-keys.js';
import type { CorpusDialect } from '../../corpus/store/dialect.js';
import type { EntitySummary } from '../schemas/entities.js';
import type { EntityListFilter } from './corpus-reads.js';

/** Entities, most mentioned first, optionally of one type and starting with `q` (name or alias, any spelling). */
export async function readEntityList(dialect: CorpusDialect, filter: EntityListFilter): Promise<EntitySummary[]> {
  let query = dialect.db.selectFrom('entities').select(['id', 'type', 'canonical', 'country', 'mentions']);
  if (filter.type) query = query.where('type', '=', filter.type);
  const prefix = filter.q ? nameKey(filter.q) : '';
  if (prefix) {
    const end = prefix + '\uffff';
    query = query.where((eb) => eb.or([
      eb.and([eb('key', '>=', prefix), eb('key', '<', end)]),
      eb('id', 'in', eb.selectFrom('entity_aliases').select('entity_id').where('key', '>=', prefix).where('key', '<', end)),
    ]));
  }
  const rows = await query.orderBy('mentions', 'desc').orderBy('id').limit(filter.limit).offset(filter.offset).execute();
  return rows.map((row) => ({ ...row, mentions: Number(row.mentions) }));
}

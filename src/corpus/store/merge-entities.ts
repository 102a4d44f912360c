import type { Transaction } from 'kysely';
import type { PreparedEntity, PreparedReport } from '../ingest/prepare-report.js';
import { nameKey } from '../search/search-keys.js';
import type { CorpusDatabase } from './schema.js';

/**
 * The corpus entity a report's entity is: the one of the same type with the same name key, else the
 * most mentioned one of that type known under that key as an alias, else a new one.
 */
async function resolveEntity(trx: Transaction<CorpusDatabase>, entity: PreparedEntity): Promise<number> {
  const same = await trx.selectFrom('entities').select('id').where('type', '=', entity.type).where('key', '=', entity.key).executeTakeFirst();
  if (same) return same.id;
  const alias = await trx.selectFrom('entity_aliases').innerJoin('entities', 'entities.id', 'entity_aliases.entity_id')
    .select('entities.id').where('entity_aliases.key', '=', entity.key).where('entities.type', '=', entity.type)
    .orderBy('entities.mentions', 'desc').limit(1).executeTakeFirst();
  if (alias) return alias.id;
  const created = await trx.insertInto('entities').values({ type: entity.type, canonical: entity.canonical, key: entity.key, country: entity.country ?? null, mentions: 0 })
    .returning('id').executeTakeFirstOrThrow();
  return created.id;
}

/**
 * Merges a report's entities into the corpus and writes their mentions, aliases and roles, then its
 * quotes and events with speakers and actors mapped to corpus entity ids (null when unresolved), each
 * event with whether the learned model inferred it.
 */
export async function saveAnnotations(trx: Transaction<CorpusDatabase>, reportId: number, report: PreparedReport): Promise<void> {
  const ids = new Map<string, number>();
  for (const entity of report.entities) {
    const id = await resolveEntity(trx, entity);
    ids.set(entity.localId, id);
    await trx.updateTable('entities').set((eb) => ({ mentions: eb('mentions', '+', entity.mentions.length) })).where('id', '=', id).execute();
    if (entity.country) await trx.updateTable('entities').set({ country: entity.country }).where('id', '=', id).where('country', 'is', null).execute();
    const aliases = new Map([[entity.key, entity.canonical], ...entity.aliases.map((a) => [a.key, a.alias] as const)]);
    for (const [key, alias] of aliases) {
      await trx.insertInto('entity_aliases').values({ entity_id: id, key, alias, count: 1 })
        .onConflict((oc) => oc.columns(['entity_id', 'key']).doUpdateSet((eb) => ({ count: eb('entity_aliases.count', '+', 1) }))).execute();
    }
    if (entity.roles.length > 0) await trx.insertInto('entity_roles').values(entity.roles.map((role) => ({ entity_id: id, role, key: nameKey(role), report_id: reportId }))).execute();
    if (entity.mentions.length > 0) {
      await trx.insertInto('mentions').values(entity.mentions.map((m) => ({ report_id: reportId, entity_id: id, start_offset: m.start, end_offset: m.end, kind: m.kind }))).execute();
    }
  }
  const ref = (localId: string | undefined): number | null => (localId !== undefined ? (ids.get(localId) ?? null) : null);
  if (report.quotes.length > 0) {
    await trx.insertInto('quotes').values(report.quotes.map((q) => ({
      report_id: reportId, speaker_id: ref(q.speaker), start_offset: q.start, end_offset: q.end, text: q.text, cue: q.cue ?? null, kind: q.kind ?? null,
    }))).execute();
  }
  if (report.events.length > 0) {
    await trx.insertInto('events').values(report.events.map((e) => ({
      report_id: reportId, type: e.type, actor_id: ref(e.actor), recipient_id: ref(e.recipient), modality: e.modality ?? null,
      start_offset: e.start, end_offset: e.end, evidence: e.evidence, inferred: e.inferred ? 1 : 0,
    }))).execute();
  }
}

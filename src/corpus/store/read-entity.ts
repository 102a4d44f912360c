import { sql } from 'kysely';
import { nameKey } from '../search/search-keys.js';
import type { CorpusDialect } from './dialect.js';
import type { EntityProfile } from './store.js';

/** Most quotes, events and co-mentioned entities in a profile. */
const PROFILE_ITEMS = 50;

/** An entity's event as SQL gives it: `inferred` the stored 0 or 1. */
export type EntityEventRow = Omit<EntityProfile['events'][number], 'inferred'> & { inferred: number };

/** A profile's events from their rows, `inferred` as a boolean. */
export function entityEvents(rows: readonly EntityEventRow[]): EntityProfile['events'] {
  return rows.map((row) => ({ ...row, inferred: Number(row.inferred) === 1 }));
}

/**
 * The profile of the entity a name refers to — by its canonical name or any alias, any spelling,
 * choosing the most mentioned when several do; else by a role it held (`وزیر خارجه ترکیه`), the
 * latest holder: aliases, roles with the first and last date seen,
 * mentions per day, quotes by it, entities named in the same reports, and events as actor or recipient.
 */
export async function readEntity(dialect: CorpusDialect, name: string): Promise<EntityProfile | undefined> {
  const key = nameKey(name);
  if (key === '') return undefined;
  const { db } = dialect;
  const byName = await db.selectFrom('entities').selectAll()
    .where((eb) => eb.or([eb('key', '=', key), eb('id', 'in', eb.selectFrom('entity_aliases').select('entity_id').where('key', '=', key))]))
    .orderBy('mentions', 'desc').orderBy('id').limit(1).executeTakeFirst();
  // else whoever held that role most recently
  const entity = byName ?? await db.selectFrom('entity_roles').innerJoin('entities', 'entities.id', 'entity_roles.entity_id')
    .innerJoin('reports', 'reports.id', 'entity_roles.report_id').selectAll('entities').where('entity_roles.key', '=', key)
    .orderBy('reports.published', 'desc').orderBy('entities.mentions', 'desc').limit(1).executeTakeFirst();
  if (!entity) return undefined;
  const id = entity.id;
  const aliases = await db.selectFrom('entity_aliases').select(['alias', 'count']).where('entity_id', '=', id).orderBy('count', 'desc').orderBy('alias').execute();
  const roles = await sql<{ role: string; first: string | null; last: string | null; reports: number }>`
    SELECT er.role, MIN(r.published) AS first, MAX(r.published) AS last, CAST(COUNT(DISTINCT er.report_id) AS INTEGER) AS reports
    FROM entity_roles er JOIN reports r ON r.id = er.report_id WHERE er.entity_id = ${id} GROUP BY er.role ORDER BY MIN(r.published), er.role`.execute(db);
  const timeline = await sql<{ date: string; mentions: number; reports: number }>`
    SELECT COALESCE(SUBSTR(r.published, 1, 10), 'unknown') AS date, CAST(COUNT(*) AS INTEGER) AS mentions, CAST(COUNT(DISTINCT r.id) AS INTEGER) AS reports
    FROM mentions m JOIN reports r ON r.id = m.report_id WHERE m.entity_id = ${id} GROUP BY COALESCE(SUBSTR(r.published, 1, 10), 'unknown') ORDER BY date`.execute(db);
  const quotes = await db.selectFrom('quotes').innerJoin('reports', 'reports.id', 'quotes.report_id')
    .select(['quotes.report_id as reportId', 'reports.published', 'quotes.text', 'quotes.cue', 'quotes.kind'])
    .where('speaker_id', '=', id).orderBy('reports.published').orderBy('quotes.id').limit(PROFILE_ITEMS).execute();
  const coMentions = await sql<{ id: number; canonical: string; type: string; reports: number }>`
    SELECT e.id, e.canonical, e.type, CAST(COUNT(DISTINCT o.report_id) AS INTEGER) AS reports
    FROM (SELECT DISTINCT report_id FROM mentions WHERE entity_id = ${id}) mine
    JOIN mentions o ON o.report_id = mine.report_id AND o.entity_id <> ${id} JOIN entities e ON e.id = o.entity_id
    GROUP BY e.id, e.canonical, e.type ORDER BY reports DESC, e.id LIMIT ${PROFILE_ITEMS}`.execute(db);
  const events = await sql<EntityEventRow>`
    SELECT ev.report_id AS "reportId", r.published, ev.type, CASE WHEN ev.actor_id = ${id} THEN 'actor' ELSE 'recipient' END AS role,
      o.canonical AS other, ev.modality, ev.evidence, ev.inferred
    FROM events ev JOIN reports r ON r.id = ev.report_id
    LEFT JOIN entities o ON o.id = CASE WHEN ev.actor_id = ${id} THEN ev.recipient_id ELSE ev.actor_id END
    WHERE ev.actor_id = ${id} OR ev.recipient_id = ${id} ORDER BY r.published, ev.id LIMIT ${PROFILE_ITEMS}`.execute(db);
  return {
    id, type: entity.type, canonical: entity.canonical, country: entity.country,
    aliases: aliases.map((a) => ({ alias: a.alias, count: Number(a.count) })),
    roles: roles.rows.map((r) => ({ ...r, reports: Number(r.reports) })),
    timeline: timeline.rows.map((t) => ({ ...t, mentions: Number(t.mentions), reports: Number(t.reports) })),
    quotes, coMentions: coMentions.rows.map((c) => ({ ...c, reports: Number(c.reports) })), events: entityEvents(events.rows),
  };
}

import { sql } from 'kysely';
import { nameKey } from '../../corpus/search/search-keys.js';
import type { CorpusDialect } from '../../corpus/store/dialect.js';
import { entityEvents, type EntityEventRow } from '../../corpus/store/read-entity.js';
import type { EntityProfile } from '../../corpus/store/store.js';

/** Most quotes, events and co-mentioned entities in a profile. */
const PROFILE_ITEMS = 50;

/** Co-mentions are counted over the entity's latest reports, at most this many, so a page costs the same however famous its entity. */
export const CO_MENTION_REPORTS = 500;

/** An entity profile as the API gives it: with how many of its reports its co-mentions were counted in. */
export type ApiEntityProfile = EntityProfile & { coMentionReports: number };

/**
 * The entity a name refers to, as the corpus store resolves names: its canonical name or an alias in
 * any spelling (the most mentioned when several match), else the latest holder of a role
 * (`وزیر خارجه ترکیه`). Undefined when none does.
 */
export async function resolveEntityId(dialect: CorpusDialect, name: string): Promise<number | undefined> {
  const key = nameKey(name);
  if (key === '') return undefined;
  const { db } = dialect;
  const byName = await db.selectFrom('entities').select('id')
    .where((eb) => eb.or([eb('key', '=', key), eb('id', 'in', eb.selectFrom('entity_aliases').select('entity_id').where('key', '=', key))]))
    .orderBy('mentions', 'desc').orderBy('id').limit(1).executeTakeFirst();
  if (byName) return byName.id;
  const byRole = await db.selectFrom('entity_roles').innerJoin('reports', 'reports.id', 'entity_roles.report_id')
    .innerJoin('entities', 'entities.id', 'entity_roles.entity_id').select('entities.id').where('entity_roles.key', '=', key)
    .orderBy('reports.published', 'desc').orderBy('entities.mentions', 'desc').limit(1).executeTakeFirst();
  return byRole?.id;
}

/**
 * Everything the corpus knows of entity `id`: aliases, roles with the first and last date seen,
 * mentions per day, its latest quotes and events, and the entities named with it in its latest
 * {@link CO_MENTION_REPORTS} reports. Undefined for an unknown id.
 */
export async function readEntityProfile(dialect: CorpusDialect, id: number): Promise<ApiEntityProfile | undefined> {
  const { db } = dialect;
  const entity = await db.selectFrom('entities').select(['id', 'type', 'canonical', 'country']).where('id', '=', id).executeTakeFirst();
  if (!entity) return undefined;
  const aliases = await db.selectFrom('entity_aliases').select(['alias', 'count']).where('entity_id', '=', id).orderBy('count', 'desc').orderBy('alias').execute();
  const roles = await sql<{ role: string; first: string | null; last: string | null; reports: number }>`
    SELECT er.role, MIN(r.published) AS first, MAX(r.published) AS last, COUNT(DISTINCT er.report_id) AS reports
    FROM entity_roles er JOIN reports r ON r.id = er.report_id WHERE er.entity_id = ${id} GROUP BY er.role ORDER BY MIN(r.published), er.role`.execute(db);
  // mentions counted per report first (in index order), so that each report's date is looked up once
  const timeline = await sql<{ date: string; mentions: number; reports: number }>`
    SELECT COALESCE(SUBSTR(r.published, 1, 10), 'unknown') AS date, SUM(per.n) AS mentions, COUNT(*) AS reports
    FROM (SELECT report_id, COUNT(*) AS n FROM mentions WHERE entity_id = ${id} GROUP BY report_id) per JOIN reports r ON r.id = per.report_id
    GROUP BY COALESCE(SUBSTR(r.published, 1, 10), 'unknown') ORDER BY date`.execute(db);
  const latest = sql`SELECT DISTINCT report_id FROM mentions WHERE entity_id = ${id} ORDER BY report_id DESC LIMIT ${CO_MENTION_REPORTS}`;
  const window = await sql<{ n: number }>`SELECT COUNT(*) AS n FROM (${latest}) w`.execute(db);
  const coMentions = await sql<{ id: number; canonical: string; type: string; reports: number }>`
    SELECT e.id, e.canonical, e.type, COUNT(DISTINCT o.report_id) AS reports
    FROM (${latest}) mine JOIN mentions o ON o.report_id = mine.report_id AND o.entity_id <> ${id} JOIN entities e ON e.id = o.entity_id
    GROUP BY e.id, e.canonical, e.type ORDER BY reports DESC, e.id LIMIT ${PROFILE_ITEMS}`.execute(db);
  const quotes = await db.selectFrom('quotes').innerJoin('reports', 'reports.id', 'quotes.report_id')
    .select(['quotes.report_id as reportId', 'reports.published', 'quotes.text', 'quotes.cue', 'quotes.kind'])
    .where('speaker_id', '=', id).orderBy('quotes.report_id', 'desc').orderBy('quotes.id', 'desc').limit(PROFILE_ITEMS).execute();
  const events = await sql<EntityEventRow>`
    SELECT ev.report_id AS "reportId", r.published, ev.type, CASE WHEN ev.actor_id = ${id} THEN 'actor' ELSE 'recipient' END AS role,
      o.canonical AS other, ev.modality, ev.evidence, ev.inferred
    FROM events ev JOIN reports r ON r.id = ev.report_id
    LEFT JOIN entities o ON o.id = CASE WHEN ev.actor_id = ${id} THEN ev.recipient_id ELSE ev.actor_id END
    WHERE ev.id IN (SELECT id FROM events WHERE actor_id = ${id} UNION SELECT id FROM events WHERE recipient_id = ${id}) ORDER BY ev.id DESC LIMIT ${PROFILE_ITEMS}`.execute(db);
  const count = (n: unknown): number => Number(n);
  return {
    ...entity,
    aliases: aliases.map((a) => ({ alias: a.alias, count: count(a.count) })),
    roles: roles.rows.map((r) => ({ ...r, reports: count(r.reports) })),
    timeline: timeline.rows.map((t) => ({ ...t, mentions: count(t.mentions), reports: count(t.reports) })),
    quotes, events: entityEvents(events.rows),
    coMentions: coMentions.rows.map((c) => ({ ...c, id: count(c.id), reports: count(c.reports) })),
    coMentionReports: count(window.rows[0]?.n ?? 0),
  };
}

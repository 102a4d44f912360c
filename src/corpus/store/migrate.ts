import { type Kysely, sql } from 'kysely';
import type { Migration } from './dialect.js';
import type { CorpusDatabase } from './schema.js';

/**
 * Brings a database to the newest schema: creates `khabar_schema` if needed, then applies each
 * migration above the recorded version in its own transaction. A database newer than this code is
 * refused (open it with a newer Khabar). `lock` runs first inside each transaction (PostgreSQL: an
 * advisory lock, so that concurrent workers migrate once).
 * @returns the schema version after migrating.
 */
export async function migrate(db: Kysely<CorpusDatabase>, migrations: readonly Migration[], lock: (trx: Kysely<CorpusDatabase>) => Promise<void>): Promise<number> {
  try {
    await sql`CREATE TABLE IF NOT EXISTS khabar_schema (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`.execute(db);
  } catch (error) {
    // another worker created it at the same moment (PostgreSQL reports that as a unique violation)
    if (!(await db.selectFrom('khabar_schema').select('version').execute().then(() => true, () => false))) throw error;
  }
  const newest = migrations[migrations.length - 1]?.version ?? 0;
  let current = 0;
  for (const migration of migrations) {
    await db.transaction().execute(async (trx) => {
      await lock(trx);
      const row = await trx.selectFrom('khabar_schema').select((eb) => eb.fn.max('version').as('version')).executeTakeFirst();
      current = Number(row?.version ?? 0);
      if (current > newest) throw new Error(`the store has schema version ${current}, newer than this Khabar (${newest}): upgrade Khabar`);
      if (migration.version <= current) return;
      for (const statement of migration.statements) await sql.raw(statement).execute(trx);
      await trx.insertInto('khabar_schema').values({ version: migration.version, name: migration.name, applied_at: new Date().toISOString() }).execute();
      current = migration.version;
    });
  }
  return current;
}

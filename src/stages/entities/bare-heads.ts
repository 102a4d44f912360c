import type { EntityContext, NameMention } from './entity-context.js';

/** Kinds of organization a bare head word may name in another country (`ارتش`, `پلیس`); `مجلس` alone stays the home parliament. */
const FORCES = new Set(['military', 'police']);

/**
 * A bare head word the lists give one armed force (`ارتش` → the Iranian army, `پلیس`) is, after an
 * organization of another country opening with that word (`ارتش سودان`), that organization: the
 * report speaks of Sudan's army. `names` is every name of the report in reading order; entries are
 * changed in place.
 */
export function resolveBareHeads(context: EntityContext, names: readonly NameMention[]): void {
  const latest = new Map<string, NameMention>();
  for (const name of names) {
    if (name.type !== 'ORG') continue;
    const head = context.keys[name.first];
    if (name.last - name.first >= 2) {
      if (name.entry?.country) latest.set(head, name);
      continue;
    }
    const before = latest.get(head);
    if (before?.entry && before.entry.country !== name.entry?.country && FORCES.has(name.entry?.subtype ?? '')) name.entry = before.entry;
  }
}

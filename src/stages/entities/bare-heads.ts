import type { EntityContext, NameMention } from './entity-context.js';
import { entityKey } from './entity-key.js';

/** The gazetteer subtype of armed groups (`حزب‌الله`, `حماس`). */
const ARMED_GROUP = 'armed-group';
/** Names the news gives an armed group it named before: `مقاومت`, `مقاومت اسلامی` (entity keys, joined by a space). */
const RESISTANCE: ReadonlySet<string> = new Set(['مقاومت', 'مقاومت اسلامی'].map((words) => words.split(' ').map(entityKey).join(' ')));

/** Kinds of organization a bare head word may name in another country (`ارتش`, `پلیس`); `مجلس` alone stays the home parliament. */
const FORCES = new Set(['military', 'police']);

/**
 * A bare head word the lists give one armed force (`ارتش` → the Iranian army, `پلیس`) is, after an
 * organization of another country opening with that word (`ارتش سودان`), that organization: the
 * report speaks of Sudan's army. So are the opening words of a longer name given before when the lists
 * place them nowhere (`نیروی دریایی` after `نیروی دریایی ارتش جمهوری اسلامی ایران`), and `مقاومت` is the armed group
 * named last. `names` is every name of the report in reading order; entries are
 * changed in place.
 */
export function resolveBareHeads(context: EntityContext, names: readonly NameMention[]): void {
  const latest = new Map<string, NameMention>();
  let armed: NameMention | undefined;
  for (const name of names) {
    if (name.type !== 'ORG') continue;
    const head = context.keys[name.first];
    if (name.entry?.subtype === ARMED_GROUP) armed = name;
    // `مقاومت` after an armed group is named: that group (`حزب‌الله لبنان ... مقاومت به هر تجاوزی پاسخ می‌دهد`)
    if (armed?.entry && !name.entry?.country && RESISTANCE.has(context.keys.slice(name.first, name.last).join(' '))) {
      name.entry = armed.entry;
      continue;
    }
    if (name.last - name.first >= 2) {
      // the opening words of a longer name given before, placed nowhere themselves (`نیروی دریایی` after
      // `نیروی دریایی ارتش جمهوری اسلامی ایران`): that organization
      const before = latest.get(head);
      if (!name.entry?.country && before?.entry && isOpeningOf(context, name, before)) {
        name.entry = before.entry;
        continue;
      }
      if (name.entry?.country) latest.set(head, name);
      continue;
    }
    const before = latest.get(head);
    if (before?.entry && before.entry.country !== name.entry?.country && FORCES.has(name.entry?.subtype ?? '')) name.entry = before.entry;
  }
}

/** Whether `short`'s words open `long` (and `long` has more of them). */
function isOpeningOf(context: EntityContext, short: NameMention, long: NameMention): boolean {
  const n = short.last - short.first;
  if (long.last - long.first <= n) return false;
  for (let k = 0; k < n; k++) if (context.keys[short.first + k] !== context.keys[long.first + k]) return false;
  return true;
}

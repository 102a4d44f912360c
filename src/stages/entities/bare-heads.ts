import type { EntityContext, NameMention } from './entity-context.js';
import { entityKey } from './entity-key.js';
import type { GazetteerEntry } from './gazetteer.js';

/** The gazetteer subtype of armed groups (`حزب‌الله`, `حماس`). */
const ARMED_GROUP = 'armed-group';
/** Names the news gives an armed group it named before: `مقاومت`, `مقاومت اسلامی` (entity keys, joined by a space). */
const RESISTANCE: ReadonlySet<string> = new Set(['مقاومت', 'مقاومت اسلامی'].map((words) => words.split(' ').map(entityKey).join(' ')));

/** Words for a country's armed forces that name no country (entity keys, joined by a space): `نیروهای مسلح`. */
const ARMED_FORCES: ReadonlySet<string> = new Set(['نیروهای مسلح'].map((words) => words.split(' ').map(entityKey).join(' ')));

/** `ارتش` (entity key): an army named with its country opens with it. */
const ARMY = entityKey('ارتش');

/** Kinds of organization a bare head word may name in another country (`ارتش`, `پلیس`); `مجلس` alone stays the home parliament. */
const FORCES = new Set(['military', 'police']);

/**
 * A bare head word the lists give one armed force (`ارتش` → the Iranian army, `پلیس`) is, after an
 * organization of another country opening with that word (`ارتش سودان`), that organization: the
 * report speaks of Sudan's army. So are the opening words of a longer name given before when the lists
 * place them nowhere (`نیروی دریایی` after `نیروی دریایی ارتش جمهوری اسلامی ایران`), `نیروهای مسلح` (which the lists
 * give the home country) is the last army of another country named (`ارتش سودان`), and `مقاومت` is the armed group
 * named last. `names` is every name of the report in reading order; entries are
 * changed in place.
 */
export function resolveBareHeads(context: EntityContext, names: readonly NameMention[]): void {
  const latest = new Map<string, NameMention>();
  let armed: NameMention | undefined;
  // the last army named with its country (`ارتش سودان`)
  let army: NameMention | undefined;
  for (const name of names) {
    if (name.type !== 'ORG') continue;
    const head = context.keys[name.first];
    if (name.entry?.subtype === ARMED_GROUP) armed = name;
    // `نیروهای مسلح` with no country after another country's army is named: that army (`ارتش سودان ... نیروهای مسلح
    // حلقه محاصره را تنگ‌تر کرده‌اند`), not the home country's forces the lists give the words
    if (army?.entry && name.entry?.country && name.entry.country !== army.entry.country && ARMED_FORCES.has(context.keys.slice(name.first, name.last).join(' '))) {
      name.entry = army.entry;
      continue;
    }
    if ((name.entry?.subtype === 'military' || head === ARMY) && name.entry?.country && name.last - name.first >= 2 && !ARMED_FORCES.has(context.keys.slice(name.first, name.last).join(' '))) army = name;
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

/** Heads of the companies and factories a labour report is about (`شرکت کشت و صنعت ...`، `کارخانه قند ...`). */
const COMPANY_HEADS: ReadonlySet<string> = new Set(['شرکت', 'کارخانه', 'کارخانجات', 'مجتمع', 'کشت‌وصنعت'].map(entityKey));
/** `کارفرما`: the employer, which a labour report names before. */
const EMPLOYER = entityKey('کارفرما');
/** `مدیریت شرکت`: the company's management, which speaks as the company. */
const MANAGEMENT = entityKey('مدیریت');

/**
 * Once a report has named a company (`شرکت کشت و صنعت نیشکر ...`), the words it then uses for it are
 * that company, as the annotation guide has it: `کارفرما` (the employer; an office of its head only where
 * no company was named), `مدیریت شرکت`, a bare `شرکت`/`کارخانه` and its own name cut short. Points such names at the company
 * (in place) and returns new names for `کارفرما`; `names` is every name of the report in reading order.
 * `جمعی از کارگران شرکت فولاد سپهر ... کارفرما وعده داده است` → `کارفرما` is a mention of `شرکت فولاد سپهر`.
 */
export function resolveEmployer(context: EntityContext, names: readonly NameMention[], taken: Uint8Array): NameMention[] {
  const added: NameMention[] = [];
  // the company named last, and the entry its later names point at (its listed one, else one made of its words, once)
  let company: NameMention | undefined;
  let entry: GazetteerEntry | undefined;
  let next = 0;
  const inName = (i: number): boolean => names.some((n) => n.first <= i && i < n.last);
  for (let i = 0; i < context.keys.length; i++) {
    for (; next < names.length && names[next].first <= i; next++) {
      const name = names[next];
      if (name.type !== 'ORG') continue;
      const head = context.keys[name.first];
      const length = name.last - name.first;
      const bare = (length === 1 && COMPANY_HEADS.has(head)) || (length === 2 && head === MANAGEMENT && COMPANY_HEADS.has(context.keys[name.first + 1]));
      // (the company's name cut short is the company too: `مدیرعامل شرکت نساجی پرنیان` after `شرکت نساجی پرنیان کاشان`)
      if (company && entry && (bare || ((!name.entry || name.entry.derived) && isOpeningOf(context, name, company)))) name.entry = entry;
      else if (length >= 2 && COMPANY_HEADS.has(head)) {
        company = name;
        entry = name.entry ?? { kind: 'organization', canonical: context.tokens.slice(name.first, name.last).map((t) => t.norm).join(' '), derived: true };
      }
    }
    if (entry && context.keys[i] === EMPLOYER && !taken[i] && !inName(i)) added.push({ first: i, last: i + 1, type: 'ORG', entry });
  }
  return added;
}

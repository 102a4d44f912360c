import type { SentenceView } from '../clauses/sentence-view.js';
import type { EntityRecord } from '../entities/entity-layers.js';
import type { Gazetteer } from '../entities/gazetteer.js';
import { codeParty } from './code-party.js';
import type { EventParty, PloverType } from './event-layer.js';

/** Events an armed side aims at an enemy: its attacks and its warnings. */
const HOSTILE: ReadonlySet<PloverType> = new Set(['ASSAULT', 'THREATEN']);

/** The first armed group (sector REB) and the first state body (sector GOV or MIL) the report names, per country. */
export interface WarSides { rebels: Map<string, EventParty>; state: Map<string, EventParty> }

/** Each country's first armed group and first state body (a person or body, not the country's own name) named in the report. */
export function warSides(view: SentenceView, gazetteer?: Gazetteer): WarSides {
  const sides: WarSides = { rebels: new Map(), state: new Map() };
  view.mentions.forEach((mention, m) => {
    if (mention.type !== 'PER' && mention.type !== 'ORG') return;
    const [first, last] = view.mentionTokens[m];
    const coded = codeParty({ first, last, mention, place: false }, view.entities, gazetteer);
    if (!coded?.country) return;
    const into = coded.sector === 'REB' ? sides.rebels : coded.sector === 'MIL' || coded.sector === 'GOV' ? sides.state : undefined;
    if (into && !into.has(coded.country)) into.set(coded.country, coded);
  });
  return sides;
}

/** The bodies a party belongs to: an organization itself, a person's organizations by office. */
function bodiesOf(party: EventParty, entities: ReadonlyMap<string, EntityRecord>): Set<string> {
  const entity = party.entity ? entities.get(party.entity) : undefined;
  if (!entity) return new Set();
  if (entity.type !== 'PER') return new Set([entity.id]);
  return new Set((entity.attributes.roles ?? []).flatMap((role) => (role.organization ? [role.organization] : [])));
}

/** Whether two parties are, or serve, one body (`فرمانده نیروهای واکنش سریع` and `نیروهای واکنش سریع`). */
function sameBody(a: EventParty, b: EventParty, entities: ReadonlyMap<string, EntityRecord>): boolean {
  const own = bodiesOf(a, entities);
  return [...bodiesOf(b, entities)].some((body) => own.has(body));
}

/** Words of the police (`پلیس`، `نیروی انتظامی`، `فراجا`): a force that acts at home, on its own people. */
const POLICE = /پلیس|انتظامی|فراجا|ناجا/;

/** Whether a party is the police or one of its officers, by its name or its offices. */
function isPolice(party: EventParty, entities: ReadonlyMap<string, EntityRecord>): boolean {
  const entity = party.entity ? entities.get(party.entity) : undefined;
  if (!entity) return false;
  return [entity.canonical, ...(entity.attributes.roles ?? []).map((role) => `${role.role} ${role.organizationName ?? ''}`)].some((name) => POLICE.test(name));
}

/**
 * The recipient of an attack or threat by an armed side once its own side is ruled out: a navy's or an army's
 * warning or reply is aimed at an enemy, never at its own forces, government or country (`هرگونه تعرض به
 * نفتکش‌های ایرانی با پاسخ قاطع نیروی دریایی روبه‌رو خواهد شد`, said by a navy commander: no recipient is
 * named), and an armed group's never at itself. Only a war at home sets a country's army against its own
 * people: there the other side is the armed group (sector REB) of that country the report names
 * (`نیروهای واکنش سریع` for the Sudanese army), or for the group the state's body. The police, which acts at
 * home, is no such side; a recipient of another country is kept as it is; with no opposing side of the
 * actor's country named, there is no recipient.
 */
export function awayFromOwnSide(type: PloverType, actor: EventParty | undefined, recipient: EventParty | undefined, entities: ReadonlyMap<string, EntityRecord>, sides: () => WarSides): EventParty | undefined {
  if (!HOSTILE.has(type) || !recipient || !actor?.country || recipient.country !== actor.country) return recipient;
  if (actor.sector === 'MIL' && recipient.sector !== 'REB' && !isPolice(actor, entities)) return sides().rebels.get(actor.country);
  if (actor.sector === 'REB' && recipient.sector === 'REB' && sameBody(actor, recipient, entities)) return sides().state.get(actor.country);
  return recipient;
}

import { matchKey } from '../clauses/match-key.js';
import { ARMED_SECTORS } from './attack-sides.js';
import { codeParty } from './code-party.js';
import { areWarringSides, type EventContext, partyCountry } from './event-context.js';
import { type Party, partyStartingAt, withConjuncts } from './event-parties.js';
import { hasSequence } from './event-modality.js';
import { isReporter, sequenceAt } from './opposing-party.js';

/**
 * Both or all sides of a quarrel asked or given to with no one named: `از طرفین خواست`، `دو طرف را به خویشتن‌داری
 * فراخواند`، `از همه طرف‌ها`، `به هیچ یک از طرف‌های درگیر` — each side an event of its own, as the guide codes them.
 * @module
 */

/** Words after `از` naming both or all sides of a quarrel (match keys): `طرفین`، `دو طرف`، `هر دو طرف`، `همه طرف‌ها`، `طرف‌های درگیر`. */
const BOTH_ASKED = [['طرفین'], ['دو', 'طرف'], ['هر', 'دو', 'طرف'], ['همه', 'طرفها'], ['همه', 'طرفهای'], ['همه', 'طرف', 'ها'], ['طرفهای', 'درگیر'], ['طرف', 'های', 'درگیر']];

/** Pronouns of a plural (match keys) that take up both sides named before: `از آنها خواستند`. */
const THEM: ReadonlySet<string> = new Set(['آنها', 'آن‌ها', 'ایشان'].map(matchKey));

/**
 * Whether `از طرفین` / `از هر دو طرف` / `از «طرف‌های درگیر»` ... stands in `span` (`from` to `before`; the words may
 * stand in « »), or `از آنها` after them in its sentence, or with `object` the words are the object (`دو طرف را به
 * خویشتن‌داری فراخواند`، `همه طرف‌ها را ...`).
 */
function asksBothSides(context: EventContext, span: { sentence: number; from: number; before: number }, object: boolean): boolean {
  const { keys } = context.view;
  for (let t = span.from; t < span.before; t++) {
    if (keys[t] === 'از' && sequenceAt(keys, keys[t + 1] === '«' ? t + 2 : t + 1, BOTH_ASKED)) return true;
    // (`از آنها` taking up both sides its sentence named: `با دو طرف در تماس هستند و از آنها خواسته‌اند ...`)
    if (keys[t] === 'از' && THEM.has(keys[t + 1]) && hasSequence(keys, span.sentence, t, BOTH_ASKED)) return true;
    const words = object ? sequenceAt(keys, t, BOTH_ASKED) : undefined;
    if (words && keys[t + words.length] === 'را') return true;
  }
  return false;
}

/**
 * The two sides a request of `طرفین` / `هر دو طرف` / `همه طرف‌ها` after `از` in `span` (`from` to `before`; `last` the sentence's end) is made
 * of (with `object`, the words as the object, `دو طرف را به خویشتن‌داری فراخواند`): the two its own sentence names
 * before it ({@link sidesInSentence}); else the last party the report named before (a person or body, not a place,
 * a news agency or one of the askers: `actor` and those named with it) and the last of another country before it (first past the askers' own
 * country), else of another entity — first among the armed ones (sector MIL or REB), where in a war at home the
 * army and the armed group are the two (see {@link areWarringSides}); with not two such parties named, the sides of
 * the fight by country ({@link countriesAsked}). The words may stand in « » (`از «همه طرف‌های درگیر» خواست`).
 */
export function bothSidesAsked(context: EventContext, span: { sentence: number; from: number; before: number; last: number }, actor: Party | undefined, object = false): Party[] | undefined {
  if (!asksBothSides(context, span, object)) return undefined;
  // the askers: the actor and those named with it (`عربستان سعودی و ایالات متحده ... از طرفین خواستند`)
  const actors = withConjuncts(context.parties, context.view.keys, actor, span.last);
  return sidesInSentence(context, span.sentence, span.before, actors) ?? sidesOfFight(context, actors, span.before);
}

/**
 * The two sides a request of both sides takes from its own sentence (`کالاس با ابراز نگرانی از تنش میان باکو و مسکو، از دو
 * طرف خواست ...`، `در تماس‌های جداگانه با X و Y، از دو طرف خواست`): the first two parties of two countries named in
 * `[from, before)`, no town (a capital counts), news agency, asker or asker's country among them, or two of one country
 * joined by و; undefined with fewer.
 */
function sidesInSentence(context: EventContext, from: number, before: number, actors: readonly Party[]): [Party, Party] | undefined {
  const entities = new Set(actors.map((actor) => actor.mention?.entity).filter(Boolean));
  const own = new Set(actors.map((actor) => partyCountry(context, actor)).filter(Boolean));
  const { keys } = context.view;
  let first: Party | undefined;
  for (let t = from; t < before; t++) {
    const party = partyStartingAt(context.parties, t);
    if (!party || (party.place && !party.capital) || actors.includes(party) || (party.mention && entities.has(party.mention.entity)) || isReporter(context.view, party)) continue;
    const country = partyCountry(context, party);
    if (!country || own.has(country)) continue;
    if (!first) first = party;
    // (two of one country joined by و are the two sides of a war at home: `میان دولت کنگو و گروه M23`)
    else if (partyCountry(context, first) !== country || (party.first === first.last + 2 && keys[first.last + 1] === 'و' && party.mention?.entity !== first.mention?.entity)) return [first, party];
  }
  return undefined;
}

/** Words naming the sides fighting a war (match keys): `طرف‌های درگیر`، `طرفین درگیر`. */
const WARRING = [['طرفهای', 'درگیر'], ['طرف', 'های', 'درگیر'], ['طرفین', 'درگیر']];

/**
 * The sides of a fight that `طرف‌های درگیر` in `[from, before)` names, whatever governs it (`هیچ کمک نظامی به هیچ یک از
 * طرف‌های درگیر ارائه نکرده`، `هرگونه حمایت نظامی از طرف‌های درگیر را رد کرد`): as for a request of both sides
 * ({@link bothSidesAsked}); undefined when the words are not there. The guide codes aid or backing denied to them
 * once per side.
 */
export function warringSidesNamed(context: EventContext, from: number, before: number, actor: Party | undefined): Party[] | undefined {
  const { keys } = context.view;
  for (let t = from; t < before; t++) if (sequenceAt(keys, t, WARRING)) return sidesOfFight(context, actor ? [actor] : [], before);
  return undefined;
}

/** The two sides of the fight a report has named before `before` (see {@link bothSidesAsked}), `actor` not among them. */
function sidesOfFight(context: EventContext, actors: readonly Party[], before: number): Party[] | undefined {
  const actor = actors[0];
  const entities = new Set<string>(actors.flatMap((party) => (party.mention ? [party.mention.entity] : [])));
  const own = new Set(actors.map((party) => partyCountry(context, party)).filter(Boolean));
  const named: Party[] = [];
  for (let i = context.memory.recent.length - 1; i >= 0; i--) {
    const party = context.memory.recent[i];
    const entity = party.mention?.entity;
    if (!entity || entities.has(entity) || party.place || isReporter(context.view, party) || party.mention?.type === 'LOC') continue;
    entities.add(entity);
    named.push(party);
  }
  // the sides of a fight are armed bodies, not the officials who spoke since: the last one named and the last of
  // another country, else in a war at home its opponent (`ارتش` and `نیروهای واکنش سریع`)
  const armed = named.filter((party) => ARMED_SECTORS.has(codeParty(party, context.view.entities, context.gazetteer)?.sector ?? ''));
  const foreign = armed.slice(1).find((party) => partyCountry(context, party) !== partyCountry(context, armed[0]));
  const opponent = foreign ?? armed.slice(1).find((party) => areWarringSides(context, armed[0], party));
  if (opponent) return [armed[0], opponent];
  // the other side is of another country when the report has named one (`اسرائیل` and `حزب‌الله`, not two Lebanese officials);
  // first past the asker's own country's people, no side it asks (`بارو در تماس با همتای لبنانی خود ... از هر دو طرف خواست`)
  const abroad = named.filter((party) => !own.has(partyCountry(context, party)));
  for (const list of [abroad, named]) {
    const other = list.slice(1).find((party) => partyCountry(context, party) !== partyCountry(context, list[0]));
    if (other) return [list[0], other];
  }
  return named.length < 2 ? countriesAsked(context, actor, before) : [named[0], named[1]];
}

/**
 * The sides of a fight asked by country when no two bodies were named (`مدیرکل سازمان جهانی بهداشت از طرفین درگیر
 * خواست ...` in a report on Sudan's war; the guide codes the countries when the sides go unnamed): the last two
 * countries the report named other than the asker's, else — a war at home — the one country named, for each side;
 * undefined when none is named, or when the asker is of the home country in a report about it (a governor asking both
 * sides of a strike asks no country the report names in passing).
 */
function countriesAsked(context: EventContext, actor: Party | undefined, at: number): Party[] | undefined {
  const own = actor ? partyCountry(context, actor) : undefined;
  const countries: string[] = [];
  for (let i = context.memory.recent.length - 1; i >= 0 && countries.length < 2; i--) {
    const party = context.memory.recent[i];
    const country = isReporter(context.view, party) ? undefined : partyCountry(context, party);
    if (country && country !== own && !countries.includes(country)) countries.push(country);
  }
  // (an asker at home in a report about home asks the sides of a quarrel at home, no country named in passing)
  if (countries.length === 0 || (own === context.homeCountry && context.focus() === context.homeCountry)) return undefined;
  const side = (country: string): Party => ({ first: at, last: at, country, place: false });
  return [side(countries[0]), side(countries[1] ?? countries[0])];
}

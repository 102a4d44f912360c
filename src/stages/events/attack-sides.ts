import { matchKey } from '../clauses/match-key.js';
import { codeParty } from './code-party.js';
import { areWarringSides, type EventContext, isCountryParty, isInternational, partyCountry } from './event-context.js';
import type { Party } from './event-parties.js';
import { CLAUSE_OPENERS, subjectIn } from './event-subject.js';
import { markedParty, OBJECT_STOPS, objectParty } from './object-phrase.js';
import { ATTACK_NOUNS } from './opposing-party.js';
import { prepositionBefore } from './recipient-features.js';

/**
 * Sides of attacks and warnings: an armed body named by a common noun, the place struck, an act someone
 * goes on with (`به ارسال سلاح ... ادامه دهد`) and the target of sanctions warned of.
 * @module
 */

/** Words (match keys) of going on with an act named by a noun after `به` (`به ارسال سلاح ... ادامه دهد`). */
const FRAMING_WORDS: ReadonlySet<string> = new Set(['ادامه']);

/** Markers of whom a framed act is aimed at or done for. */
const FRAMED_MARKERS: ReadonlySet<string> = new Set(['به', 'برای', 'علیه']);

/**
 * The sides of an act named by a noun after `به` and framed by the verb that follows its phrase: `اگر امارات
 * به ارسال سلاح برای این نیروها ادامه دهد` — the clause's subject goes on with it; the other side is the first
 * party after به/برای/علیه in the phrase, else the armed body an armed noun there names (`این نیروها`, see
 * {@link armedSide}). (An act someone is accused of, `X را به ارسال سلاح ... متهم کرد`, read the same way with
 * X as its author, added one right event in newE and one false one in newH, and is not read.)
 */
export function framedAct(context: EventContext, match: { first: number; verb: number }, from: number, last: number): { actor: Party; recipient?: Party } | undefined {
  const { keys, tokens } = context.view;
  let frame = match.verb + 1;
  while (frame < last && frame - match.verb <= 12 && !FRAMING_WORDS.has(keys[frame]) && !OBJECT_STOPS.has(keys[frame]) && tokens[frame].pos !== 'VERB') frame++;
  if (!FRAMING_WORDS.has(keys[frame]) || (tokens[frame + 1]?.pos !== 'VERB' && tokens[frame + 1]?.pos !== 'AUX')) return undefined;
  const actor = subjectIn(context, from, match.first - 1);
  if (!actor) return undefined;
  let recipient: Party | undefined;
  for (let t = match.verb + 1; t < frame && !recipient; t++) if (FRAMED_MARKERS.has(keys[t])) recipient = markedParty(context, keys[t], t, frame);
  return { actor, recipient: recipient ?? armedSide(context, actor, match.verb + 1, frame) };
}

/** Nouns of armed men named without a name (match keys): `شبه‌نظامیان`، `این نیروها`. */
const ARMED_NOUNS: ReadonlySet<string> = new Set(['نیروها', 'نیروهای', 'شبهنظامیان', 'شبهنظامی', 'شورشیان', 'ستیزهجویان', 'جنگجویان', 'تروریستها'].map(matchKey));

/** Sectors of an armed body. */
export const ARMED_SECTORS: ReadonlySet<string> = new Set(['MIL', 'REB']);

/**
 * The armed body an attack names only by a common noun in `[from, to)` (`مواضع شبه‌نظامیان`، `این
 * نیروها`): the last armed body (sector MIL or REB) named before in the sentence or the report, other than
 * the attacker; none when no such noun stands outside a name there.
 */
export function armedSide(context: EventContext, actor: Party, from: number, to: number): Party | undefined {
  const { keys } = context.view;
  let named = false;
  for (let t = from; t < to && !named; t++) named = ARMED_NOUNS.has(keys[t]) && context.parties.at[t] < 0;
  if (!named) return undefined;
  const armed = (party: Party): boolean => !party.place && party !== actor && (!actor.mention || party.mention?.entity !== actor.mention.entity)
    && ARMED_SECTORS.has(codeParty(party, context.view.entities, context.gazetteer)?.sector ?? '');
  for (let t = from - 1; t >= 0 && t >= from - 40; t--) {
    const party = context.parties.at[t] >= 0 ? context.parties.parties[context.parties.at[t]] : undefined;
    if (party && party.last === t && armed(party)) return party;
  }
  for (let i = context.memory.recent.length - 1; i >= 0; i--) if (context.memory.recent[i].first < from && armed(context.memory.recent[i])) return context.memory.recent[i];
  return undefined;
}

/**
 * Where an attack struck, named by a place after در inside `[from, to)` (`در جنوب لبنان`، `در نزدیکی شهر الفاشر`):
 * the last such place or country of a known country, standing for the side struck. Undefined when none is named.
 */
export function placeStruck(context: EventContext, from: number, to: number): Party | undefined {
  const { keys } = context.view;
  let struck: Party | undefined;
  let inPlace = false;
  for (let t = from; t < to; t++) {
    if (keys[t] === 'در') inPlace = true;
    else if (keys[t] === '،' || keys[t] === 'را' || keys[t] === 'و') inPlace = false;
    const party = context.parties.at[t] >= 0 ? context.parties.parties[context.parties.at[t]] : undefined;
    if (!inPlace || !party || party.first !== t) continue;
    if ((party.place || isCountryParty(context, party)) && partyCountry(context, party)) struck = party;
  }
  return struck;
}

/** Nouns of sanctions and penalties (match keys) a warning may promise. */
const SANCTION_NOUNS: ReadonlySet<string> = new Set(['تحریم', 'تحریمها', 'تحریمهای', 'مجازاتهای', 'مجازات'].map(matchKey));

/**
 * What a warning of sanctions that befall someone (`با تحریم‌ها ... روبه‌رو`، `در معرض تحریم‌ها`) in `[from, to)`
 * (what is warned, after its verb) is aimed at: nothing named
 * when it opens with `هر` (`هشدار داد که هر مؤسسه مالی که ... با تحریم‌های ثانویه روبه‌رو خواهد شد`:
 * `anyone`), else the object of what is warned when it is of another country than the actor's
 * (`شرکت‌های ترکیه‌ای را در معرض تحریم‌های ثانویه قرار دهد` → TUR). Undefined when no sanction is named.
 */
export function sanctionsWarned(context: EventContext, from: number, to: number, actor: Party | undefined): { aimed?: Party; anyone?: boolean } | undefined {
  const { keys } = context.view;
  let end = from;
  while (end < to && keys[end] !== '.' && keys[end] !== '؛') end++;
  // sanctions that befall someone: `با تحریم‌ها روبه‌رو/مواجه`، `در معرض تحریم‌ها`
  let befall = false;
  for (let t = from + 1; t < end && !befall; t++) befall = SANCTION_NOUNS.has(keys[t]) && (keys[t - 1] === 'با' || keys[t - 1] === 'معرض');
  if (!befall) return undefined;
  let start = from;
  while (start < end && CLAUSE_OPENERS.has(keys[start])) start++;
  if (keys[start] === 'هر') return { anyone: true };
  const ra = keys.indexOf('را', start);
  const object = ra >= 0 && ra < end ? objectParty(context, start, ra) : undefined;
  const own = actor && partyCountry(context, actor);
  return object && partyCountry(context, object) && partyCountry(context, object) !== own ? { aimed: object } : {};
}

/** How many words before a party an attack noun may open the phrase that names it as the side struck. */
const STRUCK_REACH = 6;

/**
 * Whether the side an accusation of an attack in `[from, to)` was aimed at is the wrong one: the side the
 * attack struck, after `به` (`حمله به مناطق مسکونی لبنان را محکوم کرد` → not لبنان), or a party of the
 * accuser's own country not at war with it, or any when attackers from abroad have been told of (`حملات اخیر
 * را «نقض آشکار» خواند` said in Beirut → not حزب‌الله) — but never the attack's author named right after its noun
 * (`حمله ارتش عراق به معترضان`). The opposing party is then looked for instead. False when the phrase names no attack.
 */
export function accusedWrongSide(context: EventContext, actor: Party, recipient: Party, from: number, to: number): boolean {
  const { keys } = context.view;
  if (!keys.slice(from, to).some((k) => ATTACK_NOUNS.has(k))) return false;
  const own = partyCountry(context, actor);
  // (an armed group of one's own country is a warring side only where no attacker from abroad has been told of:
  // Beirut condemning attacks in a war with Israel accuses Israel, not Hezbollah)
  const abroad = [...(context.memory.attackerCountries ?? [])].some((country) => country !== own);
  // (the attack's author named right after its noun is the one accused, whatever its country: `حمله ارتش عراق به ...`)
  const author = ATTACK_NOUNS.has(keys[recipient.first - 1]);
  if (own && !author && partyCountry(context, recipient) === own && (!areWarringSides(context, actor, recipient) || abroad)) return true;
  return prepositionBefore(context.view, recipient.first) === 'به' && keys.slice(Math.max(from, recipient.first - STRUCK_REACH), recipient.first).some((k) => ATTACK_NOUNS.has(k));
}

/** Words (match keys) that name an act told before: a demonstrative, `اخیر`, `جدید` or `تازه` (`این حملات`، `تحریم‌های جدید`). */
const TOLD_BEFORE: ReadonlySet<string> = new Set(['این', 'آن', 'همین', 'اخیر', 'جدید', 'تازه'].map(matchKey));
/** Most words of the phrase that names a condemned act again. */
const CONDEMNED_WORDS = 4;

/**
 * The author of an attack or sanctions that a condemnation names again with no side in its phrase: the object
 * before its `را` (`این حملات را محکوم کرد`، `تحریم‌های جدید را «غیرقانونی» خواند`), or the words after a verbless
 * `محکوم کردن` up to a comma (`با محکوم کردن این حمله، از ... خواست`). It is the last author of such an act told of
 * who is not of the condemning side's country (Beirut condemning `این حمله` after Hezbollah's reply to Israel's
 * strike accuses Israel; sanctions may be an international body's), never a side named after the phrase (`از
 * کشورهای ضامن آتش‌بس خواست`) nor the other side of a call it is said in. Undefined when the phrase names no such
 * act told before, names a party, or no author of another country has been told of.
 */
export function condemnedAuthor(context: EventContext, actor: Party, at: number, verbless: boolean): Party | undefined {
  const { keys, tokens } = context.view;
  const words: number[] = [];
  if (verbless) {
    // (a side named right after it is the act's author: `با محکوم کردن این حمله رژیم صهیونیستی`)
    for (let t = at; t < keys.length && words.length < CONDEMNED_WORDS && !OBJECT_STOPS.has(keys[t]) && keys[t] !== 'از' && tokens[t].pos !== 'VERB'; t++) {
      if (context.parties.at[t] >= 0) return undefined;
      words.push(t);
    }
  } else {
    // (the phrase opens after the condemning side: `جوزف عون این حملات را`; a side inside it is named: `حملات اخیر اسرائیل را`)
    if (keys[at - 1] !== 'را' || context.parties.at[at - 2] >= 0) return undefined;
    for (let t = at - 2; t >= 0 && words.length < CONDEMNED_WORDS && !OBJECT_STOPS.has(keys[t]) && tokens[t].pos !== 'VERB' && context.parties.at[t] < 0; t--) words.push(t);
    // (an act after a preposition is not what is condemned: `سکوت مجامع بین‌المللی در برابر این تجاوزات را`)
    if (words.some((t) => tokens[t].pos === 'ADP')) return undefined;
  }
  if (!words.some((t) => TOLD_BEFORE.has(keys[t]))) return undefined;
  const attack = words.some((t) => ATTACK_NOUNS.has(keys[t]));
  const sanctions = !attack && words.some((t) => SANCTION_NOUNS.has(keys[t]));
  if (!attack && !sanctions) return undefined;
  const own = partyCountry(context, actor);
  const authors = (attack ? context.memory.attackers : context.memory.sanctioners) ?? [];
  for (let i = authors.length - 1; i >= 0; i--) {
    const country = partyCountry(context, authors[i]);
    if (country ? country !== own : sanctions && isInternational(context, authors[i])) return authors[i];
  }
  return undefined;
}

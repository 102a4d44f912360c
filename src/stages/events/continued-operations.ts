import { matchKey } from '../clauses/match-key.js';
import type { SentenceView } from '../clauses/sentence-view.js';
import { armedSide, placeStruck } from './attack-sides.js';
import { codeParty } from './code-party.js';
import { type EventContext, type FoundEvent, partyCountry } from './event-context.js';
import { modalityOf } from './event-modality.js';
import type { Party } from './event-parties.js';
import { subjectIn } from './event-subject.js';
import { genitiveParty, markedParty } from './object-phrase.js';

/**
 * An armed side's operations said to go on or to begin: its attack to come, told by a verb of its own
 * (`ارتش ... عملیات خود را تا رفع کامل تهدید ادامه خواهد داد`، `عملیات‌هایش با شدت بیشتری ادامه خواهد یافت`،
 * `نیروهای مسلح به‌زودی عملیاتی برای شکستن محاصره ... آغاز خواهند کرد`). The annotation guide reads it as the
 * attack `planned` (writers U, V: an army saying its operations will continue), a second ASSAULT of the same
 * sides beside the strike its paragraph reports as done.
 * @module
 */

/** The beginning of the match key of the noun of operations: `عملیات`، `عملیاتی`، `عملیات‌هایش`. */
const OPERATIONS = matchKey('عملیات');

/** Nominal parts of the verbs of going on or beginning (match keys): `ادامه خواهد داد/یافت`، `آغاز خواهند کرد`. */
const GOING_ON: ReadonlySet<string> = new Set(['ادامه', 'آغاز'].map(matchKey));

/** How many words after the noun of operations its verb may stand (`عملیات خود را تا «دور کردن کامل تهدید از مرزهای شمالی» ادامه خواهد داد`). */
const REACH = 16;

/** Words that end the phrase of the operations before their verb (match keys): a clause or sentence break. */
const BREAKS: ReadonlySet<string> = new Set(['.', '؛', ':', 'که', '،']);

/**
 * The verb the nominal part at `at` is carried by: right after it, or after auxiliaries (`ادامه خواهد داد`،
 * `برگزار می‌شود`); -1 when another word stands between.
 */
export function lightVerbAfter(view: SentenceView, at: number, last: number): number {
  const { tokens } = view;
  for (let v = at + 1; v < Math.min(last, at + 3); v++) {
    if (tokens[v].pos === 'VERB') return v;
    if (tokens[v].pos !== 'AUX') return -1;
  }
  return -1;
}

/**
 * The ASSAULT events of armed sides' operations told to go on or begin in `sentence`, planned (or hypothetical
 * under a condition; never asserted: operations begun are told by the strike, and a search or clean-up begun is
 * no attack): the noun of operations and, within {@link REACH} words in its clause, `ادامه` or `آغاز` with its
 * verb. The actor is the noun's own author (`عملیات ارتش`، `عملیات‌های ما` in a quote), else the subject of its
 * clause or sentence, else the quote's speaker; it must be of a country an attack read earlier in the report
 * was made by (`عملیات اجرایی این پروژه آغاز خواهد شد` is none). The recipient is the side after `علیه` in the
 * phrase, else the armed body a common noun there names (`علیه شورشیان`), else a place of another country named
 * after `در` (`عملیات خود در جنوب سوریه`), else the side last struck by an attack of the actor's country, else
 * `enemy(actor, verb)`, the other side of the paragraph's war; none found, or one of no country, no event.
 * `سخنگوی ارتش گفت این ارتش عملیات خود را تا رفع تهدید ادامه خواهد داد` → ASSAULT of the army, planned.
 */
export function continuedOperations(context: EventContext, sentence: { first: number; last: number }, enemy: (actor: Party, verb: number) => Party | undefined): FoundEvent[] {
  const { view, memory } = context;
  const { keys, tokens } = view;
  const found: FoundEvent[] = [];
  for (let t = sentence.first; t < sentence.last; t++) {
    if (!keys[t].startsWith(OPERATIONS) || tokens[t].pos !== 'NOUN') continue;
    let at = -1;
    for (let u = t + 1; u < sentence.last && u - t <= REACH && !BREAKS.has(keys[u]) && tokens[u].pos !== 'VERB'; u++) {
      if (GOING_ON.has(keys[u])) { at = u; break; }
    }
    const verb = at < 0 ? -1 : lightVerbAfter(view, at, sentence.last);
    if (verb < 0) continue;
    const modality = modalityOf(view, sentence.first, [at, verb], tokens[verb].lemma ?? '');
    if (modality === 'asserted' || modality === 'negated') continue;
    const actor = genitiveParty(context, t + 1, at) ?? subjectIn(context, sentence.first, t) ?? context.speakerAt(t);
    const coded = actor && codeParty(actor, view.entities, context.gazetteer);
    if (!actor || !coded?.country || !memory.attackerCountries?.has(coded.country)) continue;
    // (the side it struck last goes on being struck: `... را هدف قرار داد و عملیات خود را ادامه خواهد داد`)
    const struck = memory.attacker && memory.struck && partyCountry(context, memory.attacker) === coded.country ? memory.struck : undefined;
    const place = placeStruck(context, t + 1, at);
    const abroad = place && partyCountry(context, place) !== coded.country ? place : undefined;
    const recipient = markedParty(context, 'علیه', t + 1, at) ?? armedSide(context, actor, t + 1, at) ?? abroad ?? struck ?? enemy(actor, verb);
    if (!recipient || !partyCountry(context, recipient)) continue;
    found.push({ type: 'ASSAULT', trigger: [t, verb], lemma: `${keys[at]} ${tokens[verb].lemma ?? ''}`.trim(), actor, recipient, modality });
  }
  return found;
}

import { matchKey } from '../clauses/match-key.js';
import { lightVerbAfter } from './continued-operations.js';
import { type EventContext, type FoundEvent, partyCountry } from './event-context.js';
import { modalityOf } from './event-modality.js';
import { partyStartingAt } from './event-parties.js';
import { subjectIn } from './event-subject.js';

/**
 * A meeting told to be held with those who will attend it (`قول داد که جلسه‌ای با حضور مدیران شرکت و نماینده
 * اداره کار تا پایان هفته برگزار شود`): a contact to come, CONSULT `planned`, the guide's call for a meeting hoped
 * for or promised. Beside the visit its paragraph tells (`در جمع معترضان حاضر شد`), it is a second CONSULT of the
 * same sides, told by a verb of its own.
 * @module
 */

/** Beginnings of the match keys of the nouns of a meeting: `جلسه`، `جلسه‌ای`، `نشست`، `نشستی`. */
const MEETING_NOUNS: readonly string[] = ['جلسه', 'نشست'].map(matchKey);

/** The nominal part (match key) of the verb a meeting is held by: `برگزار شود/خواهد شد/می‌شود`. */
const HELD = matchKey('برگزار');

/** Words (match keys) of a court's sitting, no contact between sides: `جلسه دادگاه`، `جلسه رسیدگی به این پرونده`. */
const HEARING: ReadonlySet<string> = new Set(['دادگاه', 'رسیدگی', 'محاکمه', 'دادرسی'].map(matchKey));

/** Words (match keys) after the noun that make it no meeting between sides: `نشست خبری`. */
const NO_CONTACT: ReadonlySet<string> = new Set(['خبری'].map(matchKey));

/** How many words after the noun of a meeting its verb may stand (a list of those attending between). */
const REACH = 30;

/** Words that end the phrase of the meeting before its verb (match keys). */
const BREAKS: ReadonlySet<string> = new Set(['.', '؛', ':', 'که', '«']);

/** The index of `با حضور` in `[from, to)`, or -1. */
function attendance(keys: readonly string[], from: number, to: number): number {
  for (let t = from; t + 1 < to; t++) if (keys[t] === 'با' && keys[t + 1] === matchKey('حضور')) return t;
  return -1;
}

/**
 * The CONSULT events of meetings told to be held in `sentence`: the noun of a meeting, `با حضور` and those
 * attending after it, and within {@link REACH} words in its clause `برگزار` with a verb that is not past (a
 * meeting held is told by other verbs; one not held is no contact to come), `planned` (hypothetical under a
 * condition). A court's sitting (`جلسه دادگاه`، `جلسه رسیدگی`) and a press conference are none. The actor is
 * the subject of the sentence (who promises or announces it), else the speaker of the quote; the recipient is the
 * first person or body attending of a country other than the actor himself, else, for an actor of the home country,
 * the home country (a meeting at home with sides it does not name).
 * `فرماندار قول داد که جلسه‌ای با حضور مدیران شرکت تا شنبه برگزار شود` → CONSULT of the governor, planned.
 */
export function meetingsToCome(context: EventContext, sentence: { first: number; last: number }): FoundEvent[] {
  const { view, parties } = context;
  const { keys, tokens } = view;
  const found: FoundEvent[] = [];
  for (let t = sentence.first; t < sentence.last; t++) {
    if (!MEETING_NOUNS.some((noun) => keys[t].startsWith(noun)) || tokens[t].pos !== 'NOUN' || NO_CONTACT.has(keys[t + 1])) continue;
    let at = -1;
    for (let u = t + 1; u < sentence.last && u - t <= REACH && !BREAKS.has(keys[u]) && tokens[u].pos !== 'VERB'; u++) {
      if (keys[u] === HELD) { at = u; break; }
    }
    const verb = at < 0 ? -1 : lightVerbAfter(view, at, sentence.last);
    const present = verb < 0 ? -1 : attendance(keys, t + 1, at);
    if (present < 0 || keys.slice(t, at).some((k) => HEARING.has(k))) continue;
    const feats = tokens[verb].feats ?? '';
    let modality = modalityOf(view, sentence.first, [at, verb], tokens[verb].lemma ?? '');
    if (modality === 'negated' || (modality === 'asserted' && feats.includes('Tense=Past') && !feats.includes('Mood=Sub'))) continue;
    if (modality === 'asserted') modality = 'planned';
    const actor = subjectIn(context, sentence.first, t) ?? context.speakerAt(t);
    const country = actor && partyCountry(context, actor);
    if (!actor || !country) continue;
    let recipient;
    for (let u = present + 2; u < at && !recipient; u++) {
      const party = partyStartingAt(parties, u);
      if (party && !party.place && partyCountry(context, party) && party.mention?.entity !== actor.mention?.entity) recipient = party;
    }
    recipient ??= country === context.homeCountry ? { first: present, last: present, country, place: false } : undefined;
    if (!recipient) continue;
    found.push({ type: 'CONSULT', trigger: [t, verb], lemma: `${keys[at]} ${tokens[verb].lemma ?? ''}`.trim(), actor, recipient, modality });
  }
  return found;
}

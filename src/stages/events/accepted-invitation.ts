import { matchKey } from '../clauses/match-key.js';
import type { EventContext } from './event-context.js';
import { isNegatedVerb } from './event-modality.js';

/** Most words of an invitation's phrase, from its noun to the `را` that ends it (`دعوت همتای عراقی خود برای حضور در مراسم اربعین را`). */
const PHRASE_WORDS = 16;

/** Breaks an invitation's phrase does not cross before its `را`. */
const PHRASE_STOPS: ReadonlySet<string> = new Set(['،', ':', '؛', '.', 'که', '«', '»']);

/** Nominal parts of the verbs of accepting made with کرد (match keys): `قبول کرد`. */
const ACCEPTING_NOUNS: ReadonlySet<string> = new Set(['قبول'].map(matchKey));

/** Whether the verb at `v` accepts, not negated: `پذیرفت`، `پذیرفته است`، `قبول کرد`. */
function accepts(context: EventContext, v: number): boolean {
  const { keys, tokens } = context.view;
  const lemma = tokens[v].lemma ?? '';
  const stem = matchKey(lemma.split('#')[0]);
  const accepting = stem === 'پذیرفت' || (stem === 'کرد' && ACCEPTING_NOUNS.has(keys[v - 1]));
  return accepting && !isNegatedVerb(context.view, [v, v], lemma);
}

/**
 * Whether the invitation named by its noun at `noun` is accepted (`السودانی دعوت اردوغان برای سفر به آنکارا را
 * پذیرفت`، `سلطان عمان دعوت رئیس‌جمهور ایران را پذیرفته است`): its phrase is the object, before `را`, of a verb of
 * accepting that is not negated. The one invited is then who accepts, the subject of that clause; the inviter is the
 * invitation's author, named after its noun; the visit accepted is to come.
 */
export function acceptedInvitation(context: EventContext, noun: number, last: number): boolean {
  const { keys, tokens } = context.view;
  let ra = noun + 1;
  while (ra < last && ra - noun <= PHRASE_WORDS && keys[ra] !== 'را' && !PHRASE_STOPS.has(keys[ra]) && tokens[ra].pos !== 'VERB') ra++;
  if (keys[ra] !== 'را') return false;
  let v = ra + 1;
  while (v < last && v - ra <= 2 && tokens[v].pos !== 'VERB') v++;
  return v <= last && tokens[v]?.pos === 'VERB' && accepts(context, v);
}

import { matchKey } from '../clauses/match-key.js';
import { type EventContext, partyCountry } from './event-context.js';
import { type Party, partyStartingAt } from './event-parties.js';

/**
 * A list of demands that calls bodies in (`خواستار حضور رئیس دانشگاه در جمع خود و پاسخگویی وزارت بهداشت شدند`):
 * each demand asks its own body, one REQUEST each, as a request to two sides is one per side.
 * @module
 */

/** Nouns (match keys) of a demand that calls a body in: its presence, its stepping in, a meeting with it, its answer. */
const CALLING_IN: ReadonlySet<string> = new Set(['حضور', 'ورود', 'دیدار', 'پاسخگویی'].map(matchKey));

/** Words that part the demands of a list (match keys). */
const SEPARATORS: ReadonlySet<string> = new Set(['و', '،']);

/**
 * The bodies asked by the demands listed in `[from, to)`, the words of a request between `خواستار` and its verb:
 * the list parted at `و` and `،` outside names, a part that opens with a party or with a noun outside a name (and
 * has more than one word) a demand of its own, any other part joined to the one before; when there are two demands
 * or more and one of them calls a body in ({@link CALLING_IN}), one side per demand — the first party it names
 * of a country, other than `actor`, else the actor's country itself (a demand made at home of no one named). Else
 * undefined: a list of measures alone (`پرداخت معوقات و اجرای کامل قانون`) is one request.
 * `خواستار دیدار با استاندار و ورود دستگاه قضایی به پرونده شدند` → [استاندار, دستگاه قضایی].
 */
export function bodiesDemanded(context: EventContext, from: number, to: number, actor: Party): Party[] | undefined {
  const { view, parties } = context;
  const { keys, tokens } = view;
  const own = partyCountry(context, actor);
  if (!own) return undefined;
  const starts: number[] = [from];
  for (let t = from; t < to; t++) {
    if (!SEPARATORS.has(keys[t]) || view.mentionAt[t] >= 0) continue;
    const next = t + 1;
    const party = partyStartingAt(parties, next);
    const noun = tokens[next]?.pos === 'NOUN' && view.mentionAt[next] < 0 && next + 1 < to && !SEPARATORS.has(keys[next + 1]);
    if (next < to && (party || noun)) starts.push(next);
  }
  if (starts.length < 2 || !starts.some((s) => CALLING_IN.has(keys[s]))) return undefined;
  return starts.map((start, i) => {
    const end = starts[i + 1] ?? to;
    for (let t = start; t < end; t++) {
      const party = partyStartingAt(parties, t);
      if (party && !party.place && partyCountry(context, party) && party.mention?.entity !== actor.mention?.entity) return party;
    }
    return { first: start, last: start, country: own, place: false };
  });
}

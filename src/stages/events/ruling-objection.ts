import { matchKey } from '../clauses/match-key.js';
import type { EventContext } from './event-context.js';
import { type Party, partyStartingAt } from './event-parties.js';
import { DEMONSTRATIVES } from './event-subject.js';

/** Nouns of a ruling or decision (match keys): an objection to one appeals it (`به این حکم اعتراض داریم`). */
const RULING_NOUNS: ReadonlySet<string> = new Set(['حکم', 'رای', 'رأی', 'تصمیم', 'مصوبه', 'قرار', 'جریمه'].map(matchKey));
/** How many words after a ruling noun name who issued it (`رأی کمیته انضباطی AFC`). */
const ISSUER_WORDS = 4;

/**
 * An objection to a ruling or decision (`ما به این حکم اعتراض داریم`، `به رأی کمیته انضباطی اعتراض خواهیم
 * کرد`): `به` + (a demonstrative +) a ruling noun in `[from, before)`. It appeals the ruling (a REQUEST, as the sample
 * reports' guide has it), aimed at who issued it: the party named right after the noun, else no one (a body with no
 * country, often: `کمیته انضباطی`), never the opposing party. Undefined when the objection is to no ruling (a protest
 * stays a protest).
 */
export function objectionToRuling(context: EventContext, from: number, before: number): { issuer?: Party } | undefined {
  const { keys } = context.view;
  for (let t = from; t < before - 1; t++) {
    if (keys[t] !== 'به') continue;
    const noun = DEMONSTRATIVES.has(keys[t + 1]) ? t + 2 : t + 1;
    if (!RULING_NOUNS.has(keys[noun])) continue;
    for (let u = noun + 1; u < Math.min(before, noun + 1 + ISSUER_WORDS); u++) {
      const party = partyStartingAt(context.parties, u);
      if (party) return { issuer: party };
    }
    return {};
  }
  return undefined;
}

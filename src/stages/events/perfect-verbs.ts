import type { Token } from '../../doc/doc.js';
import type { VerbTable } from '../../lexicon/verbs.js';
import type { SentenceView } from '../clauses/sentence-view.js';

/** Person endings of the present perfect written onto the participle (match keys): `خواسته‌ایم`، `کرده‌اند`. */
const PERFECT_ENDINGS: [string, string][] = [['ایم', 'Person=1|Number=Plur'], ['اید', 'Person=2|Number=Plur'], ['اند', 'Person=3|Number=Plur'], ['ام', 'Person=1|Number=Sing']];

/**
 * The view with each present perfect the tagger read as an adjective or noun (`خواسته‌ایم`،
 * `نپذیرفته‌اند`: a past participle of a known verb with a person ending) read as the verb it is — for the
 * events stage only; the Doc's tokens are not touched. `ای` is left out: on a participle it is far more
 * often the indefinite `بسته‌ای`، `گسترده‌ای`. Returns the same view when there is none.
 * `ما از رئیس مجلس خواسته‌ایم ...` → `خواسته‌ایم` a VERB, lemma `خواست`, first person.
 */
export function withPerfectVerbs(view: SentenceView, verbs?: VerbTable): SentenceView {
  if (!verbs) return view;
  let tokens: Token[] | undefined;
  for (let t = 0; t < view.tokens.length; t++) {
    const token = view.tokens[t];
    if (token.kind !== 'word' || token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'PROPN') continue;
    const key = view.keys[t];
    // every ending is ‌ایم، ‌اید، ‌اند or ‌ام: a cheap test before the list
    const last = key.charCodeAt(key.length - 1);
    if (key.length < 5 || (last !== 0x0645 && last !== 0x062f)) continue;
    for (const [ending, person] of PERFECT_ENDINGS) {
      if (!key.endsWith(`ه${ending}`)) continue;
      let stem = key.slice(0, -(ending.length + 1));
      const negated = stem.startsWith('ن') && !verbs.past.has(stem) && verbs.past.has(stem.slice(1));
      if (negated) stem = stem.slice(1);
      if (!verbs.past.has(stem)) break;
      tokens ??= [...view.tokens];
      tokens[t] = { ...token, pos: 'VERB', lemma: stem, feats: `Mood=Ind|${person}|Tense=Past|VerbForm=Fin${negated ? '|Polarity=Neg' : ''}` };
      break;
    }
  }
  return tokens ? { ...view, tokens } : view;
}

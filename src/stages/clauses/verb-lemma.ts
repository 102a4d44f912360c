import type { Token } from '../../doc/doc.js';
import type { VerbTable } from '../../lexicon/verbs.js';
import { FUTURE_FORMS, GLUED_FUTURE } from '../morph/verb-paradigm.js';
import { matchKey } from './match-key.js';

export { FUTURE_FORMS, GLUED_FUTURE };

const PREFIXES = ['نمی', 'می', 'ن', 'ب'];
const ENDINGS = ['یم', 'ید', 'ند', 'م', 'ی', 'د', ''];

/**
 * The future auxiliary in either polarity, its preverb glued on or not (`خواهد`، `نخواهد`،
 * `درخواهد`): `خواهد گفت`، `امضا نخواهد کرد`، `به حالت تعلیق درخواهد آورد`.
 */
export const FUTURE_AUXILIARIES: ReadonlySet<string> = new Set([...[...FUTURE_FORMS].flatMap((form) => [form, 'ن' + form]), ...GLUED_FUTURE.keys()]);

/** The future auxiliary a word is, its glued preverb taken off (`درخواهد` → `خواهد`), or the word itself. */
export function futureAuxiliary(key: string): string {
  return GLUED_FUTURE.get(key)?.auxiliary ?? key;
}

/**
 * The lemma of a verb token (the past stem): `token.lemma` when the morphology stage ran;
 * otherwise a small analysis against the verb table (`می‌گوید` → `گفت`, `نکردند` → `کرد`,
 * `کرده` → `کرد`). Returns the token's match key when nothing fits.
 */
export function verbLemma(token: Token, verbs?: VerbTable): string {
  if (token.lemma) return matchKey(token.lemma);
  const key = matchKey(token.norm);
  if (!verbs) return key;
  for (const prefix of ['', ...PREFIXES]) {
    if (!key.startsWith(prefix)) continue;
    const body = key.slice(prefix.length);
    if (verbs.past.has(body)) return body;
    if (body.endsWith('ه') && verbs.past.has(body.slice(0, -1))) return body.slice(0, -1);
    for (const ending of ENDINGS) {
      if (!ending || !body.endsWith(ending)) continue;
      const stem = body.slice(0, body.length - ending.length);
      if (verbs.past.has(stem)) return stem;
      const present = verbs.byPresent.get(stem) ?? verbs.byPresent.get(stem.replace(/ی$/, ''));
      if (present && prefix !== '') return matchKey(present[0].past);
    }
  }
  return key;
}

/** Whether a verb token is negated: `Polarity=Neg` from morphology, else a ن/نمی prefix the lemma lacks. */
export function isNegated(token: Token, lemma: string): boolean {
  if (token.feats) return token.feats.includes('Polarity=Neg');
  const key = matchKey(token.norm);
  return (key.startsWith('ن') && !lemma.startsWith('ن')) || key.startsWith('نمی');
}

/** Plural auxiliaries written apart: `کرده‌اند`، `کرده بودند`، `شده باشند`. */
const PLURAL_AUXILIARIES = new Set(['اند', 'بودند', 'باشند', 'شدند', 'شده‌اند'].map(matchKey));

/**
 * Whether a verb token (with the auxiliaries after it) is third person plural: `Number=Plur|Person=3`
 * from morphology, else its ending against the verb table — `خواندند` (not `خواند`), `می‌دانند` (not
 * `می‌داند`), `کرده‌اند`، `کرده بودند`.
 */
export function isThirdPlural(tokens: readonly Token[], verb: number, auxiliaries: readonly Token[], verbs?: VerbTable): boolean {
  const all = [tokens[verb], ...auxiliaries];
  if (all.some((token) => token.feats)) return all.some((token) => !!token.feats?.includes('Number=Plur') && token.feats.includes('Person=3'));
  if (auxiliaries.some((token) => PLURAL_AUXILIARIES.has(matchKey(token.norm)))) return true;
  const key = matchKey(tokens[verb].norm);
  if (!key.endsWith('ند')) return false;
  const lemma = verbLemma(tokens[verb], verbs);
  return ['', ...PREFIXES].some((prefix) => {
    if (!key.startsWith(prefix)) return false;
    const body = key.slice(prefix.length, -2);
    return body === lemma || body === `${lemma}ها` || (prefix !== '' && !!verbs?.byPresent.has(body));
  });
}

import type { Token } from '../../doc/doc.js';
import type { VerbTable } from '../../lexicon/verbs.js';
import { matchKey } from './match-key.js';

const PREFIXES = ['نمی', 'می', 'ن', 'ب'];
const ENDINGS = ['یم', 'ید', 'ند', 'م', 'ی', 'د', ''];

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

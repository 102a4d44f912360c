import type { PersonEnding } from './verb-paradigm.js';

/**
 * UD features of a verb form in CoNLL-U order (sorted by name): the shape's features plus person,
 * number, negation and, for the auxiliary خواه, the future tense.
 * `verbFeats('Mood=Ind|Tense=Pres', {person: 3, number: 'Sing'}, true, false)` →
 * `Mood=Ind|Number=Sing|Person=3|Polarity=Neg|Tense=Pres` (نمی‌گوید).
 */
export function verbFeats(shapeFeats: string, ending: PersonEnding | undefined, negative: boolean, future: boolean): string {
  const feats = shapeFeats.split('|').filter(Boolean);
  if (future) {
    for (let i = feats.length - 1; i >= 0; i--) if (feats[i].startsWith('Mood=') || feats[i].startsWith('Tense=')) feats.splice(i, 1);
    feats.push('Tense=Fut', 'VerbForm=Fin');
  }
  if (ending && !(ending.person === 3 && ending.number === 'Sing' && shapeFeats.includes('VerbForm=Part'))) {
    feats.push(`Number=${ending.number}`, `Person=${ending.person}`);
  }
  if (negative) feats.push('Polarity=Neg');
  return feats.sort().join('|');
}

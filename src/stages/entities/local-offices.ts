import { type EntityContext, isPunctuation, type NameMention } from './entity-context.js';
import { entityKey } from './entity-key.js';
import { PLACE_CLASSIFIERS, STOP_WORDS } from './function-words.js';

/** Offices named after the province or town they govern (استانداری، فرمانداری، شهرداری، بخشداری، دهداری). */
const GOVERNING_OFFICES = new Set(['استانداری', 'فرمانداری', 'شهرداری', 'بخشداری', 'دهداری'].map(entityKey));
/** `اداره` (entity key): `اداره کار شهرستان بروجرد`, `اداره کل راه و شهرسازی استان فارس`. */
const OFFICE = entityKey('اداره');
/** `مرکز` (entity key): `مرکز استان هرمزگان` is the province's capital, not an organization. */
const CENTRE = entityKey('مرکز');
/** Classifiers of regions that have a capital (not `کشور`, whose `مرکز` is its middle). */
const REGION_CLASSIFIERS = new Set([...PLACE_CLASSIFIERS].filter((k) => k !== entityKey('کشور')));
/** Most words between `اداره` and the place it serves (`اداره کل راه و شهرسازی`). */
const MOST_OFFICE_WORDS = 4;

/**
 * A tagger's organization that is a place: `مرکز استان هرمزگان` (the capital, said of a city; read
 * as an organization or as one place) → the place `هرمزگان`, `مرکز استان` alone → nothing, `شهرستان بروجرد` → the place `بروجرد` (the
 * entity stage gives a place its classifier back). Other spans are returned as they are.
 */
export function placeNotOrganization(context: EntityContext, span: NameMention): NameMention {
  if (span.type !== 'ORG' && span.type !== 'LOC') return span;
  const keys = context.keys;
  if (keys[span.first] === CENTRE && REGION_CLASSIFIERS.has(keys[span.first + 1] ?? '')) return { first: span.first + 2, last: Math.max(span.first + 2, span.last), type: 'LOC' };
  if (span.type === 'ORG' && PLACE_CLASSIFIERS.has(keys[span.first]) && span.last > span.first + 1) return { first: span.first + 1, last: span.last, type: 'LOC' };
  return span;
}

/** Whether token `i` can stand between `اداره` and its place: a plain word (or `و`) in no name. */
function officeWord(context: EntityContext, i: number, spans: readonly NameMention[]): boolean {
  const token = context.tokens[i];
  if (!token || token.kind !== 'word' || isPunctuation(context, i) || spans.some((s) => s.first <= i && s.last > i)) return false;
  if (context.keys[i] === 'و') return true;
  const pos = token.pos;
  return !STOP_WORDS.has(context.keys[i]) && pos !== 'VERB' && pos !== 'AUX' && pos !== 'ADP';
}

/**
 * Offices of a province or town become organizations with the place they serve:
 * `استانداری لرستان`, `فرمانداری بروجرد` (the office word right before a place), `اداره کار
 * شهرستان بروجرد` (`اداره`, up to four words, an optional classifier, a place). The place's
 * span is taken into the organization's; spans are changed in place.
 */
export function findLocalOffices(context: EntityContext, spans: NameMention[]): void {
  const keys = context.keys;
  for (let k = 0; k < spans.length; k++) {
    const place = spans[k];
    if (place.type !== 'LOC' || place.first === 0) continue;
    let start = place.first;
    if (REGION_CLASSIFIERS.has(keys[start - 1]) && !spans.some((s) => s.first <= start - 1 && s.last > start - 1)) start--;
    let head: number | undefined;
    if (start === place.first && GOVERNING_OFFICES.has(keys[start - 1])) head = start - 1;
    else {
      for (let i = start - 1, words = 0; i >= 0 && words <= MOST_OFFICE_WORDS && officeWord(context, i, spans); i--, words++) {
        if (keys[i] === OFFICE && i < start - 1) {
          head = i;
          break;
        }
      }
    }
    if (head === undefined || spans.some((s) => s !== place && s.first <= head && s.last > head)) continue;
    spans[k] = { first: head, last: place.last, type: 'ORG' };
  }
}

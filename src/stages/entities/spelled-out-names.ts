import { type EntityContext, isPunctuation, type NameMention } from './entity-context.js';
import { INSTITUTIONS } from './role-phrases.js';

/** Most words of a name written out before its abbreviation. */
const MOST_WORDS = 8;

/**
 * `نیروهای حافظ صلح سازمان ملل در لبنان (یونیفل)`: a listed organization in parentheses right after
 * some words names them — from the nearest body's head word (`نیروهای`, `سازمان`) back from the
 * parenthesis, with no punctuation or verb between — and they become one organization with its entry.
 * Spans inside give way. Changes `spans` in place.
 */
export function findSpelledOutNames(context: EntityContext, spans: NameMention[], from: number): void {
  for (const short of [...spans]) {
    const open = short.first - 1;
    if (short.type !== 'ORG' || !short.entry || short.entry.derived || context.keys[open] !== '(' || context.keys[short.last] !== ')') continue;
    let head: number | undefined;
    for (let k = open - 1; k >= from && open - k <= MOST_WORDS; k--) {
      const pos = context.tokens[k].pos;
      if (isPunctuation(context, k) || pos === 'VERB' || pos === 'AUX') break;
      if (INSTITUTIONS.has(context.keys[k])) head = k;
    }
    if (head === undefined || head === open - 1) continue;
    const first = head;
    if (spans.some((s) => s.first < first && s.last > first)) continue;
    for (let s = spans.length - 1; s >= 0; s--) if (spans[s].first >= first && spans[s].last <= open) spans.splice(s, 1);
    spans.push({ first, last: open, type: 'ORG', entry: short.entry });
  }
}

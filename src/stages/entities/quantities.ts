import type { EntityAttributes } from './entity-layers.js';
import { combineNumberParts, type NumberPart, numberWordValue, parseDigits, SCALES } from './number-words.js';
import type { WordInfo } from './word-info.js';
import { wordTest } from './word-tests.js';

/** A number, an amount of money or a percentage over tokens `[first, last)`. */
export interface QuantityMention {
  first: number;
  last: number;
  type: 'NUM' | 'MONEY' | 'PERCENT';
  attributes: EntityAttributes;
}

/** Currency words → ISO 4217 code and the factor to that currency's unit (a toman is ten rials). */
const CURRENCIES: ReadonlyMap<string, [string, number]> = new Map([
  ['دلار', ['USD', 1]], ['یورو', ['EUR', 1]], ['ریال', ['IRR', 1]], ['تومان', ['IRR', 10]], ['پوند', ['GBP', 1]],
  ['یوان', ['CNY', 1]], ['روبل', ['RUB', 1]], ['درهم', ['AED', 1]], ['دینار', ['IQD', 1]], ['لیر', ['TRY', 1]],
  ['لیره', ['TRY', 1]], ['ین', ['JPY', 1]], ['روپیه', ['INR', 1]], ['وون', ['KRW', 1]], ['فرانک', ['CHF', 1]], ['افغانی', ['AFN', 1]],
]);

const PERCENT_WORDS = new Set(['درصد', '٪', '%']);

function partAt(key: string): NumberPart | undefined {
  if (key in SCALES) return { kind: 'scale', value: SCALES[key] };
  if (key === 'نیم') return { kind: 'half' };
  const word = numberWordValue(key);
  if (word !== undefined) return { kind: 'value', value: word };
  if (!/^\d/.test(key) || key.includes('/') && key.split('/').length > 2) return undefined;
  const digits = parseDigits(key);
  return digits === undefined ? undefined : { kind: 'value', value: digits };
}

/** Whether token `i` is a piece of a written number ({@link partAt}), remembered per word. */
const isNumberPartAt = wordTest((key) => partAt(key) !== undefined);

/**
 * The written number starting at `i` (not `taken`), over tokens before `to` up to the first `taken` one: its pieces and
 * the token after it. `taken` is asked only of the tokens the number reaches, in order, not of the whole sentence.
 */
function numberAt(keys: readonly string[], i: number, to: number, taken: (i: number) => boolean): { parts: NumberPart[]; next: number } | undefined {
  const parts: NumberPart[] = [];
  let j = i;
  while (j < to && (j === i || !taken(j))) {
    const part = partAt(keys[j]);
    if (part) {
      if (part.kind === 'half' && parts.length === 0) break;
      parts.push(part);
      j++;
    } else if (keys[j] === 'و' && parts.length > 0 && j + 1 < to && !taken(j + 1) && partAt(keys[j + 1])) j++;
    else break;
  }
  if (parts.length === 0 || parts[0].kind === 'half') return undefined;
  return { parts, next: j };
}

/**
 * Finds numbers, money and percentages in tokens `[from, to)` (by `entityKey`), skipping tokens
 * `taken` marks (dates). A lone `یک` (the indefinite article) is a number only before a unit.
 * `سه میلیون و دویست هزار` → NUM 3200000; `۳۰ میلیارد دلار` → MONEY 3e10 USD; `۱۲٫۵ درصد` → PERCENT 12.5.
 * `words`, the keys' word descriptions when known, only make the search faster.
 */
export function findQuantities(keys: readonly string[], from: number, to: number, taken: (i: number) => boolean, words?: readonly WordInfo[]): QuantityMention[] {
  const found: QuantityMention[] = [];
  for (let i = from; i < to; i++) {
    if (!isNumberPartAt(keys, words, i) || taken(i)) continue; // most tokens: no number starts here (asked first: the cheaper test)
    const number = numberAt(keys, i, to, taken);
    if (!number) continue;
    const end = number.next;
    const value = combineNumberParts(number.parts);
    const unit = keys[end];
    // the word after the number may be its unit unless taken (a date's, a name's)
    const free = end < to && !taken(end);
    const currency = free ? CURRENCIES.get(unit) : undefined;
    if (currency) {
      found.push({ first: i, last: end + 1, type: 'MONEY', attributes: { value: value * currency[1], currency: currency[0] } });
      i = end;
    } else if (free && PERCENT_WORDS.has(unit)) {
      found.push({ first: i, last: end + 1, type: 'PERCENT', attributes: { value } });
      i = end;
    } else {
      if (end === i + 1 && keys[i] === 'یک') continue;
      found.push({ first: i, last: end, type: 'NUM', attributes: { value } });
      i = end - 1;
    }
  }
  return found;
}

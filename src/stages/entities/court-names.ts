import { type EntityContext, isPunctuation, type NameMention } from './entity-context.js';
import { entityKey } from './entity-key.js';
import { STOP_WORDS } from './function-words.js';
import { isNumberWord } from './number-words.js';
import { PLACE_KINDS } from './gazetteer.js';
import { entryOfKind, longestMatchAt } from './match-gazetteer.js';

/** Bodies whose name says what they hear: `دادگاه ویژه رسیدگی به جرائم اقتصادی`, `هیئت رسیدگی به تخلفات اداری`. */
const HEARING_BODIES = new Set(['دادگاه', 'هیئت', 'هیات', 'دادسرای', 'دیوان'].map(entityKey));
const HEARING = entityKey('رسیدگی');
/** A court's number after its kind: `دادگاه کیفری یک تهران`. */
const COURT_NUMBERS = new Set(['یک', 'دو']);
/** A court's branch, written with its number before the court: `شعبه سوم دادگاه ...`. */
const BRANCH = entityKey('شعبه');
/** Most words after `رسیدگی به`: `جرائم اخلالگران نظام اقتصادی`, `جرائم اخلالگران و مفسدان اقتصادی`. */
const MOST_MATTER_WORDS = 5;

/** Whether token `i` can be a word of what a body hears: a noun or an adjective, in no function word list, not the noun of a verb (`برگزار شد`). */
function matterWord(context: EntityContext, i: number): boolean {
  const token = context.tokens[i];
  const next = context.tokens[i + 1];
  if (next && (next.pos === 'VERB' || next.pos === 'AUX')) return false;
  return token !== undefined && token.kind === 'word' && !isPunctuation(context, i) && !STOP_WORDS.has(context.keys[i]) && (token.pos === 'NOUN' || token.pos === 'ADJ' || token.pos === 'PROPN');
}

/**
 * Courts and boards named by what they hear or by their number, as one organization in `[from, to)`:
 * a hearing body with up to two words of kind (`ویژه`, `کیفری`), a number (`یک`), `رسیدگی به` and up to
 * five words of its matter (two joined by و), and a place after it (`دادگاه کیفری یک استان خراسان رضوی`); or with a word
 * of kind and a place alone (`دادگاه تجدیدنظر استان تهران`); a branch with its number before a court
(`شعبه سوم`) is the court's (see {@link takeBranch}). Spans inside
 * give way; one that crosses the name's edge keeps it from being made. Changes `spans` in place.
 */
export function findCourtNames(context: EntityContext, spans: NameMention[], from: number, to: number, taken: Uint8Array): void {
  // (no callback in this loop: one that read `i` would cost an allocation per token)
  for (let i = from; i < to; i++) {
    if (!HEARING_BODIES.has(context.keys[i]) || taken[i]) continue;
    const end = courtNameAt(context, spans, i, to, taken);
    if (end !== undefined) i = end - 1;
  }
  for (const span of spans) takeBranch(context, span, from);
}

/** Whether token `k` is a place the lists hold on its own (`تهران`). */
function isPlace(context: EntityContext, k: number): boolean {
  const match = longestMatchAt(context.resources.gazetteer, context.keys, k, k + 1, PLACE_KINDS);
  return match !== undefined && entryOfKind(match.entries, PLACE_KINDS)?.ambiguous !== true;
}

/** The court or board named from the hearing body at `i` (see {@link findCourtNames}), added to `spans`: where it ends, or undefined. */
function courtNameAt(context: EntityContext, spans: NameMention[], i: number, to: number, taken: Uint8Array): number | undefined {
  let k = i + 1;
  while (k < to && k - i <= 2 && context.keys[k] !== HEARING && matterWord(context, k) && !spans.some((s) => s.first === k)) k++;
  // the number follows words of kind, not a place (`دادگاه انقلاب تهران یک تبعه ...`: `یک` opens what the court did)
  const numbered = k > i + 1 && COURT_NUMBERS.has(context.keys[k]) && !isPlace(context, k - 1);
  if (numbered) k++;
  const hears = context.keys[k] === HEARING && context.keys[k + 1] === 'به';
  if (hears) {
    k += 2;
    const start = k;
    // a و between two matter words joins them (`اخلالگران و مفسدان اقتصادی`); another body after it is no matter
    const joins = (t: number): boolean => context.keys[t] === 'و' && t > start && matterWord(context, t + 1) && !HEARING_BODIES.has(context.keys[t + 1]) && !taken[t + 1];
    while (k < to && k - start < MOST_MATTER_WORDS && ((matterWord(context, k) && !taken[k]) || joins(k))) k++;
    if (k === start) return undefined;
  }
  const place = spans.find((s) => s.first === k && s.type === 'LOC');
  // a court of a kind and a place: `دادگاه تجدیدنظر استان تهران`
  if (!numbered && !hears && !(place && k > i + 1)) return undefined;
  if (place) k = place.last;
  if (spans.some((s) => (s.first < i && s.last > i) || (s.first < k && s.last > k))) return undefined;
  for (let s = spans.length - 1; s >= 0; s--) if (spans[s].first >= i && spans[s].last <= k) spans.splice(s, 1);
  const canonical = context.tokens.slice(i, k).map((t) => t.norm).join(' ');
  // of the place's country (`هیئت مذاکره‌کننده روسیه` is Russia's), else at home
  spans.push({ first: i, last: k, type: 'ORG', entry: { kind: 'organization', canonical, derived: true, country: place?.entry?.country ?? context.homeCountry } });
  return k;
}

/**
 * A court's branch and its number written before a court's name belong to it, as the writers name
 * the court that hears a case: `شعبه ۱۵` + `دادگاه انقلاب تهران` → `شعبه ۱۵ دادگاه انقلاب تهران`,
 * `شعبه سوم دادگاه ویژه ...`. Changes `span` in place.
 */
function takeBranch(context: EntityContext, span: NameMention, from: number): void {
  const at = span.first - 2;
  if (span.type !== 'ORG' || at < from || context.keys[at] !== BRANCH || !HEARING_BODIES.has(context.keys[span.first])) return;
  const number = context.tokens[at + 1];
  if (number.kind !== 'number' && !isNumberWord(context.keys[at + 1])) return;
  span.first = at;
  if (span.entry) span.entry = { ...span.entry, canonical: context.tokens.slice(at, span.last).map((t) => t.norm).join(' '), derived: true };
}

import { type EntityContext, isPunctuation, type NameMention } from './entity-context.js';
import { entityKey } from './entity-key.js';
import { STOP_WORDS } from './function-words.js';
import { INSTITUTIONS } from './role-phrases.js';

const MINISTRY = entityKey('وزارت');
/** Most words of one portfolio after the comma or the `و` (`رفاه اجتماعی`: a noun and an adjective). */
const MOST_PORTFOLIO_WORDS = 2;

/** Whether token `i` can be a word of a portfolio: a noun or an adjective, in no function word list, no body's head word, in no other name. */
function portfolioWord(context: EntityContext, i: number, spans: readonly NameMention[]): boolean {
  const token = context.tokens[i];
  if (!token || token.kind !== 'word' || isPunctuation(context, i) || STOP_WORDS.has(context.keys[i]) || INSTITUTIONS.has(context.keys[i])) return false;
  if (token.pos !== 'NOUN' && token.pos !== 'ADJ') return false;
  const next = context.tokens[i + 1];
  if (next && (next.pos === 'VERB' || next.pos === 'AUX')) return false;
  return !spans.some((s) => s.first <= i && s.last > i);
}

/** The end of a portfolio of one or two words from `i`, or `i` when there is none. */
function portfolioEnd(context: EntityContext, i: number, to: number, spans: readonly NameMention[]): number {
  let k = i;
  // a second word only as an adjective (`رفاه اجتماعی`): a noun there is the clause's (`فناوری تفاهم‌نامه امضا کردند`)
  while (k < to && k - i < MOST_PORTFOLIO_WORDS && portfolioWord(context, k, spans) && (k === i || context.tokens[k].pos === 'ADJ')) k++;
  return k;
}

/**
 * A ministry named by a list of portfolios keeps the whole list: `وزارت تعاون` + `، کار و رفاه
 * اجتماعی` → `وزارت تعاون، کار و رفاه اجتماعی` (`وزارت بهداشت، درمان و آموزش پزشکی`) — an
 * organization opening with `وزارت` and followed by a comma, one or two words, `و` and one or two
 * words (a noun and an adjective, no body's head word); a listed ministry keeps its listed name. Changes `spans` in place.
 */
export function takePortfolios(context: EntityContext, spans: NameMention[], to: number): void {
  for (const span of spans) {
    if (span.type !== 'ORG' || context.keys[span.first] !== MINISTRY || context.keys[span.last] !== '،') continue;
    const second = portfolioEnd(context, span.last + 1, to, spans);
    if (second === span.last + 1 || context.keys[second] !== 'و') continue;
    const third = portfolioEnd(context, second + 1, to, spans);
    if (third === second + 1) continue;
    span.last = third;
    // a listed ministry keeps its listed name (`وزارت کار` → `وزارت تعاون، کار و رفاه اجتماعی`)
    if (span.entry && !span.entry.derived) continue;
    // the comma written as in the text: `وزارت تعاون، کار و ...`
    const canonical = context.tokens.slice(span.first, third).map((t, k) => (k > 0 && t.norm !== '،' ? ' ' : '') + t.norm).join('');
    span.entry = { kind: 'organization', canonical, derived: true, country: span.entry?.country ?? context.homeCountry };
  }
}

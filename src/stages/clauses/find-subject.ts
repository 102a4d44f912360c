import type { EntityType, Mention } from '../entities/entity-layers.js';
import { matchKey } from './match-key.js';
import type { SentenceView } from './sentence-view.js';

/** Words after which a name is an object or adjunct, not the subject. */
export const PREPOSITIONS: ReadonlySet<string> = new Set(['با', 'به', 'از', 'در', 'برای', 'درباره', 'علیه', 'بر', 'تا', 'نزد', 'میان', 'بین', 'همراه', 'سوی', 'طرف', 'جانب', 'نظیر', 'مانند', 'مثل', 'پیرامون', 'ضد', 'جز', 'بجز', 'توسط', 'همتای', 'سفیر', 'نماینده']);

/** Words of a part of a group before `از`: `۴۰۰ نفر از`، `جمعی از`، `یکی از`، `شماری از`. */
const PART_OF: ReadonlySet<string> = new Set(['نفر', 'تن', 'جمعی', 'یکی', 'گروهی', 'شماری', 'تعدادی', 'عده‌ای', 'بسیاری', 'برخی', 'هزاران', 'صدها', 'ده‌ها', 'بخشی'].map(matchKey));
/** Words of comparison before `از` and a count: `بیش از ۴۰۰ نفر`، `کمتر از ده نفر` (the count heads the phrase). */
const MORE_OR_LESS: ReadonlySet<string> = new Set(['بیش', 'بیشتر', 'کمتر', 'افزون'].map(matchKey));

/** Words that open a clause contrasting with the one before (match keys): `اما`، `ولی`. */
export const CONTRASTS: ReadonlySet<string> = new Set(['اما', 'ولی', 'لیکن', 'ولیکن'].map(matchKey));

/**
 * The token index where the clause proper starts: after a source line (`به گزارش ایرنا،`) or a `به گفته X،` lead,
 * or after `، اما` / `، ولی` when a name opens the clause after it as its subject, no verb before `before`
 * (`فرانسه ...، اما روسیه اعلام کرد`; not `...، اما آمریکا را به نقض توافق متهم کرد`).
 */
export function clauseStart(view: SentenceView, first: number, before: number): number {
  const { keys } = view;
  // a clause a contrast opens after a comma with a name of its own as its subject (`...، اما روسیه اعلام کرد که ...`):
  // the name not an object (`، اما آمریکا را ... متهم کرد`) and no verb between it and `before` (the cue is that clause's own)
  for (let t = before - 2; t > first + 1; t--) {
    if (keys[t - 1] !== '،' || !CONTRASTS.has(keys[t])) continue;
    const m = view.mentionAt[t + 1];
    if (m < 0 || view.mentionTokens[m][0] !== t + 1) break;
    const end = view.mentionTokens[m][1];
    let verbless = keys[end + 1] !== 'را';
    for (let u = end + 1; u < before && verbless; u++) if (view.tokens[u].pos === 'VERB') verbless = false;
    if (verbless) return t + 1;
    break;
  }
  const lead = keys[first] === 'به' && (keys[first + 1] === 'گزارش' || keys[first + 1] === 'نقل' || keys[first + 1] === 'گفته');
  const dateline = keys.slice(first, Math.min(before, first + 6)).indexOf('-');
  if (!lead && dateline < 0) return first;
  for (let t = first; t < before; t++) {
    if (keys[t] === '،' || (dateline >= 0 && !lead && t > first + dateline && keys[t] === '-')) return t + 1;
  }
  return first;
}

/** The index of the `»` when the `«` at `t` wraps one mention and nothing else (`«م.ن»`, `«رضا امیری»`), else -1. */
export function wrapperEnd(view: SentenceView, t: number): number {
  const m = view.mentionAt[t + 1];
  if (m === undefined || m < 0 || view.mentionTokens[m][0] !== t + 1) return -1;
  const end = view.mentionTokens[m][1] + 1;
  return view.keys[end] === '»' ? end : -1;
}

/**
 * The subject of the verb at `before`: the leftmost mention of an allowed type in the clause before
 * it that is not inside « » nor governed by a preposition. In Persian the subject leads its clause:
 * `وزیر خارجه روسیه با همتای ترکیه‌ای خود دیدار کرد` → the mention `وزیر خارجه روسیه`.
 * « » that only wrap a name are no quotation: `«م.ن» ... مدعی شد` → `م.ن`.
 */
export function findSubject(view: SentenceView, first: number, before: number, types: ReadonlySet<EntityType>, skip?: (token: number) => boolean): Mention | undefined {
  const { keys, mentionAt, mentions, mentionTokens } = view;
  let inQuote = 0;
  let wrapperClose = -1;
  for (let t = clauseStart(view, first, before); t < before; t++) {
    if (keys[t] === '«' && inQuote === 0 && (wrapperClose = wrapperEnd(view, t)) >= 0) continue;
    if (t === wrapperClose) continue;
    if (keys[t] === '«') inQuote++;
    else if (keys[t] === '»') inQuote = Math.max(0, inQuote - 1);
    if (inQuote > 0 || skip?.(t)) continue;
    const m = mentionAt[t];
    if (m < 0 || mentionTokens[m][0] !== t || !types.has(mentions[m].type)) continue;
    const previous = t > first ? keys[t - 1] : '';
    // `بیش از ۴۰۰ نفر از کارگران ...`، `جمعی از پرستاران`: a part of a group is the subject, its از no preposition
    // (`بیش از ۴۰۰ نفر از ...`: a group whose mention opens with its count; `بیش از وزیر نفت، ...` compares, no subject)
    const counted = MORE_OR_LESS.has(keys[t - 2]) && view.tokens[t].pos === 'NUM';
    if (PREPOSITIONS.has(previous) && !(previous === 'از' && t - 2 >= first && (PART_OF.has(keys[t - 2]) || counted))) continue;
    return mentions[m];
  }
  return undefined;
}

/**
 * The mention governed by `marker` nearest before `before` (`با X`، `به X`، `علیه X`), or for `را`
 * the mention that ends just before it (`X را محکوم کرد`).
 */
export function findMarked(view: SentenceView, from: number, before: number, marker: string, types: ReadonlySet<EntityType>): Mention | undefined {
  const { keys, mentionAt, mentions, mentionTokens } = view;
  for (let t = before - 1; t >= from; t--) {
    if (keys[t] !== marker) continue;
    if (marker === 'را') {
      for (let u = t - 1; u >= from && t - u <= 6; u--) {
        const m = mentionAt[u];
        if (m >= 0 && types.has(mentions[m].type)) return mentions[m];
      }
      return undefined;
    }
    for (let u = t + 1; u < before && u - t <= 4; u++) {
      const m = mentionAt[u];
      if (m >= 0 && mentionTokens[m][0] === u && types.has(mentions[m].type)) return mentions[m];
    }
  }
  return undefined;
}

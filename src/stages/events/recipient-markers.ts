import { type EventContext, isCountryLevel, isCountryParty, partyCountry } from './event-context.js';
import { type Party, partyStartingAt } from './event-parties.js';
import { subjectIn } from './event-subject.js';
import { gluedParty, markedParty, OBJECT_STOPS, objectParty } from './object-phrase.js';

/**
 * The recipient of an event found by its pattern's markers (`به`، `را`، `+`، `*`، `$` ...).
 * @module
 */

/** Nouns after `با` that open a manner phrase (`با اشاره به`، `با بیان اینکه`), not a partner. */
const MANNER_AFTER_WITH: ReadonlySet<string> = new Set(['اشاره', 'بیان', 'تاکید', 'انتقاد', 'استقبال', 'ابراز', 'حضور', 'توجه', 'هدف', 'همکاری', 'حمایت', 'رد']);

/**
 * Where the clause of a verb coordinated after another begins (`... از نتایج رایزنی‌ها خبر داده و خواستار ... شده بود`):
 * the token after the last verb in `[from, before)` that `و` follows, else `from`. A preposition before that verb is its own.
 */
function coordinatedClauseStart(context: EventContext, from: number, before: number): number {
  const { keys, tokens } = context.view;
  for (let t = before - 2; t >= from; t--) if (tokens[t].pos === 'VERB' && keys[t + 1] === 'و') return t + 2;
  return from;
}

/** Most words of a name in parentheses after a party (`(سنتکام)`، `(برنامه جهانی غذا)`). */
const PARENTHESIS_WORDS = 6;

/** The last token of a party with what stands beside it: its titles and roles, names in « » or ( ), conjuncts. */
function appositionEnd(context: EventContext, party: Party, before: number): number {
  const { keys } = context.view;
  let end = party.last;
  for (;;) {
    // a name or abbreviation in parentheses right after it is its own (`فرماندهی مرکزی ارتش آمریکا (سنتکام)`)
    if (keys[end + 1] === '(') {
      let close = end + 2;
      while (close < Math.min(before, end + PARENTHESIS_WORDS + 2) && keys[close] !== ')') close++;
      if (keys[close] === ')' && close < before) {
        end = close;
        continue;
      }
    }
    let next = end + 1;
    while (next < before && (keys[next] === '«' || keys[next] === '»')) next++;
    const joined = next < before && (keys[next] === 'و' || keys[next] === '،') && !!partyStartingAt(context.parties, next + 1);
    if (joined) next++;
    const following = next < before ? partyStartingAt(context.parties, next) : undefined;
    if (!following) return end;
    // nothing stands in apposition to a side named by no name (`رزمندگان این جنبش پایگاه ارتش اسرائیل را ...`)
    if (!joined && !party.mention) return end;
    // a country right after a person or body, with nothing between, is the object, not its apposition
    // (`وزیر دفاع آمریکا ایران را ... متهم کرد`)
    // and nothing stands in apposition to a country (`سودان سفیر امارات را ...`)
    if (!joined && !following.mention?.entity && following.country && !following.place) return end;
    // nor a town after a side with nothing between (`جنگنده‌های آمریکایی صنعا را ...`)
    if (!joined && following.place && !party.place) return end;
    // nor another body right after a body: a body's title is no body (`کمیته انضباطی کنفدراسیون باشگاه استقلال را ...`)
    if (!joined && party.mention?.type === 'ORG' && following.mention?.type === 'ORG' && following.mention.entity !== party.mention.entity) return end;
    if (!joined && following.mention?.entity !== party.mention?.entity && (isCountryParty(context, following) || isCountryParty(context, party))) return end;
    end = following.last;
  }
}

/**
 * The recipient of a trigger found by its pattern's markers, tried in order (see {@link EventPattern}): `به`
 * and other prepositions inside the phrase's gap, then before it; `را` (the object before the verb); `+`
 * the name right after a verb-less phrase (inside its object where `~` follows); `*` inside its gap; `>به` after the next `به`; `$` the genitive
 * after the noun (required); `^` the subject of a passive, with its agent after `توسط`. `missing` when a
 * required side is not named (the event is dropped); `passive` when the subject is the recipient.
 */
export function recipientOf(context: EventContext, markers: string[], span: { sentence: number; from: number; first: number; verb: number; last: number }, subject: Party | undefined): { recipient?: Party; agent?: Party; passive: boolean; missing?: boolean } {
  const { keys } = context.view;
  for (const marker of markers) {
    if (marker === '-' || marker === '~') return { passive: false };
    // `$`: the name right after the noun, its genitive, is required (`طرح استیضاح وزیر راه`)
    if (marker === '$') {
      const named = gluedParty(context, span.verb) ?? partyStartingAt(context.parties, span.verb + 1);
      return named && named !== subject ? { recipient: named, passive: false } : { passive: false, missing: true };
    }
    if (marker === '^') {
      const agent = markedParty(context, 'توسط', span.sentence, span.first);
      return { recipient: subjectIn(context, span.from, span.first), agent, passive: true };
    }
    let found: Party | undefined;
    if (marker === '+') {
      // `با` opening a manner phrase names no side (`در این دیدار با اشاره به وضعیت غزه`)
      if (keys[span.verb] === 'با' && MANNER_AFTER_WITH.has(keys[span.verb + 1])) return { passive: false, missing: true };
      found = gluedParty(context, span.verb);
      // a charge or denial whose other side is opposed (`~`) names it inside its object only: not past a comma or
      // the `از` of the next phrase (`با محکوم کردن این حملات از شورای امنیت خواست ...`)
      const objectOnly = markers.includes('~');
      for (let u = span.verb + 1; u < Math.min(span.last, span.verb + 5) && !found; u++) {
        if (objectOnly && (OBJECT_STOPS.has(keys[u]) || keys[u] === 'از')) break;
        found = partyStartingAt(context.parties, u);
      }
    } else if (marker === '*') {
      for (let u = span.first; u < span.verb && !found; u++) found = partyStartingAt(context.parties, u);
      if (!found) return { passive: false, missing: true };
    } else if (marker.startsWith('>')) {
      const word = marker.slice(1);
      for (let t = span.verb + 1; t < Math.min(span.last, span.verb + 12) && !found; t++) {
        if (OBJECT_STOPS.has(keys[t]) || context.view.tokens[t].pos === 'VERB') break;
        if (keys[t] !== word) continue;
        // the phrase of this marker only, up to the next one (`سفر ... به باکو به امضا رسید`: not `به امضا`)
        let end = t + 1;
        while (end < Math.min(span.last, t + 5) && keys[end] !== word) end++;
        found = markedParty(context, word, t, end);
      }
    } else if (marker === 'را') {
      const from = Math.max(span.from, subject && subject.last < span.first ? appositionEnd(context, subject, span.first) + 1 : 0);
      for (let t = span.first - 1; t >= from; t--) {
        if (keys[t] !== 'را') continue;
        found = objectParty(context, from, t);
        break;
      }
    } else {
      // a marker inside the phrase's gap comes first (`تحریم‌هایی علیه روسیه وضع کرد`، `روابط خود با X را قطع کرد`)
      // (not the subject's own side there: `خواستار خروج نیروهای آمریکایی از خاک این کشور شد`)
      let inGap = span.verb > span.first + 1 ? markedParty(context, marker, span.first + 1, span.verb) : undefined;
      const own = subject && partyCountry(context, subject);
      if (inGap && own && partyCountry(context, inGap) === own && isCountryLevel(context, inGap)) inGap = undefined;
      found = inGap ?? markedParty(context, marker, coordinatedClauseStart(context, span.from, span.first), span.first);
    }
    if (found && found !== subject) return { recipient: found, passive: false };
  }
  return { passive: false };
}

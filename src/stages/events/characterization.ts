import { firstPartyIn, type Party, partyStartingAt } from './event-parties.js';
import { matchKey } from '../clauses/match-key.js';
import { type EventContext, isCountryLevel, partyCountry } from './event-context.js';
import { DEMONSTRATIVES } from './event-subject.js';
import { OBJECT_STOPS } from './object-phrase.js';
import { isReporter } from './opposing-party.js';

/** Nouns of something said, proposed or decided (match keys): called anything, it is rejected (`انتقادها را «غیرمنصفانه» دانست`، `این طرح را «شتاب‌زده» خواند`). */
const SAID_NOUNS: ReadonlySet<string> = new Set(['ادعا', 'ادعای', 'ادعاها', 'ادعاهای', 'اتهام', 'اتهامات', 'اتهامها', 'انتقاد', 'انتقادها', 'انتقادهای', 'انتقادات', 'گزارش', 'اظهارات', 'حکم', 'طرح', 'پیشنهاد'].map(matchKey));
/** Nouns of dealings between sides (match keys): one's own, called anything, are no charge (`همکاری دریایی مسکو و تهران را «راهبردی» توصیف کرد`). */
const DEALING_NOUNS: ReadonlySet<string> = new Set(['همکاری', 'همکاریها', 'همکاریهای', 'روابط', 'رابطه', 'مناسبات', 'تعامل', 'تعاملات', 'شراکت'].map(matchKey));
/** Parts of speech a characterization opens with: a noun phrase or an adjective (`«دزدی دریایی»`، `«بی‌اساس»`), not a preposition (`«در چارچوب ...»`). */
const PREDICATE_OPENERS: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'PROPN', 'NUM']);
/** Privative prefixes a damaged half-space leaves as words of their own (`«بی اساس»`، `«غیر قانونی»`): the characterization opens with the word after. */
const PRIVATIVE_PREFIXES: ReadonlySet<string> = new Set(['بی', 'غیر', 'نا'].map(matchKey));
/** Most words of an object phrase looked at before its `را`. */
const OBJECT_WORDS = 14;
/** How near its `را` a demonstrative names an act told before (`این اقدام را`، `این تحریم‌ها را`، `آن را`). */
const REFERRED_WORDS = 3;

/**
 * A characterization set in « » right after its object (`X این اقدام را «دزدی دریایی» خواند`, table rows
 * with actor `calls`; `first` is the `«`): ACCUSE of the object's author, or REJECT when the object is something
 * said or decided (`ادعای کارگران ... را «نادرست» خواند`، `این حکم را «سنگین» دانست`). The recipient is the one
 * found in the object phrase, else, when a demonstrative names an act told before (`این اقدام را`), the side
 * whose act a reaction phrase before it names (`در واکنش به تحریم‌های آمریکا ...، این اقدام را`), else the actor
 * of the last act read. Undefined — no event — when no `را` opens the « », when what is in them opens with no noun
 * or adjective (`«در چارچوب سیاست همسایگی»`; a privative prefix written apart, `«بی اساس»`, opens the word after it), when the object is one's own dealings with a partner (`همکاری ... با
 * تهران را «راهبردی» می‌داند`، `همکاری مسکو و تهران را «رو به گسترش» خواند` said in Moscow) or when the recipient is the actor's own country (`حق‌آبه عراق را «حقی انسانی»
 * توصیف کرد`).
 */
export function characterization(context: EventContext, first: number, from: number, actor: Party | undefined, recipient: Party | undefined): { type: 'ACCUSE' | 'REJECT'; recipient?: Party } | undefined {
  const { keys, tokens } = context.view;
  const ra = first - 1;
  const opener = PRIVATIVE_PREFIXES.has(keys[first + 1] ?? '') ? first + 2 : first + 1;
  if (keys[ra] !== 'را' || !PREDICATE_OPENERS.has(tokens[opener]?.pos ?? '')) return undefined;
  let start = ra;
  while (start - 1 >= from && ra - start < OBJECT_WORDS && !OBJECT_STOPS.has(keys[start - 1]) && tokens[start - 1].pos !== 'VERB') start--;
  // one's own dealings with a partner (`همکاری دریایی با تهران را «راهبردی» می‌داند`) are no charge
  // (a news agency after با is an interview the words stand in: `در گفت‌وگو با ایلنا وعده‌های ... را`)
  // (nor are one's dealings with a partner named together with one's own side: `همکاری دریایی مسکو و تهران را «رو به گسترش»
  // توصیف کرد` said by a Russian — said by a third country, `همکاری تهران و مسکو را «پوششی برای ...» خواند` is a charge)
  const own = actor && partyCountry(context, actor);
  if (own && keys.slice(start, ra).some((k) => DEALING_NOUNS.has(k)) && ownSideNamed(context, Math.max(start, (actor?.last ?? -1) + 1), ra, own)) return undefined;
  for (let t = start; t < ra; t++) {
    const partner = keys[t] === 'با' ? partyStartingAt(context.parties, t + 1) : undefined;
    if (partner && !isReporter(context.view, partner)) return undefined;
  }
  const type = keys.slice(start, ra).some((k) => SAID_NOUNS.has(k)) ? 'REJECT' : 'ACCUSE';
  const acted = context.memory.actedLast;
  // a demonstrative opens the object phrase: a party found before it stands outside (`مستقر در بحرین در بیانیه‌ای این رزمایش را`)
  let opens = -1;
  for (let t = ra - 1; t >= Math.max(start, ra - REFERRED_WORDS) && opens < 0; t--) if (DEMONSTRATIVES.has(keys[t])) opens = t;
  const inside = recipient && recipient.first > opens ? recipient : undefined;
  const answered = opens < 0 || inside ? undefined : reactedTo(context, from, start, own);
  const to = opens < 0 ? recipient : inside ?? answered ?? (acted && acted.mention?.entity !== actor?.mention?.entity ? acted : undefined);
  if (to && own && partyCountry(context, to) === own && isCountryLevel(context, to)) return undefined;
  return { type, recipient: to };
}

/** Whether a party of the country `own` is named in `[from, to)`. */
function ownSideNamed(context: EventContext, from: number, to: number, own: string): boolean {
  return firstPartyIn(context.parties, from, to, (party) => partyCountry(context, party) === own) !== undefined;
}

/**
 * The side whose act a reaction phrase before the object names (`در واکنش به تحریم‌های تازه آمریکا علیه ...، این
 * اقدام را «زورگویی» خواند` → آمریکا; `در واکنش به گزارش رویترز درباره ...، این گزارش را` → رویترز): the first party
 * after `در واکنش به` in `[from, to)`, up to a comma, when it is not of the actor's country `own`.
 */
function reactedTo(context: EventContext, from: number, to: number, own: string | undefined): Party | undefined {
  const { keys } = context.view;
  for (let t = from; t + 1 < to; t++) {
    if (keys[t] !== 'واکنش' || keys[t + 1] !== 'به') continue;
    for (let u = t + 2; u < to && keys[u] !== '،'; u++) {
      const party = partyStartingAt(context.parties, u);
      if (party) return own && partyCountry(context, party) === own ? undefined : party;
    }
    return undefined;
  }
  return undefined;
}

import { type EntityContext, isPunctuation, type NameMention, sortByFirst } from './entity-context.js';
import { entityKey } from './entity-key.js';
import { STOP_WORDS } from './function-words.js';
import { ORGANIZATION_KINDS } from './gazetteer.js';
import { matchGazetteer } from './match-gazetteer.js';

/**
 * Nouns that name a part of an organization, written before it: `کمیته انضباطی کنفدراسیون فوتبال
 * آسیا`, `سرویس اقدام خارجی اتحادیه اروپا`, `کمیسیون اقتصادی مجلس`, `معاونت علمی ...`, `دبیرخانه ...`,
 * `هیئت رئیسه مجلس`, `روابط عمومی نیروی دریایی ارتش`. Not `شعبه` (`شعبه ۲۶ دادگاه انقلاب تهران`): a court's branch with its number
 * is taken by the court's name (court-names.ts), as most writers name it; not `ناوگان` (`ناوگان جنوب نیروی دریایی ارتش`), which cost
 * an event where the navy acts (issue 4, fourth session).
 */
const PART_HEADS = new Set(['کمیته', 'کمیسیون', 'سرویس', 'معاونت', 'دبیرخانه', 'هیئت‌رئیسه', 'هیات‌رئیسه', 'هیئت‌مدیره'].map(entityKey));
/** `هیئت` heads a part only as a board (`هیئت رئیسه`, `هیئت مدیره`); `هیئت ارتش سودان` is a delegation. */
const BOARD = new Set(['هیئت', 'هیات'].map(entityKey));
const BOARD_WORDS = new Set(['رئیسه', 'مدیره', 'امنا'].map(entityKey));
/** `روابط عمومی` (keys), a body's public relations office: `روابط عمومی نیروی دریایی ارتش`. */
const RELATIONS = entityKey('روابط');
const PUBLIC = entityKey('عمومی');
/** Most words between the part's noun and its organization (`اقدام خارجی`, `رئیسه`, `۱۵`). */
const MOST_WORDS = 3;

/** Whether token `i` can stand between a part's noun and the organization: a plain word or a number, in no name. */
function partWord(context: EntityContext, i: number): boolean {
  const token = context.tokens[i];
  if (!token || isPunctuation(context, i) || STOP_WORDS.has(context.keys[i])) return false;
  if (token.kind === 'number') return true;
  const pos = token.pos;
  return token.kind === 'word' && pos !== 'VERB' && pos !== 'AUX' && pos !== 'ADP' && pos !== 'CCONJ' && pos !== 'SCONJ' && pos !== 'PRON' && pos !== 'DET';
}

/** Whether a body the lists know is named within tokens `[first, last)` (`AFC`). */
function namesListedBody(context: EntityContext, first: number, last: number): boolean {
  return matchGazetteer(context.resources.gazetteer, context.keys, first, last, ORGANIZATION_KINDS).some((m) => m.entries.some((e) => e.kind === 'organization' && !e.ambiguous));
}

/** Words that point back to a body named before: `این کمیسیون تصمیم پارلمان اروپا را ...` names no part. */
const DEMONSTRATIVES = new Set(['این', 'آن', 'همین', 'همان']);

/** Whether a part of an organization opens at `i`: `کمیته`, or `هیئت` before `رئیسه` — not after `این`. */
function opensPart(context: EntityContext, i: number): boolean {
  if (DEMONSTRATIVES.has(context.keys[i - 1] ?? '')) return false;
  return PART_HEADS.has(context.keys[i]) || (BOARD.has(context.keys[i]) && BOARD_WORDS.has(context.keys[i + 1] ?? '')) || (context.keys[i] === RELATIONS && context.keys[i + 1] === PUBLIC);
}

/**
 * A part of an organization named before it is one organization of its own, with the whole name
 * (the gold's and the reader's): `کمیته انضباطی` + `کنفدراسیون فوتبال آسیا` → `کمیته انضباطی
 * کنفدراسیون فوتبال آسیا`. The part's noun and up to three words (numbers too: `کمیته ۱۲`) before an
 * organization, in no other name — or the tagger's organization of those words right before it —
 * join the organization's span; its name is then read from its words. Spans are changed in place.
 */
export function findSubBodies(context: EntityContext, spans: NameMention[]): void {
  sortByFirst(spans);
  for (let k = 0; k < spans.length; k++) {
    const body = spans[k];
    if (body.type !== 'ORG' || opensPart(context, body.first)) continue;
    const before = spans[k - 1];
    let head: number | undefined;
    // (not when those words name a body already: `کمیته انضباطی AFC` + `پرسپولیس` are two)
    if (before && before.type === 'ORG' && before.last === body.first && opensPart(context, before.first) && body.first - before.first <= MOST_WORDS + 1) head = namesListedBody(context, before.first + 1, before.last) ? undefined : before.first;
    else {
      for (let i = body.first - 1; i >= 0 && body.first - i <= MOST_WORDS + 1; i--) {
        if (spans.some((s) => s.first <= i && s.last > i)) break;
        if (opensPart(context, i)) {
          head = i < body.first - 1 || PART_HEADS.has(context.keys[i]) ? i : undefined;
          break;
        }
        if (!partWord(context, i)) break;
      }
    }
    if (head === undefined) continue;
    if (before && before.first === head) {
      spans.splice(k - 1, 1);
      k--;
    }
    body.first = head;
    const canonical = context.tokens.slice(head, body.last).map((t) => t.norm).join(' ');
    body.entry = { kind: 'organization', canonical, derived: true, ...(body.entry?.country ? { country: body.entry.country } : {}), ...(body.entry?.subtype ? { subtype: body.entry.subtype } : {}) };
  }
}

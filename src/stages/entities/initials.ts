import { type EntityContext, type NameMention, overlapsAny } from './entity-context.js';

/** One Persian or Arabic letter with the dot written after it: the first of two initials (`ع.` in `ع.ن`). */
const LETTER_WITH_DOT = /^[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]\.$/u;
/** One Persian or Arabic letter alone: the second initial (`ن`, also the damaged `ك` of `م.ك`). */
const LETTER = /^[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]$/u;

/** Dotted pairs that abbreviate words, not names: calendars (`ه.ش`, `ه.ق`, `ق.م`), hours (`ق.ظ`, `ب.ظ`), a P.O. box (`ص.پ`). */
const ABBREVIATIONS: ReadonlySet<string> = new Set(['ه.ش', 'ه.ق', 'ق.م', 'ق.ظ', 'ب.ظ', 'ص.پ', 'ص.ب']);

/**
 * Whether the tokens at `i` and `i + 1` are a person's two initials written with a dot and no space
 * (`ع.ن`, `«م.ک»`, `ر.ش،`), the way Iranian courts and agencies name defendants: the tokenizer
 * reads them as `ع.` + `ن`. Three or more letters (`پ.ک.ک`, the PKK) are an abbreviation of an
 * organization, never a person, so a dotted letter glued before or after the pair rules it out.
 * `متهم ردیف اول، ر.ش، به ۱۰ سال حبس محکوم شد` → true at `ر.`.
 */
export function initialsAt(context: EntityContext, i: number): boolean {
  const { tokens } = context;
  const first = tokens[i];
  const second = tokens[i + 1];
  if (!first || !second || second.start !== first.end || !LETTER_WITH_DOT.test(first.norm) || !LETTER.test(second.norm)) return false;
  if (ABBREVIATIONS.has(first.norm + second.norm)) return false;
  const before = tokens[i - 1];
  if (before && before.end === first.start && LETTER_WITH_DOT.test(before.norm)) return false;
  // a third letter glued after the pair (`ع.ن.ک` read as `ع.` `ن` `.` `ک`) makes an abbreviation too
  const after = tokens[i + 2];
  return !(after && after.start === second.end && after.norm.startsWith('.') && tokens[i + 3] !== undefined && tokens[i + 3].start === after.end && LETTER.test(tokens[i + 3].norm));
}

/**
 * Where an organization's abbreviation of three or more dotted letters written together starts at
 * token `i` and ends (`پ.ک.ک` read as `پ.` `ک.` `ک`), or undefined.
 */
export function abbreviationEnd(context: EntityContext, i: number): number | undefined {
  const { tokens } = context;
  // it opens with one letter and a dot (LETTER_WITH_DOT): most tokens are ruled out by their length
  const opening = tokens[i]?.norm;
  if (opening === undefined || opening.length !== 2 || opening.charCodeAt(1) !== 0x2e) return undefined;
  const before = tokens[i - 1];
  if (before && before.end === tokens[i]?.start && LETTER_WITH_DOT.test(before.norm)) return undefined;
  let k = i;
  while (k < tokens.length && (k === i || glued(tokens, k)) && LETTER_WITH_DOT.test(tokens[k].norm)) k++;
  if (k < tokens.length && k > i && glued(tokens, k) && LETTER.test(tokens[k].norm)) k++;
  return k - i >= 3 ? k : undefined;
}

/** Whether token `k` is written right after token `k - 1`, with no space. */
function glued(tokens: EntityContext['tokens'], k: number): boolean {
  return tokens[k].start === tokens[k - 1].end;
}

/** The span over exactly `[first, last)` without a listed meaning, if any. */
function unlistedSpan(spans: readonly NameMention[], first: number, last: number): NameMention | undefined {
  for (const s of spans) if (s.first === first && s.last === last && !s.entry) return s;
  return undefined;
}

/**
 * Adds an ORG span for every dotted abbreviation of three or more letters in `[from, to)` that no
 * span covers (`حمله پ.ک.ک به پاسگاه` → `پ.ک.ک`), named as written; one the tagger found whole
 * becomes that organization, named as written too.
 */
export function abbreviatedOrganizations(context: EntityContext, spans: NameMention[], from: number, to: number, taken: Uint8Array): void {
  // (no callback reads `i` in this loop: that would cost an allocation per token)
  for (let i = from; i < to; i++) {
    const end = abbreviationEnd(context, i);
    if (end === undefined || end > to) continue;
    const canonical = context.tokens.slice(i, end).map((t) => t.norm).join('');
    const same = unlistedSpan(spans, i, end);
    if (same) Object.assign(same, { type: 'ORG', entry: { kind: 'organization', canonical, derived: true } });
    else if (!taken[i] && !overlapsAny(spans, i, end)) spans.push({ first: i, last: end, type: 'ORG', entry: { kind: 'organization', canonical, derived: true } });
    i = end - 1;
  }
}

import type { Doc, Span } from '../../doc/doc.js';
import type { Stage } from '../../pipeline/stage.js';
import { type Gazetteer, lookupPhrase } from '../entities/gazetteer.js';
import { sentenceView, type SentenceView } from '../clauses/sentence-view.js';
import { tokenSpan } from '../clauses/sentence-view.js';

/** `layers.source[i]`: the agency that reports, or one it quotes (`via`), as written, with its entity when known. */
export interface SourcePart extends Span {
  role: 'agency' | 'via';
  name: string;
  entity?: string;
}

/** Words between `به گزارش` and the agency's name: `خبرگزاری`, `خبرنگار سیاسی`, `پایگاه خبری`... */
const AGENCY_NOUNS = new Set(['خبرگزاری', 'خبرنگار', 'پایگاه', 'اطلاع‌رسانی', 'اطلاعرسانی', 'خبری', 'روزنامه', 'شبکه', 'سایت', 'گروه', 'سرویس', 'باشگاه', 'خبرنگاران', 'جوان', 'حوزه', 'رسانه']);
const NAME_END = new Set(['،', ',', 'به', 'از', 'و', ':', '-', 'در']);

/** The name mention covering token `t`, as its first and past-last tokens and its entity, if any. */
function mentionOver(view: SentenceView, t: number): { from: number; to: number; entity: string } | undefined {
  const m = view.mentionAt[t];
  if (m < 0 || view.mentions[m].kind === 'role' || view.mentions[m].kind === 'pronoun') return undefined;
  return { from: view.mentionTokens[m][0], to: view.mentionTokens[m][1] + 1, entity: view.mentions[m].entity };
}

/**
 * The name at token `t` (`from` the first token of the attribution after `به گزارش` / `به نقل از`, the desk nouns
 * skipped to `t`): the mention starting there, else the words up to a comma or `به نقل از`. An agency whose own name
 * is made of those nouns (`باشگاه خبرنگاران جوان`) or holds them (`خبرگزاری دانشجو`: `دانشجو` alone is no agency the
 * lists know, `ایرنا` is) is the whole mention that opens among the nouns, with its entity.
 */
function nameAt(view: SentenceView, t: number, last: number, from = t, gazetteer?: Gazetteer): { from: number; to: number; entity?: string } | undefined {
  const m = view.mentionAt[t];
  if (m >= 0 && view.mentionTokens[m][0] === t) return { from: t, to: view.mentionTokens[m][1] + 1, entity: view.mentions[m].entity };
  let whole: ReturnType<typeof mentionOver>;
  for (let k = from; k < t && !whole; k++) {
    const over = mentionOver(view, k);
    if (over?.from === k && over.to >= t) whole = over;
  }
  let to = t;
  while (to < last && to - t < 4 && !NAME_END.has(view.keys[to])) to++;
  if (whole) {
    const rest = view.tokens.slice(t, Math.min(to, whole.to)).map((token) => token.norm).join(' ');
    const agency = rest !== '' && gazetteer ? lookupPhrase(gazetteer, rest).some((e) => !e.ambiguous) : rest !== '';
    return agency ? { from: t, to: Math.min(to, whole.to), entity: whole.entity } : whole;
  }
  return to > t ? { from: t, to } : undefined;
}

/** Whether a name (not an office: the reporter's own `خبرنگار سیاسی X` is one) starts at token `t`. */
function namedAt(view: SentenceView, t: number): boolean {
  const m = view.mentionAt[t];
  return m >= 0 && view.mentionTokens[m][0] === t && view.mentions[m].kind !== 'role' && view.mentions[m].kind !== 'pronoun';
}

function skipNouns(view: SentenceView, t: number, last: number): number {
  // خبرنگار + a desk adjective (سیاسی، اقتصادی، ...) is not the name either
  let u = t;
  while (u < last && AGENCY_NOUNS.has(view.keys[u])) {
    u++;
    if (view.keys[u - 1] === 'خبرنگار' && u < last && view.keys[u].endsWith('ی') && !namedAt(view, u)) u++;
  }
  return u;
}

/** Whether the sentence at `first` starts with `به گزارش` or a dateline (`تهران- ایرنا-`). */
function opensWithSource(view: SentenceView, first: number, last: number): boolean {
  const keys = view.keys;
  if (keys[first] === 'به' && keys[first + 1] === 'گزارش') return true;
  const dash = keys.slice(first, Math.min(last, first + 4)).indexOf('-');
  return dash > 0;
}

/**
 * The source chain from the lead's first sentence (the first paragraph that opens with it, among the
 * first three — a headline may come first): `به گزارش خبرگزاری X به نقل از Y، ...` or a dateline
 * `تهران- ایرنا- ...` → the agency X and `via` Y. `layers.source` holds them in order.
 */
export function createSourceStage(gazetteer?: Gazetteer): Stage {
  return {
    name: 'source',
    version: '1',
    requires: ['tokens', 'sentences'],
    assigns: ['source'],
    run(doc: Doc): Doc {
      const view = sentenceView(doc);
      const parts: SourcePart[] = [];
      // the attribution opens the lead: the first paragraph, or the second after a headline
      const first = view.sentences.find((sentence) => sentence.paragraph <= 2 && sentence.first === view.paragraphs[sentence.paragraph]?.first && opensWithSource(view, sentence.first, sentence.last));
      if (first) {
        const { keys } = view;
        const add = (role: SourcePart['role'], found: ReturnType<typeof nameAt>): void => {
          if (!found) return;
          const span = tokenSpan(view, found.from, found.to);
          const name = view.tokens.slice(found.from, found.to).map((t) => t.norm).join(' ');
          parts.push({ ...span, role, name, ...(found.entity ? { entity: found.entity } : {}) });
        };
        const dash = keys.slice(first.first, Math.min(first.last, first.first + 4)).indexOf('-');
        if (keys[first.first] === 'به' && keys[first.first + 1] === 'گزارش') {
          add('agency', nameAt(view, skipNouns(view, first.first + 2, first.last), first.last, first.first + 2, gazetteer));
        } else if (dash > 0) {
          add('agency', nameAt(view, first.first + dash + 1, first.last));
        }
        for (let t = first.first; t + 2 < first.last; t++) {
          if (keys[t] === 'به' && keys[t + 1] === 'نقل' && keys[t + 2] === 'از') add('via', nameAt(view, skipNouns(view, t + 3, first.last), first.last, t + 3, gazetteer));
        }
      }
      doc.layers.source = parts;
      return doc;
    },
  };
}

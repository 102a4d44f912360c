import type { Doc, Message } from '../../doc/doc.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import type { Stage } from '../../pipeline/stage.js';
import { sentenceView, type SentenceView } from '../clauses/sentence-view.js';
import type { Mention } from '../entities/entity-layers.js';
import type { Trigger } from '../clauses/trigger-table.js';
import type { CueData } from './cue-table.js';
import { findQuotes } from './find-quotes.js';
import { lemmaSpan, tokenSpan } from '../clauses/sentence-view.js';
import type { Quote } from './quote-layer.js';

/** Words that open a demonstrative office: `این مقام`، `همین دیپلمات`. */
const DEMONSTRATIVES = new Set(['این', 'همین']);

/**
 * Whether a person mention is a demonstrative office (`این مقام`، `این دیپلمات روس`) whose entity has
 * no name in the report: the entity stage did not find whom it takes up.
 */
function unnamedDemonstrative(view: SentenceView, mention: Mention): boolean {
  if (mention.type !== 'PER' || !DEMONSTRATIVES.has(view.keys[view.mentionTokens[view.mentions.indexOf(mention)][0]])) return false;
  return !view.mentions.some((m) => m.entity === mention.entity && (m.kind === 'name' || m.kind === 'alias'));
}

/**
 * Whether a pronoun subject (`وی`، `او`) was tied by the entity stage to someone named since the last
 * quote's cue only inside that quote's words: `نماینده دادستان گفت: متهم ردیف اول، ع.ف، ... . وی افزود`
 * → the prosecutor goes on, not ع.ف.
 */
function speakerTalkedOf(view: SentenceView, pronoun: Mention, lastQuote: Quote): boolean {
  if (pronoun.kind !== 'pronoun' || pronoun.entity === lastQuote.speaker) return false;
  const since = view.mentions.filter((m) => m.entity === pronoun.entity && m.start >= lastQuote.cue.start && m.start < pronoun.start);
  return since.length > 0 && since.every((m) => m.start >= lastQuote.start && m.end <= lastQuote.end);
}

/**
 * The quotes stage: `layers.quotes` — who said what, with the reporting verb and its kind. The
 * speaker is the subject of the reporting verb (a person or organization mention, pronouns and
 * roles resolved by the entity stage); a verb with no written subject (`افزود: ...`) takes the
 * speaker of the quote before it (one whose clause opens with a noun the entity stage did not know is
 * left unresolved) — but a plural verb (`برخی نمایندگان ... خواندند`) not a person last told in
 * the singular, the honorific plural of high officials kept (`تأکید کردند ... افزودند`) — and except inside a colon quote (to its closing », or with none to
 * the end of its paragraph): there only a verb with its own subject starts a new quote, and the colon
 * quote then ends with the sentence before it. A report
 * nested in another's words does not pass its speaker on; a demonstrative office the entity stage
 * tied to no named person (`به گفته این دیپلمات روس`) is the last speaker, and so is a pronoun
 * subject tied to someone named since only inside the last quote's words (`... گفت: ع.ف ... . وی افزود`). An unresolved
 * speaker becomes a warning message. Requires
 * tokens and sentences; uses `mentions`/`entities` and lemmas when present.
 *
 * `وزیر خارجه روسیه گفت: «ما آماده‌ایم.»` → one direct quote `ما آماده‌ایم.` by the minister.
 */
export function createQuotesStage(lexicons: Lexicons, cues: Map<string, Trigger<CueData>[]>): Stage {
  return {
    name: 'quotes',
    version: '1',
    requires: ['tokens', 'sentences'],
    assigns: ['quotes'],
    run(doc: Doc): Doc {
      const view = sentenceView(doc);
      const quotes: Quote[] = [];
      const messages: Message[] = [];
      let last: { speaker: string; person: boolean; plural: boolean; quote: Quote } | undefined; // the last quote's speaker, how it was told, the quote
      let openUntil = -1; // where the last colon quote ends: its », else its paragraph's end
      let open: Quote | undefined; // that quote, while it may still end at a later sentence's new quote
      for (const sentence of view.sentences) {
        const inOpenQuote = sentence.first < openUntil;
        for (const found of findQuotes(view, sentence, cues, lexicons.verbs)) {
          if (found.content[1] <= found.content[0]) continue;
          // inside such a quote, a verb with no subject of its own is the speaker's word (`می‌دانند که`)
          if (inOpenQuote && !found.speaker) continue;
          // a later sentence's own report ends a colon quote that had no »: `X گفت: ... . وزیر افزود: ...`
          if (inOpenQuote && open && !found.nested && found.cue[0] >= sentence.first) {
            open.end = view.tokens[sentence.first - 1].end;
            open = undefined;
          }
          if (found.kind === 'direct' && found.content[0] > found.cue[1]) openUntil = found.content[1];
          // `این دیپلمات`، `این مقام` that the entity stage tied to no named person: the last speaker
          const vague = found.speaker && unnamedDemonstrative(view, found.speaker);
          // a plural verb with no subject of its own is a group's (`برخی نمایندگان ... خواندند`), not the last
          // person's — unless that person was told in the plural too, the honorific of high officials
          const carried = found.implicit && found.plural && last?.person && !last.plural ? undefined : last?.speaker;
          // `وی افزود` after a quote that named someone else: the pronoun is the speaker going on
          const spokenOf = found.speaker && last?.person && speakerTalkedOf(view, found.speaker, last.quote);
          const speaker = (vague || spokenOf ? undefined : found.speaker?.entity) ?? (found.implicit || vague || spokenOf ? carried : undefined);
          const span = tokenSpan(view, found.content[0], found.content[1]);
          const cue = lemmaSpan(view, found.cue[0], found.cue[1] + 1, found.lemma);
          const quote: Quote = { id: `q${quotes.length + 1}`, ...span, cue, kind: found.kind, ...(speaker ? { speaker } : {}) };
          quotes.push(quote);
          if (found.kind === 'direct' && found.content[0] > found.cue[1]) open = found.content[1] === view.paragraphs[sentence.paragraph]?.last ? quote : undefined;
          if (speaker && !found.nested) {
            const person = speaker === last?.speaker ? last.person : found.speaker?.type === 'PER';
            last = { speaker, person, plural: speaker === last?.speaker && found.implicit ? last.plural || !!found.plural : !!found.plural, quote };
          }
          if (!speaker) messages.push({ code: 'unresolved-speaker', severity: 'warning', source: 'quotes', message: 'no speaker found for this quote', start: cue.start, end: cue.end });
        }
      }
      quotes.sort((a, b) => a.start - b.start || a.end - b.end);
      doc.layers.quotes = quotes;
      doc.messages.push(...messages);
      return doc;
    },
  };
}

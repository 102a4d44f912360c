/**
 * Name-tagger training sentences from our own annotated sample reports (examples/gold, `tune`
 * split only — the test split is never read here). The gold lists each entity with every string it
 * goes by, not token spans, so the names are projected onto the report's tokens:
 * - PER: the mentions that are part of the canonical name (`عراقچی` of `عباس عراقچی`), never a
 *   role (`وزیر امور خارجه کشورمان`), a title + name (`سرلشکر باقری`) or a pronoun; an entity
 *   whose canonical opens with a title, a role head or a word that describes rather than names
 *   (`مقام سعودی`, `منابع محلی`, `یکی از کارگران معترض`: a count or group of people, or a function word
 *   inside) gives no name at all;
 * - ORG and LOC: every mention but pronouns (`کشورمان`), demonstratives (`این کشور`) and `طرف X`.
 * Each occurrence of such a string in the report whose ends fall on token boundaries becomes a name
 * (longest first, no overlaps); every other token is `O`. A bare institution noun the gold lists as a
 * mention (`دولت`, `ارتش`, `آژانس` for one body named elsewhere) is a name by the guide's convention
 * and no name by the treebank's, and the stage's rules read it on their own (`bare-heads.ts`): a
 * sentence where one occurs as a mention is left out of training rather than taught either way.
 * Tokens carry the pipeline's own normalization and POS, as the tagger sees them at run time.
 */
import { analyze } from '../src/pipeline/analyze.js';
import type { Token } from '../src/doc/doc.js';
import { entityKey } from '../src/stages/entities/entity-key.js';
import { OFFICE_KINDS, lookupPhrase, type Gazetteer } from '../src/stages/entities/gazetteer.js';
import { INSTITUTION_NOUNS } from '../src/stages/entities/institution-nouns.js';
import { foldWord } from '../src/text/fold.js';
import type { GoldReport } from '../eval/report-eval.js';
import type { NerSentence } from './train-ner.js';

const TYPES = new Set(['PER', 'ORG', 'LOC']);
const PRONOUNS = new Set(['وی', 'او', 'ایشان', 'کشورمان', 'آنها', 'آن‌ها']);
const DESCRIPTION = /^(?:این|آن|همین|همان|طرف|یک)\s/;
/** First words of a person's canonical that describe rather than name (no name to learn from). */
const DESCRIBING = new Set([
  'مقام', 'مقامات', 'منبع', 'منابع', 'تبعه', 'اتباع', 'وکیل', 'وکلای', 'کارشناس', 'کارشناسان', 'فرد', 'افراد', 'شاهد', 'شاهدان', 'خبرنگار',
  'مردی', 'زنی', 'پزشک', 'مدیر', 'مسئول', 'مسئولان', 'عضو', 'اعضای', 'متهم', 'متهمان', 'مأمور', 'مأموران', 'سرکرده',
  // counts and groups of people (`یکی از کارگران معترض`, `جمعی از مال‌باختگان`, `کارگران کشت و صنعت`)
  'یک', 'یکی', 'دو', 'سه', 'چهار', 'پنج', 'چند', 'جمعی', 'گروهی', 'شماری', 'تعدادی', 'برخی', 'بخشی', 'همه', 'اکثر',
  'کارگران', 'معترضان', 'مال‌باختگان', 'بازنشستگان', 'ساکنان', 'اهالی', 'مردم', 'نمایندگان', 'دانشجویان', 'کشاورزان', 'هواداران',
  'کارکنان', 'پرستاران', 'معلمان', 'رانندگان', 'خانواده', 'خانواده‌های', 'امضاکنندگان', 'طراحان', 'تجمع‌کنندگان',
].map(foldWord));
/** Words a person's name never holds but a description does (`مقام آگاه در هیئت ایرانی`, `وکیل ع.ش`). */
const NOT_IN_NAMES = new Set(['از', 'در', 'به', 'با', 'برای', 'این', 'آن', 'که', 'و'].map(foldWord));

/** Tag of tokens a sentence is left out of training for (a bare institution noun as a mention). */
export const UNSURE = 'X';
const BARE_HEADS = new Set([...INSTITUTION_NOUNS.keys(), ...[...INSTITUTION_NOUNS.values()].flat()].map(foldWord));

/** Letters only, for comparing a mention with its canonical (`entityKey` folds letter variants and half-spaces; spaces and «» go here). */
const tight = (text: string): string => entityKey(text).replace(/[\s«»"]/g, '');

/** A sentence of a sample report with projected IOB tags and the pipeline's POS per token. */
export interface NewsNerSentence extends NerSentence {
  pos: string[];
}

/** The strings of one gold entity that name it (see the module comment), longest first. */
export function nameStrings(entity: GoldReport['entities'][number], gazetteer: Gazetteer): string[] {
  if (!TYPES.has(entity.type)) return [];
  const mentions = [...new Set([entity.canonical, ...entity.mentions])].filter((m) => m.trim() !== '' && !PRONOUNS.has(m.trim()) && !DESCRIPTION.test(m.trim()));
  if (entity.type === 'PER') {
    const words = entity.canonical.trim().split(/\s+/).map(foldWord);
    const first = words[0] ?? '';
    if (DESCRIBING.has(first) || words.some((w) => NOT_IN_NAMES.has(w)) || /[0-9۰-۹]/.test(entity.canonical)) return [];
    if (lookupPhrase(gazetteer, first).some((e) => OFFICE_KINDS.has(e.kind))) return [];
    const whole = tight(entity.canonical);
    return mentions.filter((m) => tight(m).length >= 2 && whole.includes(tight(m))).sort((a, b) => b.length - a.length);
  }
  return mentions.sort((a, b) => b.length - a.length);
}

/** Every occurrence of `needle` in `text`. */
function occurrences(text: string, needle: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) at.push(i);
  return at;
}

/** IOB tags over `tokens` for the names of `gold` found in `text` (longest first, never overlapping); {@link UNSURE} for bare institution nouns. */
export function projectNames(text: string, tokens: readonly Token[], gold: GoldReport, gazetteer: Gazetteer): string[] {
  const tags = tokens.map(() => 'O');
  const startsAt = new Map(tokens.map((t, i) => [t.start, i]));
  const endsAt = new Map(tokens.map((t, i) => [t.end, i]));
  const names = gold.entities.flatMap((e) => nameStrings(e, gazetteer).map((s) => ({ type: e.type, s }))).sort((a, b) => b.s.length - a.s.length);
  for (const { type, s } of names) {
    for (const at of occurrences(text, s)) {
      const first = startsAt.get(at);
      const last = endsAt.get(at + s.length);
      if (first === undefined || last === undefined || last < first) continue;
      if (tags.slice(first, last + 1).some((t) => t !== 'O')) continue;
      const unsure = first === last && type !== 'PER' && BARE_HEADS.has(foldWord(tokens[first].norm));
      for (let i = first; i <= last; i++) tags[i] = unsure ? UNSURE : `${i === first ? 'B' : 'I'}-${type}`;
    }
  }
  return tags;
}

/** The sentences of every `tune` report of `reports`, tagged by projection, as the tagger trains on them (none with a bare institution noun as a mention). */
export function newsNerSentences(pipeline: Parameters<typeof analyze>[0], reports: readonly { gold: GoldReport; text: string }[], gazetteer: Gazetteer): NewsNerSentence[] {
  const out: NewsNerSentence[] = [];
  for (const { gold, text } of reports) {
    if (gold.split !== 'tune') continue;
    const published = (gold as GoldReport & { published?: string | null }).published;
    const doc = analyze(pipeline, text, published ? { published } : {});
    const tokens = doc.layers.tokens ?? [];
    const tags = projectNames(text, tokens, gold, gazetteer);
    let t = 0;
    for (const sentence of doc.layers.sentences ?? []) {
      while (t < tokens.length && tokens[t].start < sentence.start) t++;
      const from = t;
      while (t < tokens.length && tokens[t].end <= sentence.end) t++;
      if (t === from || tags.slice(from, t).includes(UNSURE)) continue;
      const slice = tokens.slice(from, t);
      out.push({ tokens: slice.map((k) => k.norm), tags: tags.slice(from, t), pos: slice.map((k) => k.pos ?? 'X') });
    }
  }
  return out;
}

import type { Doc, Token } from '../../doc/doc.js';
import { KhabarError } from '../../doc/errors.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import type { Stage } from '../../pipeline/stage.js';
import { tokenSlots } from '../../pipeline/word-slots.js';
import { resolvePeople } from './coreference.js';
import { findDates } from './date-expressions.js';
import { publishedJdn } from './date-values.js';
import { type EntityContext, type NameMention, overlapsAny, sortByFirst } from './entity-context.js';
import { type CountryMention, entityLayers, type ValueMention } from './entity-records.js';
import { attachMentions } from './entity-layers.js';
import { type EntityResources, wordStatistics } from './entity-resources.js';
import { entityKey } from './entity-key.js';
import { findNames, opensGazetteerName } from './find-names.js';
import { withoutLoneEverydayNames } from './name-filters.js';
import { propagateOrganizationAliases, propagatePersonNames, propagateSurname } from './propagate-names.js';
import { resolveBareHeads, resolveEmployer } from './bare-heads.js';
import { CONTINUATION_VERBS, SAYING_WORDS } from './function-words.js';
import { createGazetteer } from './gazetteer.js';
import { collectPersonMentions, type PersonMention } from './person-mentions.js';
import { shareWordInfo } from './match-gazetteer.js';
import { findQuantities } from './quantities.js';
import { roleCountry } from './person-matching.js';
import { demonymAt, type RolePhrase } from './role-phrases.js';
import { createWordInfoCache, type WordInfo } from './word-info.js';
import { type WordTest, wordTest } from './word-tests.js';

/** Options of the entity stage. */
export interface EntitiesOptions {
  /**
   * ISO 3166-1 alpha-3 of the country the reports come from (default `IRN`, as for Iranian
   * agencies): what `کشورمان` ("our country") means, and the country of an office named without
   * one (`وزیر امور خارجه`).
   */
  homeCountry?: string;
}

/** Token ranges `[first, last)` of the sentences. */
function sentenceRanges(tokens: readonly Token[], sentences: readonly { start: number; end: number }[]): [number, number][] {
  const ranges: [number, number][] = [];
  let t = 0;
  for (const sentence of sentences) {
    while (t < tokens.length && tokens[t].start < sentence.start) t++;
    const first = t;
    while (t < tokens.length && tokens[t].end <= sentence.end) t++;
    if (t > first) ranges.push([first, t]);
  }
  if (ranges.length === 0 && tokens.length > 0) ranges.push([0, tokens.length]);
  return ranges;
}

/** Whether token `i` is a verb that goes on with what its sentence's subject said (`افزود`، `تصریح کرد`): a bit of its word's description. */
const continuesAt = wordTest((key) => CONTINUATION_VERBS.has(key));
/** Whether token `i` is a word of saying (`گفت`، `اعلام`): a bit of its word's description. */
const saysAt = wordTest((key) => SAYING_WORDS.has(key));

/** Whether `test` holds of one of the tokens `[from, to)`. */
function anyTokenPasses(context: EntityContext, from: number, to: number, test: WordTest): boolean {
  for (let i = from; i < to; i++) if (test(context.keys, context.words, i)) return true;
  return false;
}

/** Words that take up a body named before (entity keys): `این تیم`، `آن سازمان`. */
const TAKING_UP: ReadonlySet<string> = new Set(['این', 'آن', 'همین', 'همان'].map(entityKey));

/**
 * Whether a body's noun of `heads` stands in `[from, to)` outside every name and not taken up by `این`
 * (`تیم مذاکره‌کننده ایران`): a body left unnamed, nearer than the one named before.
 */
function unnamedBodyBetween(context: EntityContext, names: readonly NameMention[], from: number, to: number, heads: readonly string[]): boolean {
  for (let k = from; k < to; k++) {
    if (!heads.includes(context.keys[k]) || TAKING_UP.has(context.keys[k - 1] ?? '')) continue;
    if (!names.some((n) => n.first <= k && k < n.last)) return true;
  }
  return false;
}

/**
 * The entity stage: names (people, organizations, places, MISC), dates, numbers, money and
 * percentages, with people's titles, ranks and offices, and coreference within the report
 * (short names, spelling variants, offices, pronouns, `کشورمان`, `همتای ترکیه‌ای`). Requires
 * `tokens` and `sentences`; assigns `mentions` and `entities` (see `entity-layers.ts`). Reads
 * `doc.meta.published` to resolve `امروز`, `دوشنبه`, `سال گذشته`.
 * @throws KhabarError E005 when `homeCountry` is not three capital letters.
 *
 * `«سرگئی لاوروف» وزیر خارجه روسیه گفت ... لاورف افزود` → one PER entity `سرگئی لاوروف` with
 * role `وزیر خارجه` (RUS) and mentions name, role, alias.
 */
export function createEntitiesStage(lexicons: Lexicons | undefined, options: EntitiesOptions = {}): Stage {
  const homeCountry = options.homeCountry ?? 'IRN';
  if (!/^[A-Z]{3}$/.test(homeCountry)) throw new KhabarError('E005', `homeCountry must be an ISO 3166-1 alpha-3 code such as "IRN", got ${JSON.stringify(homeCountry)}`);
  const resources: EntityResources = lexicons?.entities ?? { gazetteer: createGazetteer(), countryNames: new Map() };
  const describe = createWordInfoCache(lexicons ? wordStatistics(lexicons) : { count: () => 0 });
  const officeName = (role: RolePhrase): string => {
    const parts = [role.role];
    const organization = role.organization?.entry?.canonical ?? role.organization?.text;
    if (organization) parts.push(organization);
    // (a place the office's words already name stays once: `نماینده مردم شیراز در مجلس`)
    if (role.place && !role.role.includes(role.place)) parts.push(role.place);
    const country = roleCountry(role);
    const countryName = country ? resources.countryNames.get(country) : undefined;
    if (countryName && !parts.join(' ').includes(countryName)) parts.push(countryName);
    return parts.join(' ');
  };
  return {
    name: 'entities',
    version: '1',
    requires: ['tokens', 'sentences'],
    assigns: ['mentions', 'entities'],
    run(doc: Doc): Doc {
      const tokens = doc.layers.tokens ?? [];
      const slots = tokenSlots(tokens);
      const words = new Array<WordInfo>(tokens.length);
      for (let i = 0; i < tokens.length; i++) {
        const slot = slots[i];
        if (slot.entityOwner !== describe) {
          slot.entity = describe(slot.norm);
          slot.entityOwner = describe;
        }
        words[i] = slot.entity as WordInfo;
      }
      const context: EntityContext = { tokens, words, keys: words.map((w) => w.key), resources, homeCountry };
      shareWordInfo(context.keys, words);
      const ranges = sentenceRanges(tokens, doc.layers.sentences ?? []);
      const published = publishedJdn(doc.meta.published);
      const taken = new Uint8Array(tokens.length);
      const values: ValueMention[] = [];
      const names: NameMention[] = [];
      for (const [from, to] of ranges) {
        for (const date of findDates(context.keys, from, to, published, words)) {
          values.push({ ...date, type: 'DATE' });
          taken.fill(1, date.first, date.last);
        }
        for (const quantity of findQuantities(context.keys, from, to, (i) => taken[i] === 1 || opensGazetteerName(context, i, to), words)) {
          values.push(quantity);
          taken.fill(1, quantity.first, quantity.last);
        }
        names.push(...findNames(context, from, to, taken));
      }
      propagatePersonNames(context, names, ranges, taken);
      propagateOrganizationAliases(context, names, ranges, taken);
      names.splice(0, names.length, ...withoutLoneEverydayNames(context, names));
      sortByFirst(names);
      resolveBareHeads(context, names);
      const employers = resolveEmployer(context, names, taken);
      if (employers.length > 0) {
        names.push(...employers);
        sortByFirst(names);
      }
      const countries = names.filter((n) => n.entry?.kind === 'country');
      const organizations = names.filter((n) => n.type === 'ORG');
      const around = {
        names: new Map(names.map((n) => [n.first, n])),
        lastCountry: (i: number) => countries.filter((n) => n.last <= i).pop()?.entry?.country,
        // (by its first word as written, or as listed: `استقلال` is `باشگاه استقلال`; none where a body of that noun
        // left unnamed stands nearer: `تیم مذاکره‌کننده ... رئیس این تیم` after `باشگاه پرسپولیس`)
        lastOrganization: (i: number, heads: readonly string[]) => {
          const body = organizations.filter((n) => n.last <= i && (heads.length === 0 || heads.includes(context.keys[n.first]) || heads.includes(entityKey(n.entry?.canonical.split(' ')[0] ?? '')))).pop();
          return body && unnamedBodyBetween(context, names, body.last, i, heads) ? undefined : body;
        },
      };
      const bySentence = ranges.map(() => [] as NameMention[]);
      let s = 0;
      for (const name of names) {
        while (s < ranges.length - 1 && name.first >= ranges[s][1]) s++;
        bySentence[s].push(name);
      }
      const sentences: PersonMention[][] = ranges.map(([from, to], i) => {
        const known = new Set(bySentence[i]);
        const mentions = collectPersonMentions(context, i, from, to, bySentence[i], around, taken);
        // people only an office revealed (`الهام علیاف رئیس‌جمهور ...`) are named by surname later on
        for (const rescued of bySentence[i]) {
          if (known.has(rescued) || rescued.type !== 'PER' || rescued.last - rescued.first < 2) continue;
          if (mentions.some((m) => m.kind === 'name' && m.first === rescued.first && m.last === rescued.last)) propagateSurname(context, rescued, bySentence, ranges, i + 1, taken);
        }
        return mentions;
      });
      const continues = ranges.map(([from, to]) => anyTokenPasses(context, from, to, continuesAt));
      const says = ranges.map(([from, to]) => anyTokenPasses(context, from, to, saysAt));
      const people = resolvePeople({ sentences, continues, says, homeCountry, officeName });
      const countryMentions = countryWords(context, names);
      const roles = sentences.flat().flatMap((m) => (m.kind === 'name' ? m.roles : m.kind === 'role' ? [m.role] : []));
      const others = [...names.filter((n) => n.type !== 'PER'), ...roles.flatMap((r) => r.revealed ?? [])];
      const layers = entityLayers(context, { people, names: others, values, countryMentions, countryNames: resources.countryNames, sentences: ranges });
      doc.layers.mentions = layers.mentions;
      doc.layers.entities = attachMentions(layers.entities, layers.mentions);
      return doc;
    },
  };
}

/** `طرف` (entity key): `طرف عراقی`, the Iraqi side. */
const SIDE = entityKey('طرف');

/**
 * Countries named by words that are not their names: `کشورمان` (the home country) and `طرف` + a demonym
 * (`طرف عراقی`, `طرف آمریکایی`: that country's side in talks), outside any other name.
 */
function countryWords(context: EntityContext, names: readonly NameMention[]): CountryMention[] {
  const found: CountryMention[] = [];
  const { keys } = context;
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] === 'کشورمان') found.push({ first: i, last: i + 1, country: context.homeCountry, kind: 'pronoun' });
    if (keys[i] !== SIDE || overlapsAny(names, i, i + 2)) continue;
    const country = demonymAt(context, i + 1, keys.length);
    if (country) found.push({ first: i, last: i + 2, country, kind: 'alias' });
  }
  return found;
}

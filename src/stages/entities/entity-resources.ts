import { HashedPerceptron } from '../../model/hashed-perceptron.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { entityKey } from './entity-key.js';
import { clusterFingerprint, type WordStatistics } from './word-info.js';
import { addGazetteerPhrase, createGazetteer, type Gazetteer, type GazetteerKind, type GazetteerNode, tsvRows } from './gazetteer.js';

/** The entity data files, as text (see `data/README.md`). */
export interface EntityFiles {
  /** `data/gazetteers/world.tsv`: countries, regions, cities, derived demonyms (generated). */
  world: string;
  /** `data/gazetteers/places.tsv`: Iranian provinces and cities, regions, spellings, demonyms. */
  places: string;
  /** `data/gazetteers/organizations.tsv` */
  organizations: string;
  /** `data/gazetteers/people-words.tsv`: titles, ranks, honorifics, role heads. */
  peopleWords: string;
  /** `data/gazetteers/given-names.txt` */
  givenNames: string;
  /** `data/gazetteers/misc.tsv`: weapons, agreements, events, products. */
  misc: string;
  /** `data/gazetteers/people.tsv`: public figures and the surnames they go by. */
  people?: string;
  /** `data/gazetteers/ambiguous.txt`: phrases that are everyday words too. */
  ambiguous: string;
  /** `data/ner/tagger-model.txt` (optional: without it only gazetteers and patterns find names). */
  model?: string;
}

/** Everything the entity stage reads, parsed once. */
export interface EntityResources {
  gazetteer: Gazetteer;
  /** ISO 3166-1 alpha-3 → the Persian name to report (`RUS` → `روسیه`). */
  countryNames: Map<string, string>;
  /** The statistical tagger's weights (PER/LOC/ORG in IOB). */
  model?: HashedPerceptron;
  /** `clusterFingerprint` of the word classes the weights were trained with (`# clusters` note). */
  modelClusters?: string;
}

const KINDS = new Set<GazetteerKind>(['country', 'province', 'city', 'region', 'landmark', 'organization', 'misc', 'title', 'rank', 'honorific', 'role', 'given-name', 'demonym', 'person']);

/**
 * Organizations named by a coined or foreign name (agencies, media, companies, international bodies,
 * clubs, parties, armed groups), which agencies write with a half-space or a space at will
 * (`دفاع پرس` / `دفاع‌پرس`, `اوپک پلاس` / `اوپک‌پلاس`). A state body's name is everyday words whose
 * joined form is another word (`ریاست‌جمهوری`, the presidency as an office), so it keeps its spacing.
 */
const COINED_SUBTYPES = new Set(['news-agency', 'media', 'company', 'international', 'sport', 'party', 'armed-group', 'ngo']);

/** A two-word name as listed and with its words joined by a half-space (`دفاع پرس` → `دفاع‌پرس`). */
export function spacingVariants(phrase: string): string[] {
  const words = phrase.trim().split(/\s+/);
  return words.length === 2 && !phrase.includes('\u200c') ? [phrase, words.join('\u200c')] : [phrase];
}

function addRows(gazetteer: Gazetteer, text: string, ambiguous: Set<string>, countryNames: Map<string, string>): void {
  for (const [phrase, kind, canonical = '', country = '', subtype = ''] of tsvRows(text)) {
    if (!KINDS.has(kind as GazetteerKind)) continue;
    const name = canonical || phrase;
    if (kind === 'country' && country) countryNames.set(country, name);
    const entry = {
      kind: kind as GazetteerKind,
      canonical: name,
      ...(country ? { country } : {}),
      ...(subtype ? { subtype } : {}),
      ...(ambiguous.has(entityKey(phrase)) ? { ambiguous: true } : {}),
    };
    const coined = kind === 'organization' && COINED_SUBTYPES.has(subtype);
    for (const spelling of coined ? spacingVariants(phrase) : [phrase]) addGazetteerPhrase(gazetteer, spelling, { ...entry });
  }
}

/**
 * Parses the gazetteers and the tagger's weights; pure (no I/O), so it runs in a browser.
 * Later files refine earlier ones: a curated country row sets the name reported for its code.
 * `parseEntityResources(files).gazetteer` finds `سازمان ملل متحد` as one organization.
 */
export function parseEntityResources(files: EntityFiles): EntityResources {
  const gazetteer = createGazetteer();
  const countryNames = new Map<string, string>();
  const ambiguous = new Set(tsvRows(files.ambiguous).map((row) => entityKey(row[0])));
  addRows(gazetteer, files.world, ambiguous, countryNames);
  addRows(gazetteer, files.places, ambiguous, countryNames);
  addRows(gazetteer, files.organizations, ambiguous, countryNames);
  addRows(gazetteer, files.peopleWords, ambiguous, countryNames);
  addRows(gazetteer, files.misc, ambiguous, countryNames);
  addRows(gazetteer, files.people ?? '', ambiguous, countryNames);
  for (const [name] of tsvRows(files.givenNames)) {
    addGazetteerPhrase(gazetteer, name, { kind: 'given-name', canonical: name, ...(ambiguous.has(entityKey(name)) ? { ambiguous: true } : {}) });
  }
  for (const node of gazetteer.root.values()) canonicalizeCountries(node, countryNames);
  const note = files.model ? /^# clusters (\S+)/m.exec(files.model) : null;
  return { gazetteer, countryNames, ...(files.model ? { model: HashedPerceptron.parse(files.model), modelClusters: note?.[1] ?? 'none' } : {}) };
}

function canonicalizeCountries(node: GazetteerNode, names: Map<string, string>): void {
  for (const entry of node.entries) {
    if ((entry.kind === 'country' || entry.kind === 'demonym') && entry.country) entry.canonical = names.get(entry.country) ?? entry.canonical;
  }
  for (const child of node.next.values()) canonicalizeCountries(child, names);
}

/**
 * The word statistics the tagger reads from the other lexicons: PerDT train counts (half-space
 * lexicon) and the morphology lexicon's distributional classes — only when they are the classes
 * the weights were trained with (see {@link clusterFingerprint}); otherwise none, so that stale
 * classes never feed features the weights do not know.
 */
export function wordStatistics(lexicons: Pick<Lexicons, 'halfSpace' | 'morph' | 'entities'>): WordStatistics {
  const forms = lexicons.halfSpace.forms;
  const clusters = lexicons.morph?.clusters;
  const trained = lexicons.entities?.modelClusters;
  const usable = clusters && (trained === undefined || trained === clusterFingerprint(clusters));
  return { count: (word) => forms.get(word)?.total ?? 0, ...(usable ? { clusters } : {}) };
}

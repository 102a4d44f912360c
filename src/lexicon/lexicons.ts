import { parseReportResources, type ReportResources } from '../stages/events/report-resources.js';
import { BinaryPerceptron } from '../model/averaged-perceptron.js';
import { type MorphFiles, type MorphLexicon, parseMorphLexicon } from '../stages/morph/morph-lexicon.js';
import { type HalfSpaceLexicon, parseHalfSpaceLexicon } from './half-space-lexicon.js';
import { parseVerbTable, type VerbTable } from './verbs.js';
import { type EntityFiles, type EntityResources, parseEntityResources } from '../stages/entities/entity-resources.js';

/** The raw data files, as text: what a browser fetches or a bundler inlines. */
export interface LexiconFiles extends ReportLexiconFiles {
  /** `data/half-space/words.tsv` */
  halfSpaceWords: string;
  /** `data/curated/zwnj-words.txt` */
  curatedHalfSpaced: string;
  /** `data/curated/solid-words.txt` */
  curatedSolid: string;
  /** `data/curated/verbs.tsv` */
  verbs: string;
  /** `data/half-space/boundary-model.tsv` (optional: without it unknown compounds stay as written) */
  boundaryModel?: string;
  /** `data/half-space/gap-model.tsv` (optional: without it unknown spaced compounds keep their space) */
  gapModel?: string;
  /** `data/gazetteers/world.tsv` (optional, with the other entity files: without them no entities are found) */
  gazetteerWorld?: string;
  /** `data/gazetteers/places.tsv` */
  gazetteerPlaces?: string;
  /** `data/gazetteers/organizations.tsv` */
  gazetteerOrganizations?: string;
  /** `data/gazetteers/people-words.tsv` */
  gazetteerPeopleWords?: string;
  /** `data/gazetteers/given-names.txt` */
  gazetteerGivenNames?: string;
  /** `data/gazetteers/misc.tsv` */
  gazetteerMisc?: string;
  /** `data/gazetteers/ambiguous.txt` */
  gazetteerAmbiguous?: string;
  /** `data/gazetteers/people.tsv` */
  gazetteerPeople?: string;
  /** `data/ner/tagger-model.txt` (optional: without it only gazetteers and patterns find names) */
  entityModel?: string;
  /** `data/morph/lemmas.tsv` (optional, with the other morph files: without them there is no morphology) */
  morphLemmas?: string;
  /** `data/morph/curated-lemmas.tsv` */
  morphCuratedLemmas?: string;
  /** `data/morph/broken-plurals.tsv` */
  brokenPlurals?: string;
  /** `data/morph/word-clusters.tsv` (optional) */
  wordClusters?: string;
  /** `data/morph/tag-profiles.tsv` (optional) */
  tagProfiles?: string;
  /** `data/morph/tagger.txt` (optional: without it tags come from the lexicon alone) */
  taggerModel?: string;
  /** `data/morph/lemma-ranker.txt` (optional) */
  lemmaRanker?: string;
}

/** The raw files of the report-level stages (quotes, events, keyphrases and summary). */
export interface ReportLexiconFiles {
  /** `data/curated/reporting-verbs.tsv` */
  reportingVerbs?: string;
  /** `data/curated/event-patterns.tsv` */
  eventPatterns?: string;
  /** `data/curated/stopwords.txt` */
  stopwords?: string;
  /** `data/keyphrases/document-frequency.tsv` */
  documentFrequency?: string;
  /** `data/events/event-model.txt` (optional: without it events come from the pattern table alone) */
  eventModel?: string;
  /** `data/events/event-judge.txt` (optional: without it no event is judged on its own) */
  eventJudge?: string;
}

/** Every lexicon the stages use, parsed once and shared. */
export interface Lexicons {
  halfSpace: HalfSpaceLexicon;
  verbs: VerbTable;
  boundaryModel?: BinaryPerceptron;
  gapModel?: BinaryPerceptron;
  /** Gazetteers and the entity tagger's weights (present when the gazetteer files were given). */
  entities?: EntityResources;
  /** Lemmas, verb index, broken plurals, tagger and lemma ranker (present when `morphLemmas` was given). */
  morph?: MorphLexicon;
  /** Reporting verbs, event patterns and background word weights (present when their files were given). */
  report?: ReportResources;
}

function morphFiles(files: LexiconFiles): MorphFiles {
  return {
    lemmas: files.morphLemmas ?? '', curatedLemmas: files.morphCuratedLemmas ?? '', brokenPlurals: files.brokenPlurals ?? '',
    clusters: files.wordClusters, profiles: files.tagProfiles, tagger: files.taggerModel, ranker: files.lemmaRanker,
  };
}

/**
 * Defines `target[key]` as parsed on first read and remembered: a command that only normalizes
 * never pays for the tagger's weights or the gazetteers.
 */
function lazy<T extends object, K extends keyof T>(target: T, key: K, make: () => T[K]): void {
  Object.defineProperty(target, key, {
    configurable: true,
    enumerable: true,
    get() {
      const value = make();
      Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
      return value;
    },
  });
}

/**
 * Parses the data files into lexicons; pure, so it runs in a browser too. Each lexicon is parsed
 * the first time it is used, once; an optional one is `undefined` when its files were not given.
 */
export function createLexicons(files: LexiconFiles): Lexicons {
  const lexicons = {} as Lexicons;
  lazy(lexicons, 'verbs', () => parseVerbTable(files.verbs));
  lazy(lexicons, 'halfSpace', () => parseHalfSpaceLexicon(files.halfSpaceWords, files.curatedHalfSpaced, files.curatedSolid));
  lazy(lexicons, 'boundaryModel', () => (files.boundaryModel ? BinaryPerceptron.parse(files.boundaryModel) : undefined));
  lazy(lexicons, 'gapModel', () => (files.gapModel ? BinaryPerceptron.parse(files.gapModel) : undefined));
  lazy(lexicons, 'entities', () => (files.gazetteerWorld !== undefined ? parseEntityResources(entityFiles(files)) : undefined));
  lazy(lexicons, 'morph', () => (files.morphLemmas !== undefined ? parseMorphLexicon(morphFiles(files), lexicons.verbs) : undefined));
  lazy(lexicons, 'report', () =>
    files.reportingVerbs !== undefined && files.eventPatterns !== undefined
      ? parseReportResources({ reportingVerbs: files.reportingVerbs, eventPatterns: files.eventPatterns, stopwords: files.stopwords ?? '', documentFrequency: files.documentFrequency ?? '', ...(files.eventModel ? { eventModel: files.eventModel } : {}), ...(files.eventJudge ? { eventJudge: files.eventJudge } : {}) })
      : undefined,
  );
  return lexicons;
}

function entityFiles(files: LexiconFiles): EntityFiles {
  return {
    world: files.gazetteerWorld ?? '',
    places: files.gazetteerPlaces ?? '',
    organizations: files.gazetteerOrganizations ?? '',
    peopleWords: files.gazetteerPeopleWords ?? '',
    givenNames: files.gazetteerGivenNames ?? '',
    misc: files.gazetteerMisc ?? '',
    ambiguous: files.gazetteerAmbiguous ?? '',
    ...(files.gazetteerPeople ? { people: files.gazetteerPeople } : {}),
    ...(files.entityModel ? { model: files.entityModel } : {}),
  };
}

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KhabarError } from '../doc/errors.js';
import { createLexicons, type LexiconFiles, type Lexicons } from './lexicons.js';

/** Where the data files live: `KHABAR_DATA_DIR`, else the package's own `data/`. */
export function dataDir(): string {
  if (process.env.KHABAR_DATA_DIR) return process.env.KHABAR_DATA_DIR;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'data', 'README.md')) && existsSync(join(dir, 'package.json'))) return join(dir, 'data');
    const parent = dirname(dir);
    if (parent === dir) throw new KhabarError('E007', 'no data/ folder above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

const FILES: Record<keyof LexiconFiles, string> = {
  halfSpaceWords: 'half-space/words.tsv',
  curatedHalfSpaced: 'curated/zwnj-words.txt',
  curatedSolid: 'curated/solid-words.txt',
  verbs: 'curated/verbs.tsv',
  boundaryModel: 'half-space/boundary-model.tsv',
  gapModel: 'half-space/gap-model.tsv',
  gazetteerWorld: 'gazetteers/world.tsv',
  gazetteerPlaces: 'gazetteers/places.tsv',
  gazetteerOrganizations: 'gazetteers/organizations.tsv',
  gazetteerPeopleWords: 'gazetteers/people-words.tsv',
  gazetteerGivenNames: 'gazetteers/given-names.txt',
  gazetteerMisc: 'gazetteers/misc.tsv',
  gazetteerAmbiguous: 'gazetteers/ambiguous.txt',
  gazetteerPeople: 'gazetteers/people.tsv',
  entityModel: 'ner/tagger-model.txt',
  morphLemmas: 'morph/lemmas.tsv',
  morphCuratedLemmas: 'morph/curated-lemmas.tsv',
  brokenPlurals: 'morph/broken-plurals.tsv',
  wordClusters: 'morph/word-clusters.tsv',
  tagProfiles: 'morph/tag-profiles.tsv',
  taggerModel: 'morph/tagger.txt',
  lemmaRanker: 'morph/lemma-ranker.txt',
  reportingVerbs: 'curated/reporting-verbs.tsv',
  eventPatterns: 'curated/event-patterns.tsv',
  eventModel: 'events/event-model.txt',
  eventJudge: 'events/event-judge.txt',
  stopwords: 'curated/stopwords.txt',
  documentFrequency: 'keyphrases/document-frequency.tsv',
};

/** Files a build may lack (the script that makes them reads the others first): missing, they are `undefined`. */
const OPTIONAL = new Set<keyof LexiconFiles>(['eventModel', 'eventJudge']);

/**
 * The data files on disk, each read the first time it is used (a stage that is never built never
 * reads its files). @throws KhabarError E007, at first use, when a file is missing (but an {@link OPTIONAL} one).
 */
export function readLexiconFiles(dir = dataDir()): LexiconFiles {
  const files = {} as LexiconFiles;
  for (const [name, path] of Object.entries(FILES) as [keyof LexiconFiles, string][]) {
    Object.defineProperty(files, name, {
      configurable: true,
      enumerable: true,
      get() {
        let text: string | undefined;
        try {
          text = readFileSync(join(dir, path), 'utf8');
        } catch (error) {
          if (!OPTIONAL.has(name) || (error as NodeJS.ErrnoException).code !== 'ENOENT') throw new KhabarError('E007', `${join(dir, path)}: ${(error as Error).message}`);
        }
        Object.defineProperty(files, name, { value: text, enumerable: true });
        return text;
      },
    });
  }
  return files;
}

let loaded: Lexicons | undefined;

/** The lexicons from the package's data files, loaded once per process. */
export function loadLexicons(): Lexicons {
  loaded ??= createLexicons(readLexiconFiles());
  return loaded;
}

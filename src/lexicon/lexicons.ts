import { BinaryPerceptron } from '../model/averaged-perceptron.js';
import { type HalfSpaceLexicon, parseHalfSpaceLexicon } from './half-space-lexicon.js';
import { parseVerbTable, type VerbTable } from './verbs.js';

/** The raw data files, as text: what a browser fetches or a bundler inlines. */
export interface LexiconFiles {
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
}

/** Every lexicon the stages use, parsed once and shared. */
export interface Lexicons {
  halfSpace: HalfSpaceLexicon;
  verbs: VerbTable;
  boundaryModel?: BinaryPerceptron;
  gapModel?: BinaryPerceptron;
}

/** Parses the data files into lexicons; pure, so it runs in a browser too. */
export function createLexicons(files: LexiconFiles): Lexicons {
  return {
    halfSpace: parseHalfSpaceLexicon(files.halfSpaceWords, files.curatedHalfSpaced, files.curatedSolid),
    verbs: parseVerbTable(files.verbs),
    ...(files.boundaryModel ? { boundaryModel: BinaryPerceptron.parse(files.boundaryModel) } : {}),
    ...(files.gapModel ? { gapModel: BinaryPerceptron.parse(files.gapModel) } : {}),
  };
}

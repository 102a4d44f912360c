import type { VerbTable } from '../../lexicon/verbs.js';
import { HashedPerceptron } from '../../model/hashed-perceptron.js';
import { foldWord, stripZwnj } from '../../text/fold.js';
import { type LemmaLexicon, parseLemmaLexicon } from './lemma-lexicon.js';
import { parseProfiles } from './tag-profile.js';
import { buildVerbIndex, type VerbIndex } from './verb-index.js';

/** The morphology data files as text (see `data/README.md`). */
export interface MorphFiles {
  /** `data/morph/lemmas.tsv`: form, UPOS, lemma, count (derived from UD PerDT). */
  lemmas: string;
  /** `data/morph/curated-lemmas.tsv`: form, UPOS, lemma (ours). */
  curatedLemmas: string;
  /** `data/morph/broken-plurals.tsv`: plural, singular (ours). */
  brokenPlurals: string;
  /** `data/morph/word-clusters.tsv`: word, cluster (derived from the PerDT train token stream). */
  clusters?: string;
  /** `data/morph/tag-profiles.tsv`: the tags each corpus word was given (derived). */
  profiles?: string;
  /** `data/morph/tagger.txt`: the POS tagger's weights. */
  tagger?: string;
  /** `data/morph/lemma-ranker.txt`: the weights that rank lemma candidates of unseen words. */
  ranker?: string;
}

/** Everything the morphology stage reads, parsed once. */
export interface MorphLexicon {
  lemmas: LemmaLexicon;
  brokenPlurals: Map<string, string>;
  verbs: VerbIndex;
  /** Distributional word classes: key → cluster id (0 when unknown). */
  clusters: Map<string, number>;
  /** Packed tag profiles (see `tag-profile.ts`): key → profile. */
  profiles: Map<string, number>;
  tagger?: HashedPerceptron;
  ranker?: HashedPerceptron;
}

function pairs(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [a, b] = line.replace(/\r$/, '').split('\t');
    if (a && b) out.push([stripZwnj(foldWord(a.trim())), b.trim()]);
  }
  return out;
}

/**
 * Parses the morphology files; pure, so it runs in a browser. Without `tagger` the stage tags by
 * lexicon and morphology alone; without `ranker` unseen words keep the best-attested candidate.
 * `parseMorphLexicon({lemmas: '', curatedLemmas: '', brokenPlurals: 'اساتید\tاستاد'}, verbs).brokenPlurals.get('اساتید')` → `استاد`.
 * @throws Error when a weights file is malformed.
 */
export function parseMorphLexicon(files: MorphFiles, verbs: VerbTable): MorphLexicon {
  return {
    lemmas: parseLemmaLexicon(files.lemmas, files.curatedLemmas),
    brokenPlurals: new Map(pairs(files.brokenPlurals).map(([plural, singular]) => [plural, foldWord(singular)])),
    verbs: buildVerbIndex(verbs),
    clusters: new Map(pairs(files.clusters ?? '').map(([word, id]) => [word, Number(id)])),
    profiles: parseProfiles(files.profiles ?? ''),
    ...(files.tagger ? { tagger: HashedPerceptron.parse(files.tagger) } : {}),
    ...(files.ranker ? { ranker: HashedPerceptron.parse(files.ranker) } : {}),
  };
}

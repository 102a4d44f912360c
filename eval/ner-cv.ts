/**
 * Cross-validation of the entity tagger inside the training part of perdt-dev-ner.tsv, for
 * diagnosis without touching the held-out fifth (index % 5 = 4, never read here): for each fold
 * k = 0..3 (index % 5 = k) a tagger is trained as `scripts/train-ner.ts` trains it — on the other
 * three folds and the names of the sample reports' tune split, with jackknifed POS — and fold k is
 * tagged twice: by the tagger alone and by the whole entity stage (`khabar tag --pretokenized`),
 * with the POS a morphology that never saw fold k gives it. Prints per fold and the mean micro F1.
 *   node dist/eval/ner-cv.js [--pos-cache /tmp/ner-pos.json] [--folds 0,1,2,3] [--errors] [--epochs 8] [--bits 18] [--orders 5] [--no-news]
 * `--errors` lists each fold sentence with a wrong or missed name: gold, stage and tagger spans;
 * `--dump file.json` writes every fold sentence's tokens, POS, gold, stage and tagger tags (keep it
 * outside the project: it holds treebank sentences).
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { readLexiconFiles } from '../src/lexicon/load.js';
import { createLexicons, type Lexicons } from '../src/lexicon/lexicons.js';
import { createAnalyzer } from '../src/pipeline/analyze.js';
import { NER_CLASSES, tagSentence } from '../src/stages/entities/entity-tagger.js';
import { createWordInfoCache } from '../src/stages/entities/word-info.js';
import { wordStatistics } from '../src/stages/entities/entity-resources.js';
import { projectRoot } from '../scripts/lib/treebank.js';
import { cachedJackknifedPos, TRAINING_FOLDS } from '../scripts/ner-pos.js';
import { newsNerSentences } from '../scripts/news-ner.js';
import { DEFAULT_EPOCHS, DEFAULT_ORDERS, modelNotes, nerDataPath, readNerSentences, taggerSentence, trainTagger, type NerSentence } from '../scripts/train-ner.js';
import { readGold } from './report-eval.js';
import { iobSpans, prf, scoreEntities, tagTreebank, type Prf } from './entity-eval.js';

const TYPES = ['PER', 'LOC', 'ORG'];

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}

/** `PER[2,4) سید علی` for each span of `tags`. */
function spanList(words: readonly string[], tags: readonly string[]): string {
  return iobSpans(tags).map((s) => `${s.type}«${words.slice(s.first, s.last).join(' ')}»`).join(' ') || '-';
}

/** Scores of fold `fold` for the stage and the tagger alone; `errors` gets its wrong sentences. */
function runFold(fold: number, sentences: readonly NerSentence[], pos: readonly (readonly string[] | undefined)[], news: readonly (NerSentence & { pos: string[] })[], lexicons: Lexicons, errors?: string[], dump?: object[]): { stage: Map<string, Prf>; tagger: Map<string, Prf> } {
  const inFold = (i: number): boolean => i % 5 === fold;
  const trainIndex = sentences.map((_, i) => i).filter((i) => i % 5 !== 4 && !inFold(i));
  const testIndex = sentences.map((_, i) => i).filter(inFold);
  const epochs = Number(option('--epochs') ?? DEFAULT_EPOCHS);
  const bits = Number(option('--bits') ?? 18);
  const orders = Number(option('--orders') ?? DEFAULT_ORDERS);
  const repeat = Number(option('--treebank-repeat') ?? 1);
  const treebank = Array.from({ length: repeat }, () => trainIndex).flat();
  const model = trainTagger([...treebank.map((i) => sentences[i]), ...news], lexicons, { epochs, bits, orders, pos: [...treebank.map((i) => pos[i]), ...news.map((s) => s.pos)] });
  const foldLexicons = createLexicons({ ...readLexiconFiles(), entityModel: model.serialize(modelNotes(lexicons, `cross-validation fold ${fold}`)) });
  const test = testIndex.map((i) => sentences[i]);
  const testPos = testIndex.map((i) => pos[i]);
  const { gold, predicted } = tagTreebank(foldLexicons, test, testPos);
  const describe = createWordInfoCache(wordStatistics(foldLexicons));
  const gazetteer = foldLexicons.entities?.gazetteer;
  if (!gazetteer) throw new Error('the gazetteers are missing from the lexicons');
  const parsed = foldLexicons.entities?.model ?? model;
  const tagged = test.map((s, i) => [...tagSentence(parsed, taggerSentence(s.tokens, testPos[i], describe, gazetteer))].map((c) => NER_CLASSES[c] as string));
  if (dump) test.forEach((s, i) => dump.push({ tokens: s.tokens, pos: testPos[i], gold: gold[i], stage: predicted[i], tagger: tagged[i] }));
  if (errors) {
    test.forEach((s, i) => {
      const g = spanList(s.tokens, gold[i]);
      const p = spanList(s.tokens, predicted[i]);
      if (g === p) return;
      errors.push(`#${testIndex[i]} ${s.tokens.join(' ')}\n  gold   ${g}\n  stage  ${p}\n  tagger ${spanList(s.tokens, tagged[i])}`);
    });
  }
  return { stage: scoreEntities(gold, predicted, TYPES), tagger: scoreEntities(gold, tagged, TYPES) };
}

function line(name: string, counts: Map<string, Prf>): string {
  const f = (t: string): string => prf(counts.get(t) as Prf).f.toFixed(3);
  const micro = prf(counts.get('micro') as Prf);
  return `${name.padEnd(14)} F ${micro.f.toFixed(3)} (P ${micro.p.toFixed(3)} R ${micro.r.toFixed(3)})  PER ${f('PER')} LOC ${f('LOC')} ORG ${f('ORG')}`;
}

function main(): void {
  const path = nerDataPath();
  if (!path) throw new Error('../shared/data is not available: no cross-validation here.');
  const sentences = readNerSentences(path);
  const pos = cachedJackknifedPos(sentences.map((s) => s.tokens), option('--pos-cache'));
  const lexicons = createLexicons({ ...readLexiconFiles(), entityModel: '' });
  const gazetteer = lexicons.entities?.gazetteer;
  if (!gazetteer) throw new Error('the gazetteers are missing from the lexicons');
  const news = process.argv.includes('--no-news') ? [] : newsNerSentences(createAnalyzer(lexicons), readGold(projectRoot()), gazetteer);
  const folds = (option('--folds') ?? TRAINING_FOLDS.join(',')).split(',').map(Number);
  const errors: string[] | undefined = process.argv.includes('--errors') ? [] : undefined;
  const dumpPath = option('--dump');
  const dump: object[] | undefined = dumpPath ? [] : undefined;
  const mean = { stage: 0, tagger: 0 };
  for (const fold of folds) {
    const { stage, tagger } = runFold(fold, sentences, pos, news, lexicons, errors, dump);
    console.log(line(`fold ${fold} stage`, stage));
    console.log(line(`fold ${fold} tagger`, tagger));
    mean.stage += prf(stage.get('micro') as Prf).f / folds.length;
    mean.tagger += prf(tagger.get('micro') as Prf).f / folds.length;
  }
  console.log(`mean micro F1 over folds ${folds.join(',')}: stage ${mean.stage.toFixed(3)}, tagger alone ${mean.tagger.toFixed(3)}`);
  if (errors) console.log(['', ...errors].join('\n'));
  if (dumpPath && dump) writeFileSync(dumpPath, JSON.stringify(dump));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();

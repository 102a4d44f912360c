/**
 * Does training the name tagger on our own news reports carry to writers it never saw? Leave one tune
 * part out (each part is one or two blind writers): for every part, a tagger is trained on the PerDT
 * training part plus the projected names of every OTHER tune part (`scripts/news-ner.ts`), and that
 * part's reports are analysed with it; the baseline is a tagger trained on the PerDT training part
 * alone (as shipped before). Prints aggregates per part and summed — news entity F1, person mentions
 * linked, quotes and events P/R — never an error. The test split is never read.
 *   node dist/eval/news-ner-transfer.js [--pos-cache /tmp/ner-pos.json] [--weight 1] [--epochs 8]
 * `--weight N` repeats every news sentence N times in training; `--epochs` sets the passes of the news-trained taggers.
 */
import { pathToFileURL } from 'node:url';
import { loadLexicons, readLexiconFiles } from '../src/lexicon/load.js';
import { createLexicons, type Lexicons } from '../src/lexicon/lexicons.js';
import { analyze, createAnalyzer } from '../src/pipeline/analyze.js';
import { projectRoot } from '../scripts/lib/treebank.js';
import { withModel } from '../scripts/ner-cross-validation.js';
import { cachedJackknifedPos } from '../scripts/ner-pos.js';
import { type NewsNerSentence, newsNerSentences } from '../scripts/news-ner.js';
import { DEFAULT_EPOCHS, isHeldOut, nerDataPath, readNerSentences, trainTagger } from '../scripts/train-ner.js';
import { linkReport, type Prf, prf } from './entity-eval.js';
import { scoreNewsEntities } from './news-entity-eval.js';
import { readGold, scoreReport, type Tally } from './report-eval.js';
import { tunePart } from './tune-parts.js';

interface Scores { quotes: Tally; events: Tally; linked: { right: number; total: number }; entities: Prf }

const zero = (): Scores => ({ quotes: { tp: 0, predicted: 0, gold: 0 }, events: { tp: 0, predicted: 0, gold: 0 }, linked: { right: 0, total: 0 }, entities: { tp: 0, fp: 0, fn: 0 } });

function addInto(into: Scores, s: Scores): void {
  for (const key of ['quotes', 'events'] as const) for (const k of ['tp', 'predicted', 'gold'] as const) into[key][k] += s[key][k];
  into.linked.right += s.linked.right;
  into.linked.total += s.linked.total;
  for (const k of ['tp', 'fp', 'fn'] as const) into.entities[k] += s.entities[k];
}

const pr = (t: Tally): string => `${(t.tp / Math.max(1, t.predicted)).toFixed(3)}/${(t.tp / Math.max(1, t.gold)).toFixed(3)} (${t.tp}/${t.predicted}/${t.gold})`;
const line = (s: Scores): string => `entities ${prf(s.entities).f.toFixed(3)}  linked ${(s.linked.right / Math.max(1, s.linked.total)).toFixed(3)} (${s.linked.right}/${s.linked.total})  quotes ${pr(s.quotes)}  events ${pr(s.events)}`;

function main(): void {
  const argument = (name: string): string | undefined => {
    const at = process.argv.indexOf(name);
    return at >= 0 ? process.argv[at + 1] : undefined;
  };
  const path = nerDataPath();
  if (!path) {
    console.log('news NER transfer: skipped (../shared/data is absent)');
    return;
  }
  const weight = Number(argument('--weight') ?? 1);
  const epochs = Number(argument('--epochs') ?? DEFAULT_EPOCHS);
  const treebank = readNerSentences(path);
  const pos = cachedJackknifedPos(treebank.map((s) => s.tokens), argument('--pos-cache'));
  const keep = (_: unknown, i: number): boolean => !isHeldOut(i);
  const perdt = treebank.filter(keep);
  const perdtPos = pos.filter(keep);
  const base: Lexicons = createLexicons({ ...readLexiconFiles(), entityModel: '' });
  const shipped = loadLexicons();
  const gazetteer = shipped.entities?.gazetteer;
  if (!gazetteer) throw new Error('the gazetteers are missing from the lexicons');
  const reports = readGold(projectRoot()).filter((r) => r.gold.split === 'tune');
  const projector = createAnalyzer(shipped);
  const news = new Map<string, NewsNerSentence[]>();
  for (const report of reports) {
    const part = tunePart(report.gold.report);
    news.set(part, [...(news.get(part) ?? []), ...newsNerSentences(projector, [report], gazetteer)]);
  }
  const baseline = createAnalyzer(withModel(base, trainTagger(perdt, base, { pos: perdtPos })));
  const totals = { before: zero(), after: zero() };
  for (const [part, held] of news) {
    const others = [...news].filter(([p]) => p !== part).flatMap(([, s]) => s);
    const extra = Array.from({ length: weight }, () => others).flat();
    const model = trainTagger([...perdt, ...extra], base, { epochs, pos: [...perdtPos, ...extra.map((s) => s.pos)] });
    const trained = createAnalyzer(withModel(base, model));
    const scores = { before: zero(), after: zero() };
    for (const { gold, text } of reports.filter((r) => tunePart(r.gold.report) === part)) {
      const published = (gold as { published?: string | null }).published;
      for (const [which, pipeline] of [['before', baseline], ['after', trained]] as const) {
        const doc = analyze(pipeline, text, published ? { published } : {});
        const s = scoreReport(doc, gold);
        addInto(scores[which], { quotes: s.quotes, events: s.events, linked: linkReport(doc, gold), entities: scoreNewsEntities(doc, gold).counts.get('micro') as Prf });
      }
    }
    console.log(`${part.padEnd(5)} (${held.length} sentences held out)\n  PerDT only    ${line(scores.before)}\n  + other parts ${line(scores.after)}`);
    addInto(totals.before, scores.before);
    addInto(totals.after, scores.after);
  }
  console.log(`all tune parts, each scored by a tagger that never saw it (news weight ${weight}, ${epochs} epochs)\n  PerDT only    ${line(totals.before)}\n  + other parts ${line(totals.after)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();

/**
 * Entities on news from another source than the treebank: our annotated sample reports
 * (examples/reports + examples/gold), several agencies' styles with damaged half-spaces.
 *
 * The gold lists each report's entities with every string it goes by, not token spans, so the score
 * is entity-level per report: a gold PER, ORG or LOC entity is found when one predicted entity of
 * the same type goes by one of its names (canonical, or a non-pronoun mention; keys fold letters,
 * half-spaces, spaces and «»; a leading place classifier is optional on both sides — `شهر نبطیه` is
 * `نبطیه`, as the treebank's convention keeps the classifier inside the name and ours does not). Matching is one-to-one — a person split into two entities scores one
 * hit and one false positive. Precision counts every predicted PER/ORG/LOC entity (the home country
 * found only as `کشورمان` too: it matches by its canonical name, as the gold lists `کشورمان` under
 * ایران); recall every gold one. Reported per split (`test` is never tuned on).
 *   node dist/eval/news-entity-eval.js [--verbose]
 */
import { pathToFileURL } from 'node:url';
import type { Doc } from '../src/doc/doc.js';
import type { Lexicons } from '../src/lexicon/lexicons.js';
import { loadLexicons } from '../src/lexicon/load.js';
import { analyze, createAnalyzer } from '../src/pipeline/analyze.js';
import { entityKey } from '../src/stages/entities/entity-key.js';
import { entityTable } from '../src/stages/entities/entity-layers.js';
import { projectRoot } from '../scripts/lib/treebank.js';
import { formatEntityScores, type Prf } from './entity-eval.js';
import { type GoldReport, readGold } from './report-eval.js';

const TYPES = ['PER', 'ORG', 'LOC'] as const;
const CLASSIFIER = /^(?:شهر|استان|شهرستان|روستای|بندر|جزیره|منطقه)\s+/;
const tight = (text: string): string => entityKey(text.trim().replace(CLASSIFIER, '')).replace(/[\s«»"]/g, '');
const PRONOUNS = new Set(['وی', 'او', 'ایشان', 'کشورمان'].map(tight));
/** Demonstratives (`این کشور`, `آن سازمان`) describe an entity but do not name it. */
const DESCRIPTION = /^(?:این|آن|همین|همان)\s/;

/** The names (keys) of a gold entity. */
function goldNames(entity: GoldReport['entities'][number]): Set<string> {
  return new Set([entity.canonical, ...entity.mentions].filter((m) => !DESCRIPTION.test(m)).map(tight).filter((k) => k !== '' && !PRONOUNS.has(k)));
}

/** Counts of one report, per type and `micro`; misses and false positives as readable lines. */
export function scoreNewsEntities(doc: Doc, gold: GoldReport): { counts: Map<string, Prf>; errors: string[] } {
  const counts = new Map<string, Prf>([...TYPES, 'micro'].map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const add = (type: string, field: keyof Prf): void => {
    (counts.get(type) as Prf)[field]++;
    (counts.get('micro') as Prf)[field]++;
  };
  const predicted = entityTable(doc)
    .filter((e) => (TYPES as readonly string[]).includes(e.type))
    .map((e) => ({ entity: e, names: new Set([e.canonical, ...e.mentions.filter((m) => m.kind !== 'pronoun').map((m) => doc.text.slice(m.start, m.end))].map(tight)) }))
    .filter((p) => p.entity.mentions.length > 0);
  const golds = gold.entities.filter((e) => (TYPES as readonly string[]).includes(e.type)).map((e) => ({ entity: e, names: goldNames(e) }));
  const claimed = new Set<number>();
  const errors: string[] = [];
  for (const p of predicted) {
    const g = golds.findIndex((g, i) => !claimed.has(i) && g.entity.type === p.entity.type && [...p.names].some((n) => g.names.has(n)));
    if (g >= 0) {
      claimed.add(g);
      add(p.entity.type, 'tp');
    } else {
      add(p.entity.type, 'fp');
      errors.push(`${gold.report}: extra ${p.entity.type} «${p.entity.canonical}»`);
    }
  }
  golds.forEach((g, i) => {
    if (claimed.has(i)) return;
    add(g.entity.type, 'fn');
    errors.push(`${gold.report}: missed ${g.entity.type} «${g.entity.canonical}»`);
  });
  return { counts, errors };
}

/** Per-split counts over every sample report. */
export function evaluateNewsEntities(lexicons: Lexicons, root = projectRoot()): Map<string, { counts: Map<string, Prf>; errors: string[] }> {
  const pipeline = createAnalyzer(lexicons);
  const result = new Map<string, { counts: Map<string, Prf>; errors: string[] }>();
  for (const { gold, text } of readGold(root)) {
    const published = (gold as GoldReport & { published?: string | null }).published;
    const score = scoreNewsEntities(analyze(pipeline, text, published ? { published } : {}), gold);
    const split = result.get(gold.split) ?? { counts: new Map([...TYPES, 'micro'].map((t) => [t, { tp: 0, fp: 0, fn: 0 }])), errors: [] };
    for (const [type, c] of score.counts) {
      const into = split.counts.get(type) as Prf;
      into.tp += c.tp;
      into.fp += c.fp;
      into.fn += c.fn;
    }
    split.errors.push(...score.errors);
    result.set(gold.split, split);
  }
  return result;
}

/** Printable lines; `verbose` lists the errors of the tune split only. */
export function newsEntityLines(lexicons: Lexicons, verbose = false): string[] {
  const lines: string[] = [];
  const splits = evaluateNewsEntities(lexicons);
  for (const split of ['tune', 'test']) {
    const scores = splits.get(split);
    if (!scores) continue;
    const { counts, errors } = scores;
    lines.push(formatEntityScores(`Entities on our news reports (examples/gold), ${split} split${split === 'test' ? ' (never tuned on)' : ''}: entity-level, type + a shared name (target F1 ≥ .85)`, counts));
    if (verbose && split === 'tune') lines.push(...errors.map((e) => `  ${e}`));
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(newsEntityLines(loadLexicons(), process.argv.includes('--verbose')).join('\n'));

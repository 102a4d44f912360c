/**
 * How far two people annotating the same report by the guide (examples/README.md) agree: the ceiling the
 * quote and event scores can be read against. `examples/second-annotation/<annotator>/` holds gold files
 * written a second time, blind to the first gold, for tune reports; each is scored against the writer's gold
 * with the very functions `npm run eval` scores Khabar with ({@link scoreReport}): the second annotation
 * stands in for a prediction (its quotes and events placed in their paragraphs, its people named by their
 * canonical names and non-pronoun mentions). P is then the share of the second annotator's quotes or events
 * the writer also has, R the share of the writer's the second annotator found.
 *   node dist/eval/annotator-agreement.js
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDoc, type Doc } from '../src/doc/doc.js';
import { PERSON_PRONOUNS } from '../src/stages/entities/function-words.js';
import { entityKey } from '../src/stages/entities/entity-key.js';
import { projectRoot } from '../scripts/lib/treebank.js';
import { addScores, emptyScores, formatReportScores, type GoldReport, type ReportScores, scoreReport } from './report-eval.js';

/** Words that refer back to people or groups: no name of theirs (the eval reads only predicted names). */
const PRONOUNS: ReadonlySet<string> = new Set([...PERSON_PRONOUNS, ...['آنها', 'آنان', 'آن‌ها'].map(entityKey)]);

/** A Doc whose layers are a gold file's annotation of `text`, as if Khabar had predicted it. */
export function goldAsDoc(text: string, gold: GoldReport): Doc {
  const doc = createDoc(text);
  // paragraphs as the pipeline counts them: the non-empty lines
  const paragraphs: { start: number; end: number }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) paragraphs.push({ start: at, end: at + line.length + 1 });
    at += line.length + 1;
  }
  const inParagraph = (index: number): { start: number; end: number } => {
    const paragraph = paragraphs[index];
    if (!paragraph) throw new Error(`${gold.report}: no paragraph ${index}`);
    return { start: paragraph.start, end: paragraph.start + 1 };
  };
  const mentions = gold.entities.flatMap((entity) =>
    entity.mentions.filter((m) => !PRONOUNS.has(entityKey(m))).flatMap((m) => {
      const start = text.indexOf(m);
      return start < 0 ? [] : [{ start, end: start + m.length, entity: entity.id, type: entity.type, kind: 'name' }];
    }),
  );
  const side = (party: { country: string | null }): { country: string } | undefined => (party.country ? { country: party.country } : undefined);
  Object.assign(doc.layers, {
    paragraphs,
    entities: gold.entities.map((e) => ({ ...inParagraph(0), id: e.id, type: e.type, canonical: e.canonical, attributes: {} })),
    mentions,
    quotes: gold.quotes.map((q) => ({ ...inParagraph(q.paragraph), speaker: q.speaker, cue: q.cue, kind: q.kind })),
    events: gold.events.map((e) => ({ type: e.type, trigger: inParagraph(e.paragraph), actor: side(e.actor), recipient: side(e.recipient), modality: e.modality })),
    source: [{ role: 'agency', name: gold.source.agency }],
  });
  return doc;
}

/** Each second annotator's agreement with the writers' gold over the reports they both annotated. */
export function annotatorAgreement(root = projectRoot()): [string, ReportScores][] {
  const dir = join(root, 'examples', 'second-annotation');
  if (!existsSync(dir)) return [];
  const annotators = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  return annotators.sort().map((annotator) => {
    let scores = emptyScores();
    for (const file of readdirSync(join(dir, annotator)).filter((f) => f.endsWith('.json')).sort()) {
      const second = JSON.parse(readFileSync(join(dir, annotator, file), 'utf8')) as GoldReport;
      const writer = JSON.parse(readFileSync(join(root, 'examples', 'gold', file), 'utf8')) as GoldReport;
      if (writer.split !== 'tune') throw new Error(`second annotation of a test report: ${file}`);
      const text = readFileSync(join(root, 'examples', 'reports', writer.report), 'utf8');
      scores = addScores(scores, scoreReport(goldAsDoc(text, second), writer));
    }
    return [annotator, scores];
  });
}

/** The lines `npm run eval` prints: each annotator, then both together. */
export function agreementLines(root = projectRoot()): string[] {
  const rows = annotatorAgreement(root);
  if (rows.length === 0) return [];
  const all = rows.reduce((sum, [, s]) => addScores(sum, s), emptyScores());
  return formatReportScores('Agreement of a second annotator with the writers\' gold (examples/second-annotation; the same scoring, the second annotation as the prediction)', [...rows, ['both', all]]).split('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) console.log(agreementLines().join('\n'));

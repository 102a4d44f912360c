/**
 * The checks every gold file of examples/gold must pass (examples/README.md, "Checking"): the JSON has the guide's
 * fields and values (a zod schema), every `paragraph` is a line of its report, every mention is a substring of the
 * report and every quote's `text` and `cue` of its paragraph, every speaker, actor and recipient id is an entity of the
 * file, and `source` names ORG entities. Run on the whole collection by the tests, and on a writer's new files before
 * they join:
 *   node dist/eval/check-gold.js [GOLD_DIR REPORTS_DIR]
 * (default examples/gold and examples/reports); prints each problem and exits 1 when there is any.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { PLOVER_TYPES } from '../src/stages/events/event-layer.js';
import { projectRoot } from '../scripts/lib/treebank.js';

const country = z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code').nullable();
const sector = z.enum(['GOV', 'MIL', 'LEG', 'JUD', 'BUS', 'MED', 'CVL', 'REB', 'IGO']).nullable();
const party = z.object({ entity: z.string().nullable(), country, sector });
const paragraph = z.number().int().nonnegative();

/** A gold file as the guide defines it (extra fields allowed: writers' notes). */
export const goldSchema = z.object({
  report: z.string().regex(/^[a-z]+-\d+\.txt$/, 'a report file name such as diplomacy-12.txt'),
  split: z.enum(['tune', 'test']),
  source: z.object({ agency: z.string().min(1), via: z.array(z.string().min(1)) }),
  published: z.null(),
  entities: z.array(z.object({
    id: z.string().regex(/^e\d+$/, 'an id e1, e2, ...'),
    type: z.enum(['PER', 'ORG', 'LOC', 'MISC']),
    canonical: z.string().min(1),
    mentions: z.array(z.string().min(1)).min(1),
    subtype: z.enum(['country', 'province', 'city', 'region']).optional(),
    country: country.optional(),
  })),
  quotes: z.array(z.object({ paragraph, speaker: z.string(), kind: z.enum(['direct', 'indirect']), cue: z.string().min(1), text: z.string().min(1) })),
  events: z.array(z.object({ paragraph, type: z.enum(PLOVER_TYPES), actor: party, recipient: party, modality: z.enum(['asserted', 'negated', 'planned', 'hypothetical']) })),
});

/**
 * The problems of one gold file's parsed JSON against its report's text (empty when it passes). A side with no entity
 * may still have a country or a sector (an unnamed participant: `جمعی از کارگران`, CVL).
 * `checkGold({ ...gold, quotes: [{ paragraph: 9, ... }] }, text)` → `['quote 1: no paragraph 9 (the report has 6)']`.
 */
export function checkGold(json: unknown, text: string): string[] {
  const parsed = goldSchema.safeParse(json);
  if (!parsed.success) return parsed.error.issues.map((issue) => `${issue.path.join('.') || 'file'}: ${issue.message}`);
  const gold = parsed.data;
  const problems: string[] = [];
  const paragraphs = text.split('\n').filter((line) => line.trim() !== '');
  const entities = new Map<string, (typeof gold.entities)[number]>();
  for (const entity of gold.entities) {
    if (entities.has(entity.id)) problems.push(`entity ${entity.id}: id used twice`);
    entities.set(entity.id, entity);
    for (const mention of entity.mentions) if (!text.includes(mention)) problems.push(`entity ${entity.id}: mention ${JSON.stringify(mention)} is not in the report`);
  }
  const place = (what: string, p: number): string | undefined => {
    if (p < paragraphs.length) return paragraphs[p];
    problems.push(`${what}: no paragraph ${p} (the report has ${paragraphs.length})`);
    return undefined;
  };
  const known = (what: string, id: string | null): void => {
    if (id !== null && !entities.has(id)) problems.push(`${what}: no entity ${id}`);
  };
  gold.quotes.forEach((quote, i) => {
    const what = `quote ${i + 1}`;
    known(what, quote.speaker);
    const line = place(what, quote.paragraph);
    if (line === undefined) return;
    if (!line.includes(quote.text)) problems.push(`${what}: text ${JSON.stringify(quote.text)} is not in paragraph ${quote.paragraph}`);
    if (!line.includes(quote.cue)) problems.push(`${what}: cue ${JSON.stringify(quote.cue)} is not in paragraph ${quote.paragraph}`);
  });
  gold.events.forEach((event, i) => {
    const what = `event ${i + 1}`;
    place(what, event.paragraph);
    known(`${what} actor`, event.actor.entity);
    known(`${what} recipient`, event.recipient.entity);
  });
  const organizations = new Set(gold.entities.filter((e) => e.type === 'ORG').map((e) => e.canonical));
  for (const name of [gold.source.agency, ...gold.source.via]) if (!organizations.has(name)) problems.push(`source: ${JSON.stringify(name)} is no ORG entity's canonical`);
  return problems;
}

/** Every problem of the gold files in `goldDir` against their reports in `reportsDir`, each line prefixed by its file. */
export function checkGoldFiles(goldDir: string, reportsDir: string): string[] {
  const problems: string[] = [];
  for (const name of readdirSync(goldDir).filter((n) => n.endsWith('.json')).sort()) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(goldDir, name), 'utf8'));
    } catch (error) {
      problems.push(`${name}: not JSON (${(error as Error).message})`);
      continue;
    }
    const report = name.replace(/\.json$/, '.txt');
    if ((json as { report?: unknown }).report !== report) problems.push(`${name}: "report" is not ${report}`);
    const path = join(reportsDir, report);
    if (!existsSync(path)) {
      problems.push(`${name}: no report ${report}`);
      continue;
    }
    for (const problem of checkGold(json, readFileSync(path, 'utf8'))) problems.push(`${name}: ${problem}`);
  }
  return problems;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [goldDir, reportsDir] = process.argv.length >= 4 ? process.argv.slice(2, 4) : [join(projectRoot(), 'examples', 'gold'), join(projectRoot(), 'examples', 'reports')];
  const problems = checkGoldFiles(goldDir, reportsDir);
  for (const problem of problems) console.log(problem);
  console.log(problems.length === 0 ? `${readdirSync(goldDir).filter((n) => n.endsWith('.json')).length} gold files: no problem` : `${problems.length} problems`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}

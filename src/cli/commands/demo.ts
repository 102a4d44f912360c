import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { dataDir } from '../../lexicon/load.js';
import { loadLexicons } from '../../lexicon/load.js';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';
import { write } from '../output.js';

/** The bundled sample reports (`examples/reports/*.txt`), beside the data folder. */
export function exampleReports(): { name: string; text: string }[] {
  const dir = join(dataDir(), '..', 'examples', 'reports');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** `khabar demo`: analyses the bundled sample reports and shows what normalization repaired. */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('analyse the bundled sample reports and print what was found (the main job of `npm start`)')
    .action(async () => {
      const pipeline = createAnalyzer(loadLexicons());
      for (const { name, text } of exampleReports()) {
        const doc = analyze(pipeline, text);
        const norm = doc.norm?.text ?? '';
        const restored = (norm.match(/\u200c/g) ?? []).length - (text.match(/\u200c/g) ?? []).length;
        const { paragraphs = [], sentences = [], tokens = [] } = doc.layers;
        await write(`== ${name}: ${paragraphs.length} paragraphs, ${sentences.length} sentences, ${tokens.length} tokens, ${restored} half-spaces restored\n`);
        await write(norm.split('\n').filter(Boolean).map((line) => `   ${line}\n`).join('') + '\n');
      }
    });
}

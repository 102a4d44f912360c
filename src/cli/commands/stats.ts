import type { Command } from 'commander';
import { write } from '../output.js';
import { corpusOptions, type CorpusFlags, withStore } from './ingest.js';

/** `khabar stats [--json]`: `{reports, entities, quotes, events, clusters}` of the corpus. */
export function registerStats(program: Command): void {
  corpusOptions(program.command('stats')
    .description('count the reports, entities, quotes, events and story clusters in the corpus')
    .option('--json', 'print {reports, entities, quotes, events, clusters} as JSON'))
    .action(async (flags: CorpusFlags & { json?: boolean }) => {
      const stats = await withStore(flags, (store) => store.stats());
      await write(flags.json ? JSON.stringify(stats) + '\n' : Object.entries(stats).map(([name, n]) => `${name}: ${n}\n`).join(''));
    });
}

import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { type Command, Option } from 'commander';
import { EXPORT_FORMATS, type ExportFormat, exportCorpus } from '../../corpus/export/export-corpus.js';
import { write } from '../output.js';
import { corpusOptions, type CorpusFlags, withStore } from './ingest.js';

/**
 * `khabar export --format jsonl|csv|conllu|plover [--out FILE]`: the corpus streamed out — reports as
 * JSON Lines (`--docs` adds each whole Doc), CSV or CoNLL-U; events as PLOVER-style JSON Lines.
 */
export function registerExport(program: Command): void {
  corpusOptions(program.command('export')
    .description('export reports (jsonl, csv, conllu) or events (plover) to standard output or a file')
    .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS as string[]).makeOptionMandatory())
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--docs', 'jsonl: include each report\'s whole Doc'))
    .action(async (flags: CorpusFlags & { format: ExportFormat; out?: string; docs?: boolean }) => {
      await withStore(flags, async (store) => {
        const file = flags.out ? createWriteStream(flags.out) : undefined;
        if (file) await once(file, 'open'); // an unwritable path fails here, as ENOENT or EACCES (exit 1)
        for await (const chunk of exportCorpus(store, flags.format, { withDoc: flags.docs })) {
          if (!file) await write(chunk);
          else if (!file.write(chunk)) await once(file, 'drain');
        }
        if (file) {
          file.end();
          await once(file, 'finish');
        }
      });
    });
}

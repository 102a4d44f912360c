import { type Command, InvalidArgumentError } from 'commander';
import { CorpusError } from '../../corpus/corpus-error.js';
import { ingest, work } from '../../corpus/ingest/ingest.js';
import { CORPUS_IDF_MIN_REPORTS } from '../../corpus/ingest/corpus-document-frequency.js';
import { createProgress } from '../../corpus/ingest/progress.js';
import { openStore, resolveLocation } from '../../corpus/store/open-store.js';
import type { CorpusStore } from '../../corpus/store/store.js';
import { loadLexicons } from '../../lexicon/load.js';
import { reportTerms } from '../../stages/summary/word-weights.js';
import { write } from '../output.js';

/** The `--data` option every corpus command shares. */
export interface CorpusFlags {
  data?: string;
  db?: string;
}

/** Adds `--data DIR|URL` (and its alias `--db URL`) to a corpus command. */
export function corpusOptions(command: Command): Command {
  return command
    .option('--data <dir|url>', 'data folder (SQLite) or postgres:// URL (default: $KHABAR_DATABASE_URL, else ./khabar-data)')
    .option('--db <url>', 'same as --data');
}

/** Opens the store the flags name, runs `action` on it and closes it; a store that cannot be opened is a one-line error. */
export async function withStore<T>(flags: CorpusFlags, action: (store: CorpusStore) => Promise<T>): Promise<T> {
  const location = resolveLocation(flags.data ?? flags.db);
  let store: CorpusStore;
  try {
    store = await openStore(location);
  } catch (error) {
    throw new CorpusError(`cannot open the corpus at ${location.replace(/\/\/[^@/]*@/, '//***@')}: ${(error as Error).message}`, { cause: error });
  }
  try {
    return await action(store);
  } finally {
    await store.close();
  }
}

/** Parses a positive integer option. */
export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number');
  return n;
}

interface IngestFlags extends CorpusFlags {
  threads?: number;
  enqueueOnly?: boolean;
  json?: boolean;
}

const skipped = (problem: { origin: string; reason: string }): void => {
  process.stderr.write(`khabar: skipped ${problem.origin}: ${problem.reason}\n`);
};

/**
 * `khabar ingest PATH... [--data DIR]`: reads .txt, .html, .json, .jsonl, RSS and Atom files, folders
 * (recursively) and `-` (standard input, also the default when it is piped), analyses every report in
 * parallel and stores it. Bad inputs are reported on stderr by name and reason and skipped; the exit
 * status is 1 only when nothing could be read. `khabar worker` works a shared queue (PostgreSQL);
 * `khabar reindex-terms` counts reports stored before schema version 2 into the corpus's document
 * frequencies (keyphrases use them from `CORPUS_IDF_MIN_REPORTS` reports); `khabar reindex-events`
 * reads from their Docs which events stored before schema version 3 were inferred by the learned model.
 */
export function registerIngest(program: Command): void {
  corpusOptions(program.command('ingest')
    .description('add reports to the corpus: .txt .html .json .jsonl RSS/Atom files, folders, - for stdin')
    .argument('[paths...]', 'files and folders (default: standard input)')
    .option('--threads <n>', 'analysis threads (default: every core)', positiveInteger)
    .option('--enqueue-only', 'only queue the reports; `khabar worker` processes analyse them')
    .option('--json', 'print the summary as JSON'))
    .action(async (paths: string[], flags: IngestFlags) => {
      if (paths.length === 0 && process.stdin.isTTY) throw new CorpusError('nothing to ingest: name files or folders, or pipe a report to standard input');
      const inputs = paths.length === 0 ? ['-'] : paths;
      const summary = await withStore(flags, (store) => ingest(store, inputs, { threads: flags.threads, enqueueOnly: flags.enqueueOnly, onProblem: skipped, progress: createProgress() }));
      if (summary.read === 0 && summary.problems > 0) throw new CorpusError(`no report could be read (${summary.problems} skipped)`);
      await write(flags.json ? JSON.stringify(summary) + '\n'
        : `${summary.added} reports added, ${summary.duplicates + summary.known} already in the corpus, ${summary.problems} skipped` +
          (flags.enqueueOnly ? `, ${summary.queued} queued` : '') + '\n');
    });
  corpusOptions(program.command('reindex-terms')
    .description('count stored reports into the corpus\'s keyphrase statistics (those stored before schema version 2)')
    .option('--json', 'print the summary as JSON'))
    .action(async (flags: IngestFlags) => {
      const result = await withStore(flags, async (store) => {
        const { stopwords } = loadLexicons().report?.weights ?? { stopwords: new Set<string>() };
        const counted = await store.countStoredTerms((doc) => reportTerms(doc.layers.tokens ?? [], { stopwords }));
        return { counted, reports: await store.termReports() };
      });
      await write(flags.json ? JSON.stringify(result) + '\n'
        : `${result.counted} reports counted; keyphrase statistics now count ${result.reports} reports` +
          (result.reports < CORPUS_IDF_MIN_REPORTS ? ` (they are used from ${CORPUS_IDF_MIN_REPORTS})` : '') + '\n');
    });
  corpusOptions(program.command('reindex-events')
    .description('read from their Docs which events stored before schema version 3 the learned model inferred')
    .option('--json', 'print the summary as JSON'))
    .action(async (flags: IngestFlags) => {
      const marked = await withStore(flags, (store) => store.markStoredInferred());
      await write(flags.json ? JSON.stringify({ marked }) + '\n' : `${marked} stored events marked inferred\n`);
    });
  corpusOptions(program.command('worker')
    .description('analyse and store queued reports until the queue is empty (run any number, on any machine)')
    .option('--threads <n>', 'analysis threads (default: every core)', positiveInteger)
    .option('--json', 'print the summary as JSON'))
    .action(async (flags: IngestFlags) => {
      const summary = await withStore(flags, (store) => work(store, { threads: flags.threads, onProblem: skipped, progress: createProgress(process.stderr, 'worker') }));
      await write(flags.json ? JSON.stringify(summary) + '\n' : `${summary.added} reports added, ${summary.duplicates} already in the corpus, ${summary.failed} failed\n`);
    });
}

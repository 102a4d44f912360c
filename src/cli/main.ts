import { Command, CommanderError } from 'commander';
import { isKhabarError } from '../doc/errors.js';

/**
 * Every command and the module that registers it. Only the invoked command's module is imported,
 * so `khabar normalize` never loads the HTTP server, the SQL drivers or the HTML parser; `--help`
 * and unknown commands load them all.
 */
const COMMANDS: Record<string, string> = {
  normalize: './commands/normalize.js',
  tokenize: './commands/tokenize.js',
  tag: './commands/tag.js',
  analyze: './commands/analyze.js',
  demo: './commands/demo.js',
  ingest: './commands/ingest.js',
  worker: './commands/ingest.js',
  'reindex-terms': './commands/ingest.js',
  'reindex-events': './commands/ingest.js',
  search: './commands/search.js',
  entity: './commands/entity.js',
  stats: './commands/stats.js',
  export: './commands/export.js',
  serve: './commands/serve.js',
};

type Register = (program: Command) => void;

/** Imports each needed module once and runs every `register...` function it exports. */
async function registerCommands(program: Command, names: string[]): Promise<void> {
  for (const path of new Set(names.map((name) => COMMANDS[name]))) {
    const module = (await import(path)) as Record<string, unknown>;
    for (const [key, value] of Object.entries(module)) if (key.startsWith('register') && typeof value === 'function') (value as Register)(program);
  }
}

/** Errors that are the input's fault: reported on one line with exit status 1. */
async function isInputError(error: unknown): Promise<boolean> {
  const code = (error as NodeJS.ErrnoException).code;
  if (isKhabarError(error) || code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') return true;
  if ((error as Error)?.name === 'CorpusError') return true;
  const { CorpusError } = await import('../corpus/corpus-error.js');
  return error instanceof CorpusError;
}

/**
 * The `khabar` command line. Exit status: 0 success, 1 bad input (one line on stderr saying why),
 * 2 usage errors.
 */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('khabar')
    .description('Persian news reports into clean, traceable, searchable knowledge')
    .version('0.1.0')
    .exitOverride()
    .showSuggestionAfterError()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  const invoked = argv.find((arg) => !arg.startsWith('-'));
  await registerCommands(program, invoked !== undefined && invoked in COMMANDS ? [invoked] : Object.keys(COMMANDS));
  for (const command of program.commands) command.exitOverride();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0) return 0;
      return 2;
    }
    if (await isInputError(error)) {
      process.stderr.write(`khabar: ${(error as Error).message}\n`);
      return 1;
    }
    throw error;
  }
}

import { Command, CommanderError } from 'commander';
import { isKhabarError } from '../doc/errors.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerDemo } from './commands/demo.js';
import { registerNormalize } from './commands/normalize.js';
import { registerTokenize } from './commands/tokenize.js';

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
  registerNormalize(program);
  registerTokenize(program);
  registerAnalyze(program);
  registerDemo(program);
  for (const command of program.commands) command.exitOverride();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0) return 0;
      return 2;
    }
    if (isKhabarError(error) || (error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'EISDIR' || (error as NodeJS.ErrnoException).code === 'EACCES') {
      process.stderr.write(`khabar: ${(error as Error).message}\n`);
      return 1;
    }
    throw error;
  }
}

import { type Command, Option } from 'commander';
import { loadLexicons } from '../../lexicon/load.js';
import { createNormalizer } from '../../stages/normalize/normalizer.js';
import type { NormalizeOptions } from '../../stages/normalize/options.js';
import { encodingOption, type InputOptions } from '../options.js';
import { readLineBatches } from '../input.js';
import { write } from '../output.js';

interface NormalizeFlags extends InputOptions {
  digits: NormalizeOptions['digits'];
  keepDiacritics?: boolean;
  halfSpaces: boolean;
  punctuation: boolean;
}

/** `khabar normalize [file]`: the normalized text, one output line per input line, streamed. */
export function registerNormalize(program: Command): void {
  encodingOption(
    program
      .command('normalize')
      .description('normalize Persian text: letters, digits, punctuation and spacing, restored half-spaces; one output line per input line')
      .argument('[file]', 'input file (default: standard input)')
      .addOption(new Option('--digits <script>', 'digits in Persian text').choices(['persian', 'latin', 'arabic', 'keep']).default('persian'))
      .option('--keep-diacritics', 'keep tashkil (removed by default)')
      .option('--no-half-spaces', 'do not restore half-spaces')
      .option('--no-punctuation', 'leave punctuation and its spacing alone'),
  ).action(async (file: string | undefined, flags: NormalizeFlags) => {
    const normalize = createNormalizer(
      { digits: flags.digits, diacritics: flags.keepDiacritics ? 'keep' : 'remove', halfSpaces: flags.halfSpaces, punctuation: flags.punctuation },
      flags.halfSpaces ? loadLexicons() : undefined,
    );
    for await (const lines of readLineBatches(file, flags.encoding)) {
      await write(lines.map((line) => normalize(line).text + '\n').join(''));
    }
  });
}

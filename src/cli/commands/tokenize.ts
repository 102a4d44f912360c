import type { Command } from 'commander';
import { loadLexicons } from '../../lexicon/load.js';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';
import { encodingOption, type InputOptions } from '../options.js';
import { readLineBatches } from '../input.js';
import { write } from '../output.js';

/**
 * `khabar tokenize [file] [--json]`: one normalized token per line and a blank line between
 * sentences, streamed line by line (sentences never cross a line break). With `--json`, one
 * object per sentence, `{"start","end","tokens":[{"text","norm","start","end","kind"}]}`, offsets
 * in UTF-16 units into the decoded input.
 */
export function registerTokenize(program: Command): void {
  encodingOption(
    program
      .command('tokenize')
      .description('split into sentences and tokens: one token per line, a blank line between sentences')
      .argument('[file]', 'input file (default: standard input)')
      .option('--json', "one JSON object per sentence with each token's original offsets"),
  ).action(async (file: string | undefined, flags: InputOptions & { json?: boolean }) => {
    // segmentation only: the later stages would cost time and print nothing here
    const pipeline = createAnalyzer(loadLexicons(), { morph: false, entities: false, report: false });
    let offset = 0;
    for await (const lines of readLineBatches(file, flags.encoding)) {
      let out = '';
      for (const line of lines) {
        const doc = analyze(pipeline, line);
        const tokens = doc.layers.tokens ?? [];
        let t = 0;
        for (const sentence of doc.layers.sentences ?? []) {
          const inSentence = [];
          while (t < tokens.length && tokens[t].end <= sentence.end) inSentence.push(tokens[t++]);
          if (flags.json) {
            const shifted = inSentence.map((token) => ({ text: line.slice(token.start, token.end), norm: token.norm, start: token.start + offset, end: token.end + offset, kind: token.kind }));
            out += JSON.stringify({ start: sentence.start + offset, end: sentence.end + offset, tokens: shifted }) + '\n';
          } else out += inSentence.map((token) => token.norm + '\n').join('') + '\n';
        }
        offset += line.length + 1;
      }
      await write(out);
    }
  });
}

import { type Command, Option } from 'commander';
import type { SearchHit } from '../../corpus/store/store.js';
import { write } from '../output.js';
import { corpusOptions, type CorpusFlags, positiveInteger, withStore } from './ingest.js';

interface SearchFlags extends CorpusFlags {
  json?: boolean;
  limit: number;
  offset: number;
  from?: string;
  to?: string;
  source?: string;
  entity?: string;
  event?: string;
  all?: boolean;
}

/** A hit for people: title, source and date, then the snippet with matches in [brackets] (inverse video on a terminal). */
function describeHit(hit: SearchHit, rank: number, tty: boolean): string {
  const { snippet } = hit;
  let text = '';
  let at = snippet.start;
  for (const mark of snippet.highlights) {
    text += snippet.text.slice(at - snippet.start, mark.start - snippet.start);
    const word = snippet.text.slice(mark.start - snippet.start, mark.end - snippet.start);
    text += tty ? `\x1b[7m${word}\x1b[27m` : `[${word}]`;
    at = mark.end;
  }
  text += snippet.text.slice(at - snippet.start);
  const about = [hit.source, hit.published?.slice(0, 10), hit.copies > 1 ? `${hit.copies} copies` : undefined].filter(Boolean).join(', ');
  return `${rank}. ${hit.title ?? '(untitled)'}${about ? ` (${about})` : ''} #${hit.id}\n   ${text.replace(/\s+/g, ' ')}\n`;
}

/**
 * `khabar search QUERY [--json] [--data DIR]`: searches the corpus in any spelling. JSON output is
 * `{total, estimated?, hits: [{id, title, published, source, url, snippet, highlights, score, clusterId, copies}]}`,
 * `snippet` the original text of the passage and `highlights` the matches' offsets in the report.
 */
export function registerSearch(program: Command): void {
  corpusOptions(program.command('search')
    .description('search the corpus: words in any spelling, "phrases", prefix*, OR, NOT/-word, (groups)')
    .argument('<query...>', 'the query')
    .option('--json', 'print {total, hits} as JSON')
    .addOption(new Option('--limit <n>', 'hits per page').argParser(positiveInteger).default(10))
    .addOption(new Option('--offset <n>', 'hits to skip').argParser(positiveInteger).default(0))
    .option('--from <date>', 'published on or after (YYYY-MM-DD)')
    .option('--to <date>', 'published on or before (YYYY-MM-DD)')
    .option('--source <name>', 'publishing agency or site')
    .option('--entity <name>', 'reports mentioning this person, organization or place')
    .option('--event <type>', 'reports with an event of this PLOVER type (e.g. CONSULT)')
    .option('--all', 'show every copy of a republished story (default: one per story)'))
    .action(async (words: string[], flags: SearchFlags) => {
      const result = await withStore(flags, (store) => store.search({
        query: words.join(' '), limit: flags.limit, offset: flags.offset, from: flags.from, to: flags.to,
        source: flags.source, entity: flags.entity, eventType: flags.event, collapse: !flags.all,
      }));
      if (flags.json) {
        const hits = result.hits.map(({ snippet, ...hit }) => ({ ...hit, snippet: snippet.text, snippetStart: snippet.start, highlights: snippet.highlights }));
        await write(JSON.stringify({ total: result.total, ...(result.estimated ? { estimated: true } : {}), hits }) + '\n');
        return;
      }
      const tty = process.stdout.isTTY === true;
      await write(`${result.estimated ? 'about ' : ''}${result.total} ${flags.all ? 'reports' : 'stories'}\n` + result.hits.map((hit, i) => describeHit(hit, flags.offset + i + 1, tty)).join(''));
    });
}

import { type Command, Option } from 'commander';
import { pino } from 'pino';
import { createApp } from '../../api/app.js';
import { seedExamples } from '../../api/seed-examples.js';
import { startServer } from '../../api/server.js';
import { createQueryPipeline, openApiStore } from '../../api/store/open-api-store.js';
import { CorpusError } from '../../corpus/corpus-error.js';
import { renewingAnalyzer } from '../../corpus/ingest/corpus-document-frequency.js';
import { resolveLocation } from '../../corpus/store/open-store.js';
import { loadLexicons } from '../../lexicon/load.js';
import { createAnalyzer } from '../../pipeline/analyze.js';
import { write } from '../output.js';
import { corpusOptions, type CorpusFlags, positiveInteger } from './ingest.js';

interface ServeFlags extends CorpusFlags {
  port: number;
  host: string;
  seed: boolean;
  quiet?: boolean;
  threads?: number;
}

/** Resolves on the first SIGINT or SIGTERM; a second one exits at once. */
function shutdownSignal(): Promise<string> {
  return new Promise((resolve) => {
    const once = (signal: string): void => {
      process.once(signal, () => process.exit(130));
      resolve(signal);
    };
    process.once('SIGINT', () => once('SIGINT'));
    process.once('SIGTERM', () => once('SIGTERM'));
  });
}

/** How often `serve` checks whether the corpus has grown enough for new keyphrase weights. */
const IDF_RENEW_SECONDS = 60;

/**
 * `khabar serve [--data DIR] [--port N] [--host H]`: the HTTP API and the web UI over the corpus
 * (default 127.0.0.1:8080, the embedded store in ./khabar-data). An empty corpus first gets the bundled
 * sample reports (`--no-seed` to skip). Keyphrases score against the corpus's own document frequencies
 * once it counts `CORPUS_IDF_MIN_REPORTS` reports, checked at start and every {@link IDF_RENEW_SECONDS}
 * seconds (a new snapshot when the corpus has grown by a tenth). Writes need a token when
 * `KHABAR_TOKEN` is set. Request logs are JSON lines (pino) on stdout; SIGINT or SIGTERM stops gracefully.
 */
export function registerServe(program: Command): void {
  corpusOptions(program.command('serve')
    .description('serve the HTTP API and the Persian web UI (http://127.0.0.1:8080)')
    .addOption(new Option('--port <n>', 'port to listen on').argParser(positiveInteger).default(8080).env('KHABAR_PORT'))
    .addOption(new Option('--host <address>', 'address to listen on').default('127.0.0.1').env('KHABAR_HOST'))
    .option('--no-seed', 'do not add the sample reports to an empty corpus')
    .option('--threads <n>', 'analysis threads for the first-start sample reports', positiveInteger)
    .option('--quiet', 'log warnings and errors only, not every request'))
    .action(async (flags: ServeFlags) => {
      const location = resolveLocation(flags.data ?? flags.db);
      const lexicons = loadLexicons();
      const { store, reads } = await openApiStore(location, createQueryPipeline(lexicons)).catch((error: Error) => {
        throw new CorpusError(`cannot open the corpus at ${location.replace(/\/\/[^@/]*@/, '//***@')}: ${error.message}`, { cause: error });
      });
      const logger = pino({ level: flags.quiet ? 'warn' : 'info', base: { service: 'khabar' } });
      try {
        if (flags.seed) {
          const seeded = await seedExamples(store, undefined, { threads: flags.threads, onProblem: (p) => logger.warn({ origin: p.origin }, p.reason) });
          if (seeded) await write(`khabar: first start — added ${seeded.added} sample reports to the corpus\n`);
        }
        // keyphrases of analysed and added reports score against the corpus once it is large enough, renewed as it grows
        const analyzer = await renewingAnalyzer(store, (documentFrequency) => createAnalyzer(lexicons, { errors: 'record', documentFrequency }));
        const renewal = setInterval(() => {
          analyzer.renew().then(
            (renewed) => renewed && logger.info('keyphrase weights renewed from the corpus'),
            (error: Error) => logger.warn({ err: error.message }, 'cannot renew keyphrase weights'),
          );
        }, IDF_RENEW_SECONDS * 1000);
        renewal.unref();
        const app = createApp({ store, reads, pipeline: analyzer.pipeline, logger, token: process.env.KHABAR_TOKEN || undefined });
        const server = await startServer(app, { port: flags.port, host: flags.host });
        await write(`khabar: serving ${location} at ${server.url}/ (API documentation: ${server.url}/docs)${process.env.KHABAR_TOKEN ? ' — writes need the KHABAR_TOKEN' : ''}\n`);
        const signal = await shutdownSignal();
        logger.info({ signal }, 'shutting down');
        clearInterval(renewal);
        await server.close();
      } finally {
        await store.close();
      }
    });
}

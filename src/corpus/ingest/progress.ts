import cliProgress from 'cli-progress';

/** Reports ingestion progress: a bar with count, rate and ETA on a terminal, plain lines otherwise. */
export interface Progress {
  start(total: number): void;
  /** Adds `done` reports (and widens the total when more were queued meanwhile). */
  tick(done: number, total?: number): void;
  stop(): void;
}

/** Seconds between plain progress lines. */
const LINE_INTERVAL_MS = 2000;

/**
 * A progress reporter writing to `stream` (standard error by default): a cli-progress bar when it is
 * a terminal, else a line such as `ingest: 1200/5000 (24%) 310/s ETA 12s` every two seconds and at the end.
 */
export function createProgress(stream: NodeJS.WriteStream = process.stderr, label = 'ingest'): Progress {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream, format: `${label} [{bar}] {value}/{total} | {rate}/s | ETA {eta_formatted}`, hideCursor: true, etaBuffer: 200 },
      cliProgress.Presets.shades_classic,
    );
    let started = 0;
    let value = 0;
    return {
      start(total) {
        started = Date.now();
        bar.start(total, 0, { rate: '0' });
      },
      tick(done, total) {
        value += done;
        if (total !== undefined) bar.setTotal(total);
        bar.update(value, { rate: (value / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(0) });
      },
      stop: () => bar.stop(),
    };
  }
  let total = 0;
  let value = 0;
  let started = 0;
  let last = 0;
  const line = (): void => {
    const seconds = Math.max(0.001, (Date.now() - started) / 1000);
    const rate = value / seconds;
    const eta = rate > 0 ? Math.round((total - value) / rate) : 0;
    stream.write(`${label}: ${value}/${total} (${total ? Math.floor((100 * value) / total) : 100}%) ${rate.toFixed(0)}/s ETA ${eta}s\n`);
    last = Date.now();
  };
  return {
    start(n) {
      total = n;
      started = last = Date.now();
    },
    tick(done, newTotal) {
      value += done;
      if (newTotal !== undefined) total = newTotal;
      if (Date.now() - last >= LINE_INTERVAL_MS) line();
    },
    stop: () => {
      if (total > 0) line();
    },
  };
}

/** Timing helpers for the benchmarks: warm up, then take the median of several rounds. */

export interface Timing {
  /** Median seconds per round (wall clock). */
  seconds: number;
  /** Median CPU seconds (user + system) per round: steadier than wall time on a busy machine. */
  cpuSeconds: number;
  rounds: number;
}

/** Runs `work` once, with no warm-up, and returns its wall and CPU times (a round of one). */
export function once(work: () => void): Timing {
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  work();
  const used = process.cpuUsage(cpuStart);
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, cpuSeconds: (used.user + used.system) / 1e6, rounds: 1 };
}

/** Runs `work` once to warm up, then `rounds` times, and returns the median wall and CPU times. */
export function time(work: () => void, rounds = 5): Timing {
  work();
  const samples: Timing[] = [];
  for (let i = 0; i < rounds; i++) samples.push(once(work));
  const median = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return { seconds: median(samples.map((t) => t.seconds)), cpuSeconds: median(samples.map((t) => t.cpuSeconds)), rounds };
}

/** Peak resident memory of this process so far, in MB. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** A number with thousands separators and `digits` decimals. */
export function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** Timing helpers for the benchmarks: warm up, then take the median of several rounds. */

export interface Timing {
  /** Median seconds per round. */
  seconds: number;
  rounds: number;
}

/** Runs `work` once to warm up, then `rounds` times, and returns the median time. */
export function time(work: () => void, rounds = 5): Timing {
  work();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint();
    work();
    samples.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  samples.sort((a, b) => a - b);
  return { seconds: samples[Math.floor(samples.length / 2)], rounds };
}

/** Peak resident memory of this process so far, in MB. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** A number with thousands separators and `digits` decimals. */
export function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

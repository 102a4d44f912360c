import { percentile } from '../corpus/measure.js';

/** Latencies of a series of calls, in milliseconds. */
export interface Latency {
  count: number;
  p50: number;
  p95: number;
  max: number;
}

/** Runs `call` for every item, one at a time after `warmup` untimed calls, and gives p50, p95 and max. */
export async function timeCalls<T>(items: readonly T[], call: (item: T) => Promise<unknown>, warmup = 10): Promise<Latency> {
  for (const item of items.slice(0, warmup)) await call(item);
  const times: number[] = [];
  for (const item of items) {
    const started = performance.now();
    await call(item);
    times.push(performance.now() - started);
  }
  return { count: times.length, p50: percentile(times, 0.5), p95: percentile(times, 0.95), max: Math.max(...times) };
}

/** `p50 1.23 ms, p95 4.56 ms (max 7.89)` */
export function describeLatency(latency: Latency): string {
  return `p50 ${latency.p50.toFixed(2)} ms, p95 ${latency.p95.toFixed(2)} ms (max ${latency.max.toFixed(1)}, ${latency.count} requests)`;
}

import v8 from 'node:v8';
import vm from 'node:vm';

/** Timing and memory helpers for `npm run bench`. Timings belong here, never in pass/fail tests. */

export interface LatencySummary {
  /** How many timed runs the figures come from. */
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

/**
 * Nearest-rank percentile (the smallest sample with at least p% of samples at or below it): always a
 * latency that was actually observed, never an interpolation between two runs.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile: p must be within 0…100, got ${p}`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export function summarize(samples: readonly number[]): LatencySummary {
  const mean = samples.length ? samples.reduce((s, x) => s + x, 0) / samples.length : Number.NaN;
  return {
    n: samples.length,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    mean,
    max: samples.length ? Math.max(...samples) : Number.NaN,
  };
}

export async function timeOnce<T>(task: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await task();
  return { value, ms: performance.now() - started };
}

/** Median of `runs` timings of a whole task (for slow, repeatable steps such as an ingest). */
export async function medianOf(runs: number, task: (run: number) => Promise<unknown>): Promise<{ median: number; samples: number[] }> {
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) samples.push((await timeOnce(() => task(r))).ms);
  return { median: percentile(samples, 50), samples };
}

export interface LatencyOptions {
  /** Untimed runs first (JIT, caches), taken from the start of the inputs. */
  warmup?: number;
  /** Stop after this much timed wall time, once `minRuns` are done: slow paths must not stall the run. */
  budgetMs?: number;
  minRuns?: number;
}

/** Per-input latencies of `task` over `inputs`, in order, after a warm-up. */
export async function measureLatency<T>(inputs: readonly T[], task: (input: T) => unknown, options: LatencyOptions = {}): Promise<number[]> {
  const warmup = Math.min(options.warmup ?? 3, inputs.length);
  const budgetMs = options.budgetMs ?? Number.POSITIVE_INFINITY;
  const minRuns = options.minRuns ?? 20;
  for (let i = 0; i < warmup; i++) await task(inputs[i]!);
  const samples: number[] = [];
  let spent = 0;
  for (const input of inputs) {
    if (samples.length >= minRuns && spent >= budgetMs) break;
    const started = performance.now();
    await task(input);
    const ms = performance.now() - started;
    samples.push(ms);
    spent += ms;
  }
  return samples;
}

export interface MemorySnapshot {
  rssMb: number;
  heapUsedMb: number;
  /** Heap V8 holds from the system (used or not): what RSS counts of the heap. */
  heapTotalMb?: number;
  /** Of `externalMb`, the ArrayBuffers (typed arrays, Buffers). */
  arrayBuffersMb?: number;
  /** Memory of native objects tied to JS ones (Buffers; hnswlib's graph is counted only in RSS). */
  externalMb: number;
}

const mb = (bytes: number) => bytes / (1024 * 1024);

let collectGarbage: (() => void) | null | undefined;

/**
 * A full garbage collection before reading memory, so figures do not depend on when V8 last collected.
 * `npm run bench` starts node without --expose-gc; the flag can still be set at run time and the
 * function fetched from a fresh context (a documented V8 idiom). Null when that is not possible.
 */
function gcFunction(): (() => void) | null {
  if (collectGarbage !== undefined) return collectGarbage;
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return (collectGarbage = exposed);
  try {
    v8.setFlagsFromString('--expose-gc');
    collectGarbage = vm.runInNewContext('gc') as () => void;
  } catch {
    collectGarbage = null;
  }
  return collectGarbage;
}

/** Process memory after a full garbage collection. */
export function memorySnapshot(): MemorySnapshot {
  gcFunction()?.();
  const m = process.memoryUsage();
  return { rssMb: mb(m.rss), heapUsedMb: mb(m.heapUsed), heapTotalMb: mb(m.heapTotal), externalMb: mb(m.external), arrayBuffersMb: mb(m.arrayBuffers) };
}

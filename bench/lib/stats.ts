/** Distribution of one set of samples, in the samples' unit (milliseconds for latencies). */
export interface Summary {
  count: number;
  mean: number;
  min: number;
  p50: number;
  p95: number;
  p99: number;
  p999: number;
  max: number;
}

/**
 * Quantile of already sorted samples by linear interpolation between closest ranks (the
 * "type 7" definition of R and NumPy), so small sample counts do not jump between neighbours.
 */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const pos = (n - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, n - 1);
  const a = sorted[lo] ?? Number.NaN;
  const b = sorted[hi] ?? Number.NaN;
  return a + (b - a) * (pos - lo);
}

/** Sorts in place (callers hand over buffers they no longer need) and summarises. */
export function summarize(samples: Float64Array): Summary {
  samples.sort();
  const n = samples.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += samples[i] ?? 0;
  return {
    count: n,
    mean: n ? sum / n : Number.NaN,
    min: n ? (samples[0] ?? Number.NaN) : Number.NaN,
    p50: quantile(samples, 0.5),
    p95: quantile(samples, 0.95),
    p99: quantile(samples, 0.99),
    p999: quantile(samples, 0.999),
    max: n ? (samples[n - 1] ?? Number.NaN) : Number.NaN,
  };
}

export function summarizeList(values: readonly number[]): Summary {
  return summarize(Float64Array.from(values));
}

/** Median of the finite values; NaN when there are none (a run that produced no figure). */
export function median(values: readonly number[]): number {
  const finite = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return quantile(finite, 0.5);
}

/** A Float64Array that grows by doubling, so 400 000 samples cost no per-sample allocation. */
export class SampleBuffer {
  private data = new Float64Array(1 << 16);
  private n = 0;

  push(value: number): void {
    if (this.n === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.n++] = value;
  }

  get length(): number {
    return this.n;
  }

  /** A copy of the filled part (summarize sorts it in place). */
  toArray(): Float64Array {
    return this.data.slice(0, this.n);
  }

  clear(): void {
    this.n = 0;
  }
}

// Small statistics and formatting helpers shared by the bench scripts.

export interface Summary { n: number; p50: number; p25: number; p75: number; p95: number; min: number; max: number }

export function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i), hi = Math.ceil(i);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
}

export function summarize(samples: number[]): Summary {
  const s = [...samples].sort((a, b) => a - b);
  return { n: s.length, p50: quantile(s, 0.5), p25: quantile(s, 0.25), p75: quantile(s, 0.75), p95: quantile(s, 0.95), min: s[0], max: s[s.length - 1] };
}

export function ms(x: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3);
}

/** `median (p25–p75)` in milliseconds. */
export function spread(s: Summary): string {
  return `${ms(s.p50)} (${ms(s.p25)}–${ms(s.p75)})`;
}

// What every benchmark reports: min / median / max of its runs (the machine is shared and noisy).

/** [min, median, max] of xs (the upper median for an even count). */
export function stats(xs: number[]): [number, number, number] {
  const s = [...xs].sort((a, b) => a - b);
  return [s[0], s[Math.floor(s.length / 2)], s[s.length - 1]];
}

/** "min / median / max" with `digits` decimals. */
export function fmtStats(xs: number[], digits = 3): string {
  return stats(xs).map((x) => x.toFixed(digits)).join(' / ');
}

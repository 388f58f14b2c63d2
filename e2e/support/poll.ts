const NEVER_INTERVAL_MS = 50

/**
 * Asserts that `probe` stays false for `durationMs`, checking every {@link NEVER_INTERVAL_MS}: the bounded poll for
 * "this must not happen" (a dropped update never arriving). Call it after a positive barrier (something sent later
 * on the same path has already arrived), so the window is a margin, not the proof.
 */
export async function expectNever(what: string, probe: () => Promise<boolean>, durationMs = 2_000): Promise<void> {
  const deadline = Date.now() + durationMs
  while (Date.now() < deadline) {
    if (await probe()) throw new Error(`expected never, but it happened: ${what}`)
    await new Promise((resolve) => setTimeout(resolve, NEVER_INTERVAL_MS))
  }
}

/** Median of numbers (mean of the middle two for an even count). */
export function median(values: number[]): number {
  return quantile(values, 0.5)
}

/** Linear-interpolated quantile, `q` in [0, 1]. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const position = (sorted.length - 1) * q
  const below = sorted[Math.floor(position)]!
  const above = sorted[Math.ceil(position)]!
  return below + (above - below) * (position - Math.floor(position))
}

/** A seeded pseudo-random source (mulberry32): the same seed replays the same fuzz run. */
export class Random {
  private state: number

  constructor(readonly seed: number) {
    this.state = seed >>> 0
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!
  }

  /** `length` random bytes. */
  bytes(length: number): Uint8Array {
    const out = new Uint8Array(length)
    for (let i = 0; i < length; i++) out[i] = this.int(0, 255)
    return out
  }

  /** A short random string of printable and unusual characters. */
  text(maxLength = 12): string {
    const alphabet = ['a', 'Я', ' ', '.', ':', '\u0000', '\ud800', '😀', '"', '__proto__']
    let out = ''
    for (let i = this.int(0, maxLength); i > 0; i--) out += this.pick(alphabet)
    return out
  }
}

/** The seed of this run: `FUZZ_SEED` when set (to replay a failure), otherwise a fresh one. */
export function readSeed(env: NodeJS.ProcessEnv = process.env): number {
  const given = env.FUZZ_SEED
  if (given !== undefined && given !== '') {
    const seed = Number(given)
    if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, got ${given}`)
    return seed >>> 0
  }
  return Math.floor(Math.random() * 2 ** 32)
}
